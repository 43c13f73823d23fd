package org.natsume.trace.line;

import java.util.Arrays;

/**
 * Follows every GSI's line through {@link SharedLineState} as events arrive, and reports each blocked episode when
 * it ends: for breakpoints ("blocked longer than"), statistics (line-blocked time) and the flight recorder. Primitive
 * arrays indexed by GSI, grown on demand; no allocation per event.
 */
public final class LineTracker {

    /** Told when a line's blocked episode ends at LINE_EOI. */
    @FunctionalInterface
    public interface Released {
        void released(int gsi, long blockedSinceNs, long eoiNs, int journey);
    }

    private int[] state = new int[0];
    private boolean[] msi = new boolean[0];
    private long[] blockedSince = new long[0];

    public void reset() {
        Arrays.fill(state, SharedLineState.IDLE);
        Arrays.fill(msi, false);
        Arrays.fill(blockedSince, -1);
    }

    /**
     * Steps gsi's line by one event. Returns true when the event changed the line's state; calls released (may be
     * null) when a blocked episode ends.
     */
    public boolean event(long timeNs, int kindOrdinal, int gsi, long arg, int journey, Released released) {
        if (gsi < 0) {
            return false;
        }
        ensure(gsi);
        if (kindOrdinal == org.natsume.trace.TraceKind.PIN_ASSERT.ordinal()) {
            msi[gsi] = SharedLineState.isMsiAssert(kindOrdinal, arg);
        }
        if (msi[gsi]) {
            return false;
        }
        int before = state[gsi];
        int after = SharedLineState.next(before, kindOrdinal);
        if (after == before) {
            return false;
        }
        state[gsi] = after;
        boolean wasBlocked = SharedLineState.blocked(before);
        boolean isBlocked = SharedLineState.blocked(after);
        if (!wasBlocked && isBlocked) {
            blockedSince[gsi] = timeNs;
        } else if (wasBlocked && !isBlocked) {
            if (released != null) {
                released.released(gsi, blockedSince[gsi], timeNs, journey);
            }
            blockedSince[gsi] = -1;
        }
        return true;
    }

    /** When gsi's current blocked episode started, or -1 when the line is not blocked. */
    public long blockedSince(int gsi) {
        return gsi >= 0 && gsi < blockedSince.length ? blockedSince[gsi] : -1;
    }

    public int state(int gsi) {
        return gsi >= 0 && gsi < state.length ? state[gsi] : SharedLineState.IDLE;
    }

    /** One past the highest GSI seen so far. */
    public int gsiLimit() {
        return state.length;
    }

    private void ensure(int g) {
        if (g >= state.length) {
            int old = state.length;
            int n = Math.max(g + 1, old * 2);
            state = Arrays.copyOf(state, n);
            msi = Arrays.copyOf(msi, n);
            blockedSince = Arrays.copyOf(blockedSince, n);
            Arrays.fill(state, old, n, SharedLineState.IDLE);
            Arrays.fill(blockedSince, old, n, -1);
        }
    }
}
