package org.natsume.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyStore;
import org.natsume.ui.PathEditorInput;

/**
 * The first time {@code ./natsume} starts without a file, it opens the paper's case-3 shared-IRQ example (domain.md
 * §6.2), written to {@code ~/.natsume/examples/} so the user can edit and save it like any file. Later starts and test
 * runs open nothing. Handles the UI bundle's first-run command, so the UI bundle needs neither the model nor the
 * editor.
 */
public final class WelcomeExample extends AbstractHandler {
    public static final String EXAMPLE = "paper-case3-passthrough-shared";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Path file = exampleFile();
        if (!wanted() || window == null || window.getActivePage() == null || Files.exists(file)) {
            return null; // not the first time, or a test run
        }
        try {
            TopologyStore.save(Examples.load(EXAMPLE), file);
            if (window.getActivePage().openEditor(new PathEditorInput(file), TopologyEditor.ID) instanceof TopologyEditor e) {
                // after the first layout, so the viewer can scroll to it
                window.getShell().getDisplay().asyncExec(() -> revealFirstError(e));
            }
        } catch (IOException | PartInitException e) {
            ILog.of(WelcomeExample.class).error("Cannot open the welcome example " + file, e);
        }
        return null;
    }

    /**
     * Selects what the first error is about (in the example: the pass-through NIC on the shared line), so the new
     * user sees the problem, its fan-out ring and its header line without looking for it.
     */
    public static void revealFirstError(TopologyEditor editor) {
        editor.context().validation().findings().stream()
                .filter(f -> f.severity() == org.natsume.model.validation.Severity.ERROR && !f.objects().isEmpty())
                .findFirst()
                .ifPresent(f -> editor.reveal(f.objects().stream()
                        .filter(o -> o instanceof org.natsume.model.DeviceAttachment a && a.getFunction() != null)
                        .map(o -> (org.eclipse.emf.ecore.EObject) ((org.natsume.model.DeviceAttachment) o).getFunction())
                        .findFirst().orElse(f.objects().get(0))));
    }

    /** No welcome under a test harness or when switched off with {@code -Dnatsume.welcome=false}. */
    static boolean wanted() {
        if ("false".equals(System.getProperty("natsume.welcome"))) {
            return false;
        }
        if (Platform.getBundle("org.eclipse.tycho.surefire.osgibooter") != null) {
            return false; // a test runtime: never write into the user's home
        }
        String[] args = Platform.getApplicationArgs();
        return Arrays.stream(args).noneMatch(a -> a.equals("-testApplication") || a.equals("-testproperties"));
    }

    public static Path exampleFile() {
        return Path.of(System.getProperty("user.home"), ".natsume", "examples", EXAMPLE + ".natsume");
    }
}
