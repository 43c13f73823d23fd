package org.natsume.editor.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.validation.ProblemsView;
import org.natsume.model.validation.Finding;

/**
 * Quick Fix (Ctrl+1): in the Problems view, for the selected problem; in the topology editor, for the problems of
 * the selected figures (all problems when nothing with a problem is selected). Acts on the active part only.
 */
public final class QuickFixHandler extends AbstractHandler {
    public static final String COMMAND_ID = "org.natsume.editor.quickFix";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        TopologyEditor editor;
        List<Finding> findings = new ArrayList<>();
        if (part instanceof ProblemsView view) {
            editor = view.trackedEditor();
            if (view.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s) {
                for (Object o : s.toList()) {
                    if (o instanceof Finding f) {
                        findings.add(f);
                    }
                }
            }
        } else if (part instanceof TopologyEditor e) {
            editor = e;
            findings.addAll(onSelection(e));
        } else {
            IEditorPart active = HandlerUtil.getActiveEditor(event);
            editor = active instanceof TopologyEditor e ? e : null;
        }
        if (editor == null) {
            return null;
        }
        if (findings.isEmpty()) {
            findings.addAll(editor.context().validation().findings());
        }
        open(editor, findings);
        return null;
    }

    /** Opens the dialog for {@code findings} of {@code editor}, or says there is nothing to fix. */
    public static void open(TopologyEditor editor, List<Finding> findings) {
        QuickFixDialog dialog = new QuickFixDialog(editor.getSite().getShell(), editor, findings);
        if (!dialog.hasFixes()) {
            MessageDialog.openInformation(editor.getSite().getShell(), "Quick Fix", findings.isEmpty()
                    ? "The topology has no problems." : "No quick fix for " + (findings.size() == 1
                            ? "this problem; its message says what to change." : "these problems."));
            return;
        }
        dialog.open();
    }

    private static List<Finding> onSelection(TopologyEditor editor) {
        Set<Finding> out = new LinkedHashSet<>();
        if (editor.viewer().getSelection() instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                Object model = o instanceof EditPart p ? p.getModel() : o;
                if (model instanceof EObject eo) {
                    out.addAll(editor.context().validation().on(eo));
                }
            }
        }
        return new ArrayList<>(out);
    }
}
