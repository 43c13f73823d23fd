package org.natsume.timeline.core.breakpoint;

import java.util.Arrays;

import org.natsume.timeline.core.TimeFormat;
import org.natsume.trace.TraceKind;

/**
 * Holds when a level-triggered line has been blocked — masked or awaiting the guests' EOIs (domain.md §3.2
 * "Latency coupling on a shared level-triggered line", §6.3 line-blocked time) — for longer than boundNs: from Xen
 * taking the interrupt ({@link TraceKind#APIC_DELIVER}, {@link TraceKind#XEN_IRQ_ENTER}, {@link TraceKind#GUEST_NOTIFY})
 * or {@link TraceKind#LINE_MASK} until {@link TraceKind#LINE_EOI}. Checked on every event, so a line that never gets
 * its EOI still trips the breakpoint as soon as simulated time passes the bound. Fires once per blocked episode. One
 * GSI, or gsi = -1 for any. MSI assertions (arg 1) have no line and are ignored.
 */
public final class LineBlockedLonger implements BreakpointCondition {

    private final int gsi;
    private final long boundNs;
    private long[] blockedSince = new long[0];
    private boolean[] fired = new boolean[0];
    private boolean[] msi = new boolean[0];
    /** Earliest blockedSince among lines not yet fired, or Long.MAX_VALUE: one comparison per event. */
    private long earliest = Long.MAX_VALUE;

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
        Arrays.fill(blockedSince, -1);
        Arrays.fill(fired, false);
        Arrays.fill(msi, false);
        earliest = Long.MAX_VALUE;
    }

    @Override
    public boolean test(long timeNs, TraceKind kind, int journey, int cpu, int domain, int g, int device, long arg) {
        boolean hit = false;
        if (g >= 0 && (gsi < 0 || g == gsi)) {
            ensure(g);
            if (kind == TraceKind.PIN_ASSERT) {
                msi[g] = arg == 1;
            } else if (!msi[g]) {
                switch (kind) {
                    case APIC_DELIVER, XEN_IRQ_ENTER, GUEST_NOTIFY, LINE_MASK -> {
                        if (blockedSince[g] < 0) {
                            blockedSince[g] = timeNs;
                            fired[g] = false;
                            earliest = Math.min(earliest, timeNs);
                        }
                    }
                    case LINE_EOI -> {
                        hit = blockedSince[g] >= 0 && !fired[g] && timeNs - blockedSince[g] > boundNs;
                        blockedSince[g] = -1;
                        fired[g] = false;
                        recomputeEarliest();
                    }
                    default -> {
                    }
                }
            }
        }
        if (!hit && timeNs - earliest > boundNs) {
            for (int k = 0; k < blockedSince.length; k++) {
                if (blockedSince[k] >= 0 && !fired[k] && timeNs - blockedSince[k] > boundNs) {
                    fired[k] = true;
                    hit = true;
                }
            }
            recomputeEarliest();
        }
        return hit;
    }

    private void recomputeEarliest() {
        earliest = Long.MAX_VALUE;
        for (int k = 0; k < blockedSince.length; k++) {
            if (blockedSince[k] >= 0 && !fired[k]) {
                earliest = Math.min(earliest, blockedSince[k]);
            }
        }
    }

    private void ensure(int g) {
        if (g >= blockedSince.length) {
            int old = blockedSince.length;
            int n = Math.max(g + 1, old * 2);
            blockedSince = Arrays.copyOf(blockedSince, n);
            fired = Arrays.copyOf(fired, n);
            msi = Arrays.copyOf(msi, n);
            Arrays.fill(blockedSince, old, n, -1);
        }
    }
}
