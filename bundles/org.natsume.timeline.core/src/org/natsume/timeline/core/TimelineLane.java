package org.natsume.timeline.core;

import org.natsume.trace.lod.Lane;

/** One row of the timeline: the trace lane it shows, its label, and its indent (VCPU rows sit under their domain). */
public record TimelineLane(Lane lane, String label, int indent) {
}
