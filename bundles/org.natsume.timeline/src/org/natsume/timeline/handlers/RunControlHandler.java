package org.natsume.timeline.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.natsume.timeline.live.LiveRun;
import org.natsume.timeline.ui.TimelineSession;

/**
 * Run > Pause, Resume and Cancel Run on the live run of the shown session: one subclass per command, each enabled
 * only in the run states where it does something (Pause while running, Resume while paused, Cancel while live).
 */
public abstract class RunControlHandler extends AbstractHandler {

    private final TimelineSession.Listener listener = (s, c) -> refresh();

    protected RunControlHandler() {
        TimelineSession.addListener(listener);
        refresh();
    }

    /** Whether the command applies to a run in this state. */
    protected abstract boolean appliesTo(LiveRun.State state);

    protected abstract void apply(LiveRun run);

    @Override
    public Object execute(ExecutionEvent event) {
        LiveRun r = run();
        if (r != null && appliesTo(r.state())) {
            apply(r);
        }
        return null;
    }

    private static LiveRun run() {
        TimelineSession s = TimelineSession.current();
        return s == null ? null : s.run();
    }

    private void refresh() {
        LiveRun r = run();
        setBaseEnabled(r != null && appliesTo(r.state()));
    }

    @Override
    public void dispose() {
        TimelineSession.removeListener(listener);
        super.dispose();
    }

    /** Run > Pause. */
    public static final class Pause extends RunControlHandler {
        @Override
        protected boolean appliesTo(LiveRun.State s) {
            return s == LiveRun.State.RUNNING;
        }

        @Override
        protected void apply(LiveRun run) {
            run.pause();
        }
    }

    /** Run > Resume. */
    public static final class Resume extends RunControlHandler {
        @Override
        protected boolean appliesTo(LiveRun.State s) {
            return s == LiveRun.State.PAUSED;
        }

        @Override
        protected void apply(LiveRun run) {
            run.resume();
        }
    }

    /** Run > Cancel Run. */
    public static final class Cancel extends RunControlHandler {
        @Override
        protected boolean appliesTo(LiveRun.State s) {
            return s == LiveRun.State.RUNNING || s == LiveRun.State.PAUSED;
        }

        @Override
        protected void apply(LiveRun run) {
            run.cancel();
        }
    }
}
