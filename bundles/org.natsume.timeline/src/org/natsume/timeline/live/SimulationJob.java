package org.natsume.timeline.live;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.natsume.sim.scenario.Simulation;
import org.natsume.timeline.core.TimeFormat;
import org.natsume.timeline.core.breakpoint.BreakpointCondition;

/**
 * Runs one simulation as an Eclipse {@link Job} (issue "Live": progress, cancel, pause/resume), streaming every event
 * through a {@link LiveRun} into its trace store while the UI reads the store. The job's thread is the simulation's
 * thread; pausing holds it inside the trace sink, so the progress view shows the run as still working but paused.
 */
public final class SimulationJob extends Job {

    /** Job family, so tests and the UI can find or join running simulations. */
    public static final Object FAMILY = SimulationJob.class;
    private static final int TICKS = 1000;

    private final RunRequest request;
    private final LiveRun run;
    private final Simulation sim;

    /** sim must write into run. */
    public SimulationJob(RunRequest request, LiveRun run, Simulation sim) {
        super("Simulate " + request.label());
        this.request = request;
        this.run = run;
        this.sim = sim;
        for (BreakpointCondition c : request.breakpoints()) {
            run.breakpoints().add(c);
        }
        setUser(false);
    }

    public LiveRun liveRun() {
        return run;
    }

    public RunRequest request() {
        return request;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected void canceling() {
        run.cancel();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long total = request.totalNs();
        monitor.beginTask("Simulating " + request.label() + " for " + TimeFormat.duration(total), TICKS);
        int[] done = {0};
        run.onProgress(t -> {
            int w = (int) Math.min(TICKS, t * TICKS / Math.max(1, total));
            if (w > done[0]) {
                monitor.worked(w - done[0]);
                done[0] = w;
            }
            monitor.subTask("at " + TimeFormat.duration(t) + " of " + TimeFormat.duration(total));
        });
        run.addListener((r, s) -> {
            if (s == LiveRun.State.PAUSED) {
                monitor.subTask("paused at " + TimeFormat.duration(r.simTimeNs())
                        + (r.pausedAt() != null ? ": " + r.pausedAt().description() : ""));
            }
        });
        run.cancelWhen(monitor::isCanceled);
        try {
            sim.run(request.warmupNs(), request.durationNs());
            run.finished();
            return Status.OK_STATUS;
        } catch (RunCancelledException e) {
            run.cancelledNow();
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            String message = "Simulation of " + request.label() + " failed at " + TimeFormat.duration(run.simTimeNs()) + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            run.failed(message);
            return new Status(IStatus.ERROR, "org.natsume.timeline", message, e);
        } finally {
            monitor.done();
        }
    }
}
