package org.natsume.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Opens a file in the editor registered for its name; tells the user, in a dialog, when it cannot. */
public final class EditorOpener {

    private EditorOpener() {
    }

    public static IEditorPart open(IWorkbenchWindow window, Path file) {
        if (!Files.isRegularFile(file)) {
            MessageDialog.openError(window.getShell(), "Open File", "Cannot open " + file + ": no such file.");
            return null;
        }
        IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry()
                .getDefaultEditor(file.getFileName().toString());
        if (editor == null) {
            MessageDialog.openError(window.getShell(), "Open File", "Cannot open " + file.getFileName()
                    + ": no editor is registered for this kind of file. Natsume opens topology files (*.natsume).");
            return null;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            return page.openEditor(new PathEditorInput(file), editor.getId());
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Open File", "Cannot open " + file + ":\n" + e.getMessage());
            return null;
        }
    }
}
