package org.natsume.timeline.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.natsume.timeline.live.LiveRun;
import org.natsume.timeline.ui.TimelineSession;

/**
 * Run > Pause, Resume and Cancel Run on the live run of the shown session. One class, three commands: the command id
 * says which; enabled only when that makes sense for the run's state.
 */
public final class RunControlHandler extends AbstractHandler {

    public static final String PAUSE = "org.natsume.timeline.pause";
    public static final String RESUME = "org.natsume.timeline.resume";
    public static final String CANCEL = "org.natsume.timeline.cancelRun";

    @Override
    public Object execute(ExecutionEvent event) {
        LiveRun r = run();
        if (r == null) {
            return null;
        }
        switch (event.getCommand().getId()) {
            case PAUSE -> r.pause();
            case RESUME -> r.resume();
            case CANCEL -> r.cancel();
            default -> {
            }
        }
        return null;
    }

    private static LiveRun run() {
        TimelineSession s = TimelineSession.current();
        return s == null ? null : s.run();
    }

    private final TimelineSession.Listener listener = (s, c) -> refresh();

    public RunControlHandler() {
        TimelineSession.addListener(listener);
        refresh();
    }

    /** Pause only while running, Resume only while paused, Cancel while live; menus follow the run's state. */
    private void refresh() {
        LiveRun r = run();
        boolean enabled = r != null && switch (r.state()) {
            case RUNNING -> true;
            case PAUSED -> true;
            default -> false;
        };
        setBaseEnabled(enabled);
    }

    @Override
    public void dispose() {
        TimelineSession.removeListener(listener);
        super.dispose();
    }
}
