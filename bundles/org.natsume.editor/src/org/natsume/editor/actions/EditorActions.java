package org.natsume.editor.actions;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.commands.CopyPaste;
import org.natsume.editor.fanout.FanOutHighlight;
import org.natsume.editor.layout.AutoLayout;
import org.natsume.model.RoutingPolicies;

/**
 * The editor's own actions, registered in its action registry under the ids below; the contributor shows them in the
 * tool bar and the context menu through retarget actions with the same ids.
 */
public final class EditorActions {
    public static final String ROUTING_POLICY = "org.natsume.editor.routingPolicy";
    public static final String AUTO_LAYOUT = "org.natsume.editor.autoLayout";
    public static final String EXPORT = "org.natsume.editor.export";
    public static final String ZOOM_FIT = "org.natsume.editor.zoomFit";
    public static final String PATH_FILTER = "org.natsume.editor.pathFilter";

    private EditorActions() {
    }

    public static void register(TopologyEditor editor, ActionRegistry registry) {
        registry.registerAction(new RoutingPolicyToggle(editor));
        registry.registerAction(new AutoLayoutAction(editor));
        registry.registerAction(new ExportAction(editor));
        registry.registerAction(new ZoomFitAction(editor));
        registry.registerAction(new PathFilterToggle(editor));
        registry.registerAction(new CopyAction(editor));
        registry.registerAction(new PasteAction(editor));
    }

    /**
     * Show Interrupt Path Only: checked, the diagram shows only the interrupt path of the selected device or line
     * (its line, IO-APIC, binders, their VCPUs and PCPUs); unchecked, everything. Follows the editor's filter.
     */
    public static final class PathFilterToggle extends Action {
        private final TopologyEditor editor;

        PathFilterToggle(TopologyEditor editor) {
            super("Show Interrupt Path Only", IAction.AS_CHECK_BOX);
            this.editor = editor;
            setId(PATH_FILTER);
            setToolTipText("Show only the interrupt path of the selected device or interrupt line: its line, IO-APIC,"
                    + " the domains bound to the line, their VCPUs and PCPUs (uncheck to show everything)");
            editor.addRefreshListener(() -> setChecked(editor.pathFilter() != null));
        }

        @Override
        public void run() {
            if (editor.pathFilter() != null) {
                editor.clearPathFilter();
                setChecked(false);
                return;
            }
            if (!editor.setPathFilter(editor.selectedPathSubject())) {
                setChecked(false);
                editor.status("Show Interrupt Path Only: select a device or an interrupt line first");
                return;
            }
            editor.status(null);
            setChecked(true);
        }
    }

