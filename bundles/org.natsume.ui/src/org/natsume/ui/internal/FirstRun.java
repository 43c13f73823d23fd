package org.natsume.ui.internal;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The hook for "started without a file": runs the {@link #COMMAND} command if some bundle handles it (the topology
 * editor opens the paper's example the first time). The UI bundle stays free of the model and the editor.
 */
final class FirstRun {
    static final String COMMAND = "org.natsume.ui.firstRun";

    private FirstRun() {
    }

    static void run(IWorkbench workbench) {
        ICommandService commands = workbench.getService(ICommandService.class);
        IHandlerService handlers = workbench.getService(IHandlerService.class);
        if (commands == null || handlers == null) {
            return;
        }
        Command c = commands.getCommand(COMMAND);
        if (!c.isDefined()) {
            return;
        }
        try {
            handlers.executeCommand(COMMAND, null);
        } catch (NotHandledException e) {
            // no bundle handles the hook: nothing to do
        } catch (Exception e) {
            ILog.of(FirstRun.class).error("The first-run hook failed", e);
        }
    }
}
