package org.natsume.timeline.core.breakpoint;

import org.natsume.trace.TraceKind;

/**
 * A condition that pauses a live run (issue "Breakpoints for a live run: pause when a condition holds"). Evaluated on
 * every event as it is recorded, with the same fields as {@link org.natsume.trace.TraceSink}; may keep state across
 * events (for example, how long a line has been blocked). Must not allocate per event.
 */
public interface BreakpointCondition {

    /** A short description for the UI, e.g. "guest ISR latency above 50 µs in guestB". */
    String describe();

    /** True when this event makes the condition hold. */
    boolean test(long timeNs, TraceKind kind, int journey, int cpu, int domain, int gsi, int device, long arg);

    /** Forgets any state, before evaluating a trace from its start again. */
    default void reset() {
    }
}
