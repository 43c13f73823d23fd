package org.natsume.editor.parts;

import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.natsume.editor.figures.Palette;
import org.natsume.model.InterruptLine;
import org.natsume.model.PciFunction;

/**
 * In-place editing of a node's name, a device's BDF or a line's GSI, over the label that shows it. The text is checked
 * as the user types: a bad BDF turns the text red and puts the Bdf parser's message in the status line, and Enter
 * is refused (the cell editor has no valid value, so no command is made).
 */
final class LabelEditManager extends DirectEditManager {

    /** Which value is being edited. */
    enum Field {
        NAME, BDF, GSI
    }

    private final NodePart part;
    private final Field field;
    private boolean actionHandler;
    private IActionBars actionBars;
    private final java.util.Map<String, IAction> saved = new java.util.HashMap<>();
    /** The global actions the text field takes over while it is being edited (Ctrl+A, Ctrl+C, ... act on its text). */
    static final String[] TEXT_ACTIONS = {ActionFactory.SELECT_ALL.getId(), ActionFactory.COPY.getId(),
            ActionFactory.PASTE.getId(), ActionFactory.CUT.getId(), ActionFactory.DELETE.getId(),
            ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(), ActionFactory.FIND.getId()};

    LabelEditManager(NodePart part, Field field) {
        super(part, TextCellEditor.class, new LabelLocator(labelOf(part, field)), field);
        this.part = part;
        this.field = field;
    }

    /** BDF when the click was on a device's BDF line, GSI for a line's title, otherwise the name. */
    static Field fieldAt(NodePart part, Point at) {
        EObject m = part.eObject();
        if (m instanceof InterruptLine) {
            return Field.GSI;
        }
        if (m instanceof PciFunction && at != null) {
            Label bdf = part.nodeFigure().detail(NodeRenderer.DETAIL_BDF);
            Point p = at.getCopy();
            part.nodeFigure().translateToRelative(p);
            if (bdf != null && bdf.getBounds().contains(p)) {
                return Field.BDF;
            }
        }
        return Field.NAME;
    }

    private static Label labelOf(NodePart part, Field field) {
        return field == Field.BDF ? part.nodeFigure().detail(NodeRenderer.DETAIL_BDF) : part.nodeFigure().titleLabel();
    }

    /** The problem with {@code text} for {@code field}, or {@code null} if it is acceptable. */
    static String check(EObject model, Field field, String text) {
        return switch (field) {
        case BDF -> {
            String p = Policies.bdfProblem(text);
            yield p == null ? null : "Bad BDF: " + p;
        }
        case GSI -> {
            try {
                int gsi = Integer.parseInt(text.strip());
                yield gsi < 0 ? "A GSI is a number 0 or greater, not " + gsi : null;
            } catch (NumberFormatException e) {
                yield "A GSI is a decimal number; '" + text + "' is not";
            }
        }
        case NAME -> text.isBlank() ? "A name cannot be empty" : null;
        };
    }

    @Override
    protected void initCellEditor() {
        CellEditor editor = getCellEditor();
        EObject m = part.eObject();
        String initial = switch (field) {
        case BDF -> ((PciFunction) m).getBdf();
        case GSI -> String.valueOf(((InterruptLine) m).getGsi());
        case NAME -> String.valueOf(m.eGet(m.eClass().getEStructuralFeature("name")) == null ? ""
                : m.eGet(m.eClass().getEStructuralFeature("name")));
        };
        editor.setValue(initial == null ? "" : initial);
        editor.setValidator(value -> check(m, field, String.valueOf(value)));
        Text text = (Text) editor.getControl();
        text.setFont(labelOf(part, field).getFont());
        text.selectAll();
        // while the text is edited, Select All, Copy, Paste, Undo, ... are the text's, not the diagram's
        if (part.getViewer().getEditDomain() instanceof DefaultEditDomain d && d.getEditorPart() != null) {
            actionBars = d.getEditorPart().getEditorSite().getActionBars();
            for (String id : TEXT_ACTIONS) {
                saved.put(id, actionBars.getGlobalActionHandler(id));
            }
            textActions(editor);
            actionBars.updateActionBars();
        }
        editor.addListener(new ICellEditorListener() {
            @Override
            public void editorValueChanged(boolean oldValid, boolean newValid) {
                text.setForeground(newValid ? null : Palette.ERROR);
                part.context().status(newValid ? null : editor.getErrorMessage());
            }

            @Override
            public void cancelEditor() {
                part.context().status(null);
            }

            @Override
            public void applyEditorValue() {
                if (!editor.isValueValid()) {
                    part.context().status(editor.getErrorMessage() + " (not applied)");
                }
            }
        });
    }

    /**
     * The editor's global Select All, Copy, Cut, Paste and Delete act on the text while it is edited; Undo, Redo and
     * Find are off, so Ctrl+Z cannot change the diagram under an open edit. (Not CellEditorActionHandler: it follows
     * focus events, which a window without focus never sends.)
     */
    private void textActions(CellEditor editor) {
        actionHandler = true;
        set(ActionFactory.SELECT_ALL, editor::performSelectAll);
        set(ActionFactory.COPY, editor::performCopy);
        set(ActionFactory.CUT, editor::performCut);
        set(ActionFactory.PASTE, editor::performPaste);
        set(ActionFactory.DELETE, editor::performDelete);
        for (ActionFactory off : new ActionFactory[] {ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.FIND}) {
            org.eclipse.jface.action.Action a = new org.eclipse.jface.action.Action() {
            };
            a.setEnabled(false);
            actionBars.setGlobalActionHandler(off.getId(), a);
        }
    }

    private void set(ActionFactory id, Runnable r) {
        actionBars.setGlobalActionHandler(id.getId(), new org.eclipse.jface.action.Action() {
            @Override
            public void run() {
                r.run();
            }
        });
    }

    @Override
    protected void bringDown() {
        if (actionHandler) {
            actionHandler = false;
            for (String id : TEXT_ACTIONS) {
                actionBars.setGlobalActionHandler(id, saved.get(id));
            }
            actionBars.updateActionBars();
            saved.clear();
        }
        super.bringDown();
    }

    private record LabelLocator(Label label) implements CellEditorLocator {
        @Override
        public void relocate(CellEditor celleditor) {
            Text text = (Text) celleditor.getControl();
            Rectangle r = label.getTextBounds().getCopy();
            label.translateToAbsolute(r);
            org.eclipse.swt.graphics.Point pref = text.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            text.setBounds(r.x - 2, r.y - 2, Math.max(pref.x, r.width) + 40, Math.max(pref.y, r.height) + 4);
        }
    }
}
