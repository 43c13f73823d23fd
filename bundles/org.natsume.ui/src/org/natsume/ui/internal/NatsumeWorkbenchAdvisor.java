package org.natsume.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.natsume.ui.PathEditorInput;
import org.natsume.ui.WorkbenchState;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.natsume.ui.EditorOpener;
import org.natsume.ui.Perspective;

/** Starts every window in the Natsume perspective and opens the files named on the command line. */
public final class NatsumeWorkbenchAdvisor extends WorkbenchAdvisor {
    private final List<String> filesToOpen;

    public NatsumeWorkbenchAdvisor(List<String> filesToOpen) {
        this.filesToOpen = filesToOpen;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // layouts are restored from the perspective factory each start: predictable for a new user and for tests
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return Perspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new NatsumeWindowAdvisor(configurer);
    }

    /**
     * With {@code -Dnatsume.openAndExit=true} the workbench opens the files named on the command line, prints one line
     * per file (the editor and what it loaded) and closes again: the install test (releng/org.natsume.install.tests)
     * opens a topology this way in a platform Natsume was installed into.
     */
    static final String OPEN_AND_EXIT = "natsume.openAndExit";

    @Override
    public void postStartup() {
        closePlaceholders(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow());
        // The window is mapped and painted only when the event loop runs. Opening the files here, before it does,
        // held the first window back by the editor's load, validation and layout (about 1 s for the case-3 example;
        // docs/performance.md, "Workbench start-up"), so they open from the event loop, once the window is up.
        Display display = Display.getCurrent();
        display.asyncExec(() -> {
            if (!display.isDisposed() && !getWorkbenchConfigurer().getWorkbench().isClosing()) {
                openStartupFiles();
            }
        });
    }

    /** The command line's files, else the last session's editors, else the first-run hook. */
    private void openStartupFiles() {
        IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow() != null ? workbench.getActiveWorkbenchWindow()
                : workbench.getWorkbenchWindowCount() > 0 ? workbench.getWorkbenchWindows()[0] : null;
        if (window == null) {
            return;
        }
        String cwd = System.getProperty("natsume.cwd", System.getProperty("user.dir"));
        boolean openAndExit = Boolean.getBoolean(OPEN_AND_EXIT);
        for (String file : filesToOpen) {
            IEditorPart part = EditorOpener.open(window, Path.of(cwd).resolve(file));
            if (openAndExit) System.out.println(report(file, part));
        }
        if (openAndExit) {
            Display.getCurrent().asyncExec(() -> getWorkbenchConfigurer().getWorkbench().close());
        } else if (filesToOpen.isEmpty() && restoreEditors(window, WorkbenchState.get()) == 0) {
            FirstRun.run(getWorkbenchConfigurer().getWorkbench());
        }
    }

    @Override
    public boolean preShutdown() {
        rememberEditors(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow(), WorkbenchState.get());
        return true;
    }

    /**
     * The platform keeps the window's layout between starts, editors included, but cannot reopen an editor on a
     * plain file: it shows "No editor descriptor for id org.eclipse.ui.internal.emptyEditorTab" in its place. Those
     * tabs are closed; {@link #restoreEditors} reopens the files themselves.
     */
    static void closePlaceholders(IWorkbenchWindow window) {
        if (window == null || window.getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        List<IEditorReference> stale = new ArrayList<>();
        for (IEditorReference ref : page.getEditorReferences()) {
            boolean file;
            try {
                file = ref.getEditorInput() instanceof PathEditorInput;
            } catch (PartInitException | RuntimeException e) {
                file = false;
            }
            if (!file || "org.eclipse.ui.internal.emptyEditorTab".equals(ref.getId())) {
                stale.add(ref);
            }
        }
        if (!stale.isEmpty()) {
            page.closeEditors(stale.toArray(IEditorReference[]::new), false);
        }
    }

    /** Stores the files of the window's open editors (tab order) and the active one. */
    public static void rememberEditors(IWorkbenchWindow window, WorkbenchState state) {
        if (window == null || window.getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        List<Path> files = new ArrayList<>();
        for (IEditorReference ref : page.getEditorReferences()) {
            try {
                if (ref.getEditorInput() instanceof PathEditorInput in) {
                    files.add(in.file());
                }
            } catch (PartInitException e) {
                // an editor that never opened: nothing to restore
            }
        }
        IEditorPart active = page.getActiveEditor();
        state.setOpenFiles(files, active != null && active.getEditorInput() instanceof PathEditorInput in ? in.file() : null);
    }

    /**
     * Reopens the editors of the last session whose files still exist, the active one last so it is on top; none in
     * a test runtime (unless -Dnatsume.restore=true), so tests start from an empty page. Returns how many opened.
     */
    public static int restoreEditors(IWorkbenchWindow window, WorkbenchState state) {
        boolean testRuntime = Platform.getBundle("org.eclipse.tycho.surefire.osgibooter") != null;
        if (window == null || (testRuntime && !Boolean.getBoolean("natsume.restore"))) {
            return 0;
        }
        Path active = state.activeFile();
        List<Path> files = new ArrayList<>(state.openFiles().stream().filter(Files::isRegularFile).toList());
        if (active != null && files.remove(active)) {
            files.add(active);
        }
        int n = 0;
        for (Path f : files) {
            if (EditorOpener.open(window, f) != null) {
                n++;
            }
        }
        return n;
    }

    private static String report(String file, IEditorPart part) {
        if (part == null) return "natsume: " + file + ": no editor opened";
        Resource r = part.getAdapter(Resource.class);
        String loaded = r == null || r.getContents().isEmpty() ? "no model"
                : r.getContents().get(0).eClass().getName() + " with " + count(r) + " objects";
        return "natsume: " + file + ": opened in " + part.getSite().getId() + " (" + loaded + ")";
    }

    private static int count(Resource r) {
        int n = 0;
        for (var it = r.getAllContents(); it.hasNext(); it.next()) n++;
        return n;
    }
}
