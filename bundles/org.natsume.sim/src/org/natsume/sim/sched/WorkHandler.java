package org.natsume.sim.sched;

/** The component behind a {@link WorkItem}. */
public interface WorkHandler {
    /** The item starts executing; returns its CPU cost in ns (the cost may depend on the state at start). */
    long onStart(WorkItem w, long now);

    /** The item has had its full cost of CPU time. */
    void onDone(WorkItem w, long now);
}
