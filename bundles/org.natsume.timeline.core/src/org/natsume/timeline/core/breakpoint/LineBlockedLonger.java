package org.natsume.timeline.core.breakpoint;

import java.util.Arrays;

import org.natsume.timeline.core.TimeFormat;
import org.natsume.trace.TraceKind;
import org.natsume.trace.line.LineTracker;

/**
 * Holds when a level-triggered line has been blocked — masked or awaiting the guests' EOIs (domain.md §3.2
 * "Latency coupling on a shared level-triggered line", §6.3 line-blocked time) — for longer than boundNs. Which events
 * block and release a line is {@link org.natsume.trace.line.SharedLineState}'s rule, followed by a {@link LineTracker}.
 * Checked on every event, so a line that never gets its EOI still trips the breakpoint as soon as simulated time
 * passes the bound. Fires once per blocked episode. One GSI, or gsi = -1 for any.
 */
public final class LineBlockedLonger implements BreakpointCondition {

    private final int gsi;
    private final long boundNs;
    private final LineTracker lines = new LineTracker();
    private boolean[] fired = new boolean[0];
    private boolean releasedTooLate;
    /** Earliest start among blocked episodes not yet fired, or Long.MAX_VALUE: one comparison per event. */
    private long earliest = Long.MAX_VALUE;
    private final LineTracker.Released onRelease = (g, since, eoi, journey) -> {
        releasedTooLate |= !fired(g) && eoi - since > boundNs();
        fired[g] = false;
    };

    public LineBlockedLonger(int gsi, long boundNs) {
        this.gsi = gsi;
        this.boundNs = boundNs;
    }

    public int gsi() {
        return gsi;
    }

    public long boundNs() {
        return boundNs;
    }

    @Override
    public String describe() {
        return (gsi >= 0 ? "GSI " + gsi : "a line") + " blocked longer than " + TimeFormat.duration(boundNs);
    }

    @Override
    public void reset() {
        lines.reset();
        Arrays.fill(fired, false);
        earliest = Long.MAX_VALUE;
    }

    @Override
    public boolean test(long timeNs, TraceKind kind, int journey, int cpu, int domain, int g, int device, long arg) {
        boolean hit = false;
        if (g >= 0 && (gsi < 0 || g == gsi)) {
            if (g >= fired.length) {
                fired = Arrays.copyOf(fired, Math.max(g + 1, fired.length * 2));
            }
            releasedTooLate = false;
            if (lines.event(timeNs, kind.ordinal(), g, arg, journey, onRelease)) {
                hit = releasedTooLate;
                recomputeEarliest();
            }
        }
        if (!hit && timeNs - earliest > boundNs) {
            for (int k = 0; k < lines.gsiLimit(); k++) {
                long since = lines.blockedSince(k);
                if (since >= 0 && !fired(k) && timeNs - since > boundNs) {
                    fired[k] = true;
                    hit = true;
                }
            }
            recomputeEarliest();
        }
        return hit;
    }

    private boolean fired(int g) {
        return g < fired.length && fired[g];
    }

    private void recomputeEarliest() {
        earliest = Long.MAX_VALUE;
        for (int k = 0; k < lines.gsiLimit(); k++) {
            long since = lines.blockedSince(k);
            if (since >= 0 && !fired(k)) {
                earliest = Math.min(earliest, since);
            }
        }
    }
}
