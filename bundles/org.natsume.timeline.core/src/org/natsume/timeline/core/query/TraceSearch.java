package org.natsume.timeline.core.query;

import java.util.Arrays;

import org.natsume.trace.TraceStore;
import org.natsume.trace.journey.JourneyTable;

/**
 * Find (Ctrl+F) over a trace's events or journeys with a {@link JourneyQuery}: the next or previous match from a
 * position, and the matches inside a time range for highlighting. Scans run over primitive columns without allocating,
 * so a miss over ten million events costs one pass.
 */
public final class TraceSearch {

    /** What a search walks. */
    public enum Scope { EVENTS, JOURNEYS }

    private final JourneyQuery query;
    private final Scope scope;

    public TraceSearch(JourneyQuery query, Scope scope) {
        this.query = query;
        this.scope = scope;
    }

    public JourneyQuery query() {
        return query;
    }

    public Scope scope() {
        return scope;
    }

    /** The first matching event after index from (from = -1 searches from the start), or -1. */
    public int nextEvent(TraceStore s, int from) {
        for (int i = Math.max(0, from + 1); i < s.size(); i++) {
            if (query.testEvent(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The last matching event before index from (from = size searches from the end), or -1. */
    public int previousEvent(TraceStore s, int from) {
        for (int i = Math.min(s.size(), from) - 1; i >= 0; i--) {
            if (query.testEvent(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first matching journey row after row (-1 from the start), or -1. */
    public int nextJourney(JourneyTable t, int row) {
        for (int r = Math.max(0, row + 1); r < t.rowCount(); r++) {
            if (query.test(t, r)) {
                return r;
            }
        }
        return -1;
    }

    /** The last matching journey row before row (rowCount from the end), or -1. */
    public int previousJourney(JourneyTable t, int row) {
        for (int r = Math.min(t.rowCount(), row) - 1; r >= 0; r--) {
            if (query.test(t, r)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Event indices of the matches in [fromNs, toNs), at most limit of them (for highlighting what is on screen).
     * In journey scope these are the first events of the matching journeys.
     */
    public int[] matchesIn(JourneyTable t, long fromNs, long toNs, int limit) {
        TraceStore s = t.store();
        int[] out = new int[16];
        int n = 0;
        if (scope == Scope.EVENTS) {
            for (int i = s.firstAtOrAfter(fromNs); i >= 0 && i < s.size() && s.timeNs(i) < toNs && n < limit; i++) {
                if (query.testEvent(s, i)) {
                    out = push(out, n++, i);
                }
            }
        } else {
            for (int r = t.rowAtOrAfter(fromNs); r < t.rowCount() && t.firstTimeNs(r) < toNs && n < limit; r++) {
                if (query.test(t, r)) {
                    out = push(out, n++, t.firstEvent(r));
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Number of matches in the whole trace (shown as "3 of 120"). */
    public int count(JourneyTable t) {
        int n = 0;
        if (scope == Scope.EVENTS) {
            TraceStore s = t.store();
            for (int i = 0; i < s.size(); i++) {
                n += query.testEvent(s, i) ? 1 : 0;
            }
        } else {
            for (int r = 0; r < t.rowCount(); r++) {
                n += query.test(t, r) ? 1 : 0;
            }
        }
        return n;
    }

    private static int[] push(int[] a, int n, int v) {
        int[] out = n == a.length ? Arrays.copyOf(a, n * 2) : a;
        out[n] = v;
        return out;
    }
}
