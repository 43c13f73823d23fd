package org.natsume.timeline.core.breakpoint;

/** A breakpoint that held: which condition, at which event (index in the trace store, -1 if unknown) and when. */
public record BreakpointHit(int condition, String description, int eventIndex, long timeNs, int journey) {
}
