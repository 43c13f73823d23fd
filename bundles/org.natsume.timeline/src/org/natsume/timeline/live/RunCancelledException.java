package org.natsume.timeline.live;

/** Thrown from inside the simulation's trace sink to unwind a cancelled run; each run owns all its state, so nothing leaks. */
public final class RunCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunCancelledException() {
        super("simulation run cancelled", null, false, false);
    }
}
