package org.natsume.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.natsume.ui.PathEditorInput;
import org.natsume.ui.WorkbenchState;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: product title, a tool bar for save/undo/redo, a status line for progress. */
final class NatsumeWindowAdvisor extends WorkbenchWindowAdvisor {
    static final String TITLE = "Natsume Workbench";

    NatsumeWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new NatsumeActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1280, 800));
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(false);
        c.setTitle(TITLE);
    }

    @Override
    public void postWindowOpen() {
        // every editor opened on a file (File > Open, the wizard, the recent list, the command line) becomes recent
        getWindowConfigurer().getWindow().getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference ref) {
                if (ref.getPart(false) instanceof IEditorPart e && e.getEditorInput() instanceof PathEditorInput in) {
                    WorkbenchState.get().addRecent(in.file());
                }
            }
        });
    }
}
