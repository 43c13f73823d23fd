package org.natsume.ui.internal;

import java.nio.file.Path;
import java.util.List;

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

    @Override
    public void postStartup() {
        String cwd = System.getProperty("natsume.cwd", System.getProperty("user.dir"));
        for (String file : filesToOpen) {
            EditorOpener.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow(),
                    Path.of(cwd).resolve(file));
        }
        if (filesToOpen.isEmpty()) {
            FirstRun.run(getWorkbenchConfigurer().getWorkbench());
        }
    }
}
