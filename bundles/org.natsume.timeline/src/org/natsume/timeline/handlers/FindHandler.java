package org.natsume.timeline.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.timeline.ui.TimelineView;

/** Edit > Find (Ctrl+F) in the Timeline: opens its find bar. */
public final class FindHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof TimelineView tv) {
            tv.openFind();
        }
        return null;
    }
}
