package org.natsume.timeline.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.timeline.ui.TimelineView;

/** Run > Go to Time...: opens the Timeline view and asks for the time to centre on. */
public final class GoToTimeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            ((TimelineView) page.showView(TimelineView.ID)).goToTime();
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open the Timeline view: " + e.getMessage(), e);
        }
        return null;
    }
}
