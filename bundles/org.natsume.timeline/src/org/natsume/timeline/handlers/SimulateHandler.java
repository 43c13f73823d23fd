package org.natsume.timeline.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.timeline.ui.RunDialog;
import org.natsume.timeline.ui.Workbench;

/** Run > Simulate...: the run dialog (preset to the active .natsume editor's file), then a live run. */
public final class SimulateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        RunDialog d = new RunDialog(window.getShell(), Workbench.activeTopologyFile(window));
        if (d.open() == RunDialog.OK) {
            Workbench.start(window, d.result());
        }
        return null;
    }
}
