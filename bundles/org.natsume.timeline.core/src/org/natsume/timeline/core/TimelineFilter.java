package org.natsume.timeline.core;

import java.util.Set;

import org.natsume.trace.TraceKind;
import org.natsume.trace.journey.JourneyFilter;
import org.natsume.trace.lod.Lane;

/**
 * What the timeline shows: which event kinds are drawn (bit {@code 1L << kind.ordinal()}), which lanes are hidden, and
 * which journeys stepping visits (the Interrupt Trace view's filters, domain.md §6.3).
 */
public record TimelineFilter(long visibleKinds, Set<Lane> hiddenLanes, JourneyFilter journeys) {

    public static final long ALL_KINDS = -1L;
    public static final TimelineFilter ALL = new TimelineFilter(ALL_KINDS, Set.of(), JourneyFilter.ALL);

    public TimelineFilter {
        hiddenLanes = Set.copyOf(hiddenLanes);
    }

    public boolean shows(int kindOrdinal) {
        return (visibleKinds & (1L << kindOrdinal)) != 0;
    }

    public TimelineFilter withKind(TraceKind kind, boolean visible) {
        long bit = 1L << kind.ordinal();
        return new TimelineFilter(visible ? visibleKinds | bit : visibleKinds & ~bit, hiddenLanes, journeys);
    }

    public TimelineFilter withLaneHidden(Lane lane, boolean hidden) {
        java.util.HashSet<Lane> h = new java.util.HashSet<>(hiddenLanes);
        if (hidden) {
            h.add(lane);
        } else {
            h.remove(lane);
        }
        return new TimelineFilter(visibleKinds, h, journeys);
    }

    public TimelineFilter withJourneys(JourneyFilter f) {
        return new TimelineFilter(visibleKinds, hiddenLanes, f);
    }
}
