package org.natsume.timeline.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.timeline.ui.RunDialog;
import org.natsume.timeline.ui.Workbench;

/**
 * Run > Simulate...: the run dialog (preset to the active .natsume editor's file, which is saved first when it has
 * unsaved changes, since the simulation reads the file), then a live run.
 */
public final class SimulateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Path file = Workbench.activeTopologyFile(window);
        IEditorPart editor = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        if (file != null && editor != null && editor.isDirty() && !window.getActivePage().saveEditor(editor, true)) {
            // the simulation reads the saved file: the user chose not to save, so do not run a stale topology
            return null;
        }
        RunDialog d = new RunDialog(window.getShell(), file);
        if (d.open() == RunDialog.OK) {
            Workbench.start(window, d.result());
        }
        return null;
    }
}
