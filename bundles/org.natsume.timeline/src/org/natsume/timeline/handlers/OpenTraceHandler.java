package org.natsume.timeline.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.timeline.ui.Workbench;
import org.natsume.trace.TraceStore;
import org.natsume.trace.io.TraceFileReader;

/** File > Open Trace...: reads a .ntrace file (docs/trace-format.md) and shows it; a bad file's message names where. */
public final class OpenTraceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        FileDialog fd = new FileDialog(window.getShell(), SWT.OPEN);
        fd.setText("Open Trace");
        fd.setFilterExtensions(new String[] {"*.ntrace", "*"});
        String f = fd.open();
        if (f != null) {
            open(window, Path.of(f));
        }
        return null;
    }

    public static void open(IWorkbenchWindow window, Path file) {
        TraceStore[] store = new TraceStore[1];
        try {
            new ProgressMonitorDialog(window.getShell()).run(true, false, monitor -> {
                monitor.beginTask("Reading " + file.getFileName(), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    store[0] = new TraceFileReader().read(file);
                } catch (IOException e) {
                    throw new java.lang.reflect.InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable c = e.getCause();
            MessageDialog.openError(window.getShell(), "Open Trace", "Cannot open " + file + ":\n"
                    + (c != null && c.getMessage() != null ? c.getMessage() : String.valueOf(c)));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Workbench.showTrace(window, file.getFileName().toString(), store[0]);
    }
}
