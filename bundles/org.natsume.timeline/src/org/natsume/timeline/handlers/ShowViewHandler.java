package org.natsume.timeline.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the view named by the command's "viewId" parameter (Run > Paper Charts, Timeline, Interrupt Trace). */
public final class ShowViewHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        String id = event.getParameter("org.natsume.timeline.viewId");
        try {
            HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(id);
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open view " + id + ": " + e.getMessage(), e);
        }
        return null;
    }
}
