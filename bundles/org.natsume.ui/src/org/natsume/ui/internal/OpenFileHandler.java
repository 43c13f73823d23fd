package org.natsume.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.ui.EditorOpener;

/** File > Open File...: asks for a topology file and opens it in its editor. */
public final class OpenFileHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Topology");
        dialog.setFilterNames(new String[] { "Natsume topologies (*.natsume)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.natsume", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            EditorOpener.open(window, Path.of(chosen));
        }
        return null;
    }
}