    private static final java.util.List<PasteAction> PASTES = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static java.util.List<Object> selectedModels(TopologyEditor editor) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        if (editor.viewer() != null && editor.viewer().getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof org.eclipse.gef.EditPart p) {
                    out.add(p.getModel());
                }
            }
        }
        return out;
    }

    /** Edit > Copy (Ctrl+C) in the diagram: the selected devices and domains go to {@link CopyPaste}'s clipboard. */
    public static final class CopyAction extends Action {
        private final TopologyEditor editor;

        CopyAction(TopologyEditor editor) {
            super("&Copy");
            this.editor = editor;
            setId(org.eclipse.ui.actions.ActionFactory.COPY.getId());
            setActionDefinitionId("org.eclipse.ui.edit.copy");
            setToolTipText("Copy the selected devices and domains");
            if (editor.viewer() != null) {
                editor.viewer().addSelectionChangedListener(e -> update());
            }
            update();
        }

        void update() {
            setEnabled(selectedModels(editor).stream().anyMatch(CopyPaste::copyable));
        }

        @Override
        public void run() {
            int n = CopyPaste.copy(selectedModels(editor));
            if (n > 0) {
                editor.status(null);
                PASTES.forEach(PasteAction::update);
            }
        }
    }

    /**
     * Edit > Paste (Ctrl+V): the clipboard's devices (onto the selected bus, else each original's bus) and domains
     * as one undoable command; the pasted objects are selected and the adjustments shown in the status line.
     */
    public static final class PasteAction extends Action {
        private final TopologyEditor editor;

        PasteAction(TopologyEditor editor) {
            super("&Paste");
            this.editor = editor;
            setId(org.eclipse.ui.actions.ActionFactory.PASTE.getId());
            setActionDefinitionId("org.eclipse.ui.edit.paste");
            setToolTipText("Paste copied devices and domains with new ids, names and device numbers");
            PASTES.add(this);
            editor.addDisposeListener(() -> PASTES.remove(this));
            update();
        }

        void update() {
            setEnabled(CopyPaste.hasContents());
        }

        @Override
        public void run() {
            org.natsume.model.PciBus bus = selectedModels(editor).stream()
                    .filter(o -> o instanceof org.natsume.model.PciBus).map(o -> (org.natsume.model.PciBus) o)
                    .findFirst().orElse(null);
            CopyPaste.Pasted p = CopyPaste.paste(editor.commands(), bus, editor.context().index().nodes(),
                    editor::preferredSize);
            if (p.command() == null || !editor.execute(p.command())) {
                editor.status(p.summary());
                return;
            }
            java.util.List<org.eclipse.gef.EditPart> parts = new java.util.ArrayList<>();
            for (org.eclipse.emf.ecore.EObject o : p.created()) {
                if (editor.viewer().getEditPartRegistry().get(o) instanceof org.eclipse.gef.EditPart part) {
                    parts.add(part);
                }
            }
            if (!parts.isEmpty()) {
                editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(parts));
                editor.viewer().reveal(parts.get(0));
            }
            editor.status(p.notes().isEmpty() ? null : p.summary());
        }
    }

    /**
     * BY_IRQ ↔ BY_BDF (domain.md §3.3 proposal 2) as an undoable command. Checked means BY_BDF. The check mark follows
     * the model after every command, so undo flips it back. Unchecking returns to the policy checking left (a
     * contributed policy stays one), BY_IRQ when BY_BDF was set elsewhere.
     */
    public static final class RoutingPolicyToggle extends Action {
        private final TopologyEditor editor;
        private String offPolicy = RoutingPolicies.BY_IRQ;

        RoutingPolicyToggle(TopologyEditor editor) {
            super("Route by BDF", IAction.AS_CHECK_BOX);
            this.editor = editor;
            setId(ROUTING_POLICY);
            setToolTipText("Routing policy: BY_IRQ (stock Xen, every domain bound to a GSI is notified) or BY_BDF"
                    + " (Natsume proposal 2, only the owner of the asserting device)");
            editor.addRefreshListener(this::update);
            update();
        }

        void update() {
            boolean hasHypervisor = editor.topology().getHypervisor() != null;
            setEnabled(hasHypervisor);
            String policy = FanOutHighlight.policyOf(editor.topology());
            setChecked(policy.equals(RoutingPolicies.BY_BDF));
            setText("Routing: " + policy);
        }

        @Override
        public void run() {
            String now = FanOutHighlight.policyOf(editor.topology());
            if (!now.equals(RoutingPolicies.BY_BDF)) {
                offPolicy = now;
            }
            editor.execute(editor.commands().setRoutingPolicy(now.equals(RoutingPolicies.BY_BDF) ? offPolicy
                    : RoutingPolicies.BY_BDF));
            update();
        }
    }

    /** ELK layered auto-layout of the whole diagram, one undoable command. */
    static final class AutoLayoutAction extends Action {
        private final TopologyEditor editor;

        AutoLayoutAction(TopologyEditor editor) {
            super("Auto-Layout");
            this.editor = editor;
            setId(AUTO_LAYOUT);
            setToolTipText("Arrange the diagram with ELK's layered layout (undoable)");
        }

        @Override
        public void run() {
            editor.autoLayout(AutoLayout.preferred());
        }
    }

    /** Exports the diagram as PNG or SVG, chosen by the file name's extension. */
    static final class ExportAction extends Action {
        private final TopologyEditor editor;

        ExportAction(TopologyEditor editor) {
            super("Export Diagram...");
            this.editor = editor;
            setId(EXPORT);
            setToolTipText("Export the diagram as PNG or SVG");
        }

        @Override
        public void run() {
            FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
            dialog.setText("Export Diagram");
            dialog.setFilterNames(new String[] { "PNG image (*.png)", "SVG drawing (*.svg)" });
            dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
            String name = editor.file().getFileName().toString().replaceFirst("\\.natsume$", "");
            dialog.setFileName(name + ".png");
            dialog.setFilterPath(editor.file().getParent().toString());
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen == null) {
                return;
            }
            boolean svg = chosen.toLowerCase().endsWith(".svg")
                    || (!chosen.toLowerCase().endsWith(".png") && dialog.getFilterIndex() == 1);
            Path target = Path.of(chosen.contains(".") ? chosen : chosen + (svg ? ".svg" : ".png"));
            try {
                if (svg) {
                    editor.exportSvg(target);
                } else {
                    editor.exportPng(target);
                }
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(editor.getSite().getShell(), "Export Diagram", "Cannot export to " + target
                        + ":\n" + e.getMessage());
            }
        }
    }

    /** Zooms so the whole diagram fits the editor. */
    static final class ZoomFitAction extends Action {
        private final TopologyEditor editor;

        ZoomFitAction(TopologyEditor editor) {
            super("Zoom to Fit");
            this.editor = editor;
            setId(ZOOM_FIT);
        }

        @Override
        public void run() {
            editor.getAdapter(ZoomManager.class);
            ((ZoomManager) editor.getAdapter(ZoomManager.class)).setZoomAsText(ZoomManager.FIT_ALL);
        }
    }
}
