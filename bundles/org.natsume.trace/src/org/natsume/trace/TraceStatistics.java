package org.natsume.trace;

/**
 * Counts over a whole trace for reports such as {@code ./natsume trace-info} (domain.md §6.3): events by kind, the
 * time span, journeys, spurious notifications (GUEST_NOTIFY with arg 1), and the journeys that had at least one.
 * One pass over the columns, no per-event objects.
 */
public record TraceStatistics(int events, long startNs, long endNs, long[] countByKind, int journeys, long spuriousNotifications,
        int journeysWithSpurious) {

    public static TraceStatistics of(TraceStore store) {
        int n = store.size();
        long[] byKind = new long[TraceKind.values().length];
        int spuriousOrdinal = TraceKind.GUEST_NOTIFY.ordinal();
        long spurious = 0;
        java.util.BitSet spuriousJourneys = new java.util.BitSet();
        java.util.BitSet journeys = new java.util.BitSet();
        for (int i = 0; i < n; i++) {
            int k = store.kindOrdinal(i);
            byKind[k]++;
            int j = store.journey(i);
            if (j >= 0) {
                journeys.set(j);
            }
            if (k == spuriousOrdinal && store.arg(i) == 1) {
                spurious++;
                if (j >= 0) {
                    spuriousJourneys.set(j);
                }
            }
        }
        return new TraceStatistics(n, store.startNs(), store.endNs(), byKind, journeys.cardinality(), spurious,
                spuriousJourneys.cardinality());
    }

    public long count(TraceKind kind) {
        return countByKind[kind.ordinal()];
    }

    @Override
    public long[] countByKind() {
        return countByKind.clone();
    }
}
