package org.natsume.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;

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
        String cwd = System.getProperty("natsume.cwd", System.getProperty("user.dir"));
        boolean openAndExit = Boolean.getBoolean(OPEN_AND_EXIT);
        for (String file : filesToOpen) {
            IEditorPart part = EditorOpener.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow(),
                    Path.of(cwd).resolve(file));
            if (openAndExit) System.out.println(report(file, part));
        }
        if (openAndExit) {
            Display.getCurrent().asyncExec(() -> getWorkbenchConfigurer().getWorkbench().close());
        } else if (filesToOpen.isEmpty()) {
            FirstRun.run(getWorkbenchConfigurer().getWorkbench());
        }
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
