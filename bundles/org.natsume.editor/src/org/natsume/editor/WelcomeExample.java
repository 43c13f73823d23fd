package org.natsume.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyStore;
import org.natsume.ui.PathEditorInput;

/**
 * The first time {@code ./natsume} starts without a file, it opens the paper's case-3 shared-IRQ example (domain.md
 * §6.2), written to {@code ~/.natsume/examples/} so the user can edit and save it like any file. Later starts, starts
 * with files, and test runs open nothing. Runs as a workbench startup hook, so the UI bundle needs no change.
 */
public final class WelcomeExample implements IStartup {
    public static final String EXAMPLE = "paper-case3-passthrough-shared";

    @Override
    public void earlyStartup() {
        if (!wanted()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null || window.getActivePage() == null || window.getActivePage().getEditorReferences().length > 0) {
                return;
            }
            Path file = exampleFile();
            if (Files.exists(file)) {
                return; // not the first time
            }
            try {
                TopologyStore.save(Examples.load(EXAMPLE), file);
                window.getActivePage().openEditor(new PathEditorInput(file), TopologyEditor.ID);
            } catch (IOException | PartInitException e) {
                ILog.of(WelcomeExample.class).error("Cannot open the welcome example " + file, e);
            }
        });
    }

    /** No welcome when files were named on the command line, under a test harness, or when switched off. */
    static boolean wanted() {
        if ("false".equals(System.getProperty("natsume.welcome"))) {
            return false;
        }
        String[] args = Platform.getApplicationArgs();
        return Arrays.stream(args).noneMatch(a -> a.endsWith(".natsume") || a.equals("-testApplication")
                || a.equals("-testproperties"));
    }

    public static Path exampleFile() {
        return Path.of(System.getProperty("user.home"), ".natsume", "examples", EXAMPLE + ".natsume");
    }
}
