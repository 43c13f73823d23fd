package org.natsume.trace.lod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One lane's level-of-detail pyramid: level 0 holds fixed-width buckets from the trace origin, level L+1 merges pairs
 * of level L. Also keeps the lane's state changes (code + time) so exact intervals can be drawn when zoomed in.
 * Package-private: owned and synchronised by {@link TraceLod}.
 */
final class LaneLod {

    static final class Level {
        int size;
        int[] count = new int[0];
        long[] kinds = new long[0];
        /** ns, saturated at Integer.MAX_VALUE (2.1 s): far beyond any interrupt latency, and half the memory of longs. */
        int[] minLat = new int[0];
        int[] maxLat = new int[0];
        int[] spurious = new int[0];
        long[][] res;

        Level(int slots) {
            res = new long[slots][0];
        }

        void ensure(int n) {
            if (n > size) {
                if (n > count.length) {
                    int cap = Math.max(n, count.length + (count.length >> 2) + 16);
                    int old = count.length;
                    count = Arrays.copyOf(count, cap);
                    kinds = Arrays.copyOf(kinds, cap);
                    minLat = Arrays.copyOf(minLat, cap);
                    maxLat = Arrays.copyOf(maxLat, cap);
                    spurious = Arrays.copyOf(spurious, cap);
                    Arrays.fill(minLat, old, cap, (int) LodSummary.NO_LATENCY);
                    Arrays.fill(maxLat, old, cap, (int) LodSummary.NO_LATENCY);
                    for (int s = 0; s < res.length; s++) {
                        res[s] = Arrays.copyOf(res[s], cap);
                    }
                }
                size = n;
            }
        }

        void addLatency(int k, long latency) {
            int l = (int) Math.max(0, Math.min(Integer.MAX_VALUE, latency));
            if (minLat[k] == LodSummary.NO_LATENCY || l < minLat[k]) {
                minLat[k] = l;
            }
            if (l > maxLat[k]) {
                maxLat[k] = l;
            }
        }

        long bytes() {
            return (long) count.length * (4 + 8 + 4 + 4 + 4 + 8L * res.length);
        }
    }

    final Lane lane;
    final int slots;
    final List<Level> levels = new ArrayList<>();
    int dirtyFrom = Integer.MAX_VALUE;

    /** Current state code (-1 = none/idle) and when it began. */
    int openCode = -1;
    long openSinceNs;
    /** For a CPU lane: the VCPU (domain &lt;&lt; 8 | vcpu) running on it; for a VCPU lane: the CPU it runs on. */
    int runningKey = -1;
    /** For a GSI lane: the last assertion was an MSI, which has no line state. */
    boolean msi;

    /**
     * State changes: the index of the event that caused each. Its time is in the store, and so is the new state,
     * which {@link TraceLod} derives from the event again: 4 bytes per change.
     */
    int[] changeEvent = new int[0];
    int changes;

    LaneLod(Lane lane) {
        this.lane = lane;
        this.slots = lane.kind().slotCount();
        levels.add(new Level(slots));
    }

    Level level0() {
        return levels.get(0);
    }

    void touch(int k) {
        level0().ensure(k + 1);
        if (k < dirtyFrom) {
            dirtyFrom = k;
        }
    }

    /**
     * Records a state change at t, caused by event {@code eventIndex}; closing the previous state adds its residency to
     * the level-0 buckets it spans. Codes are 0..254; -1 is idle.
     */
    void changeState(int code, long t, int eventIndex, long originNs, int shift) {
        if (code == openCode) {
            return;
        }
        if (openCode >= 0) {
            addResidency(openCode, openSinceNs, t, originNs, shift);
        }
        openCode = code;
        openSinceNs = t;
        if (changes == changeEvent.length) {
            int cap = Math.max(16, changes + (changes >> 2));
            changeEvent = Arrays.copyOf(changeEvent, cap);
        }
        changeEvent[changes] = eventIndex;
        changes++;
    }

    private void addResidency(int code, long from, long to, long originNs, int shift) {
        if (to <= from) {
            return;
        }
        int a = slotA(code);
        int b = slotB(code);
        if (a < 0 && b < 0) {
            return;
        }
        long width = 1L << shift;
        int k0 = (int) ((from - originNs) >> shift);
        int k1 = (int) ((to - 1 - originNs) >> shift);
        touch(k1);
        touch(k0);
        Level l = level0();
        for (int k = k0; k <= k1; k++) {
            long bs = originNs + (long) k * width;
            long ov = Math.min(to, bs + width) - Math.max(from, bs);
            if (a >= 0) {
                l.res[a][k] += ov;
            }
            if (b >= 0) {
                l.res[b][k] += ov;
            }
        }
    }

    /** First slot a state code counts in, or -1. */
    int slotA(int code) {
        if (code < 0) {
            return -1;
        }
        if (lane.kind() == LaneKind.VCPU) {
            int run = code & 0xF;
            return run < LaneKind.VCPU_PRIORITY_SLOT ? run : -1;
        }
        return code < slots ? code : -1;
    }

    /** Second slot (the credit priority of a VCPU state), or -1. */
    int slotB(int code) {
        if (code < 0 || lane.kind() != LaneKind.VCPU) {
            return -1;
        }
        int p = (code >> 4) & 0xF;
        return LaneKind.VCPU_PRIORITY_SLOT + p < slots ? LaneKind.VCPU_PRIORITY_SLOT + p : -1;
    }

    /** Rebuilds the upper levels from the lowest dirty level-0 bucket upwards. */
    void propagate() {
        if (dirtyFrom == Integer.MAX_VALUE) {
            return;
        }
        int from = dirtyFrom;
        for (int L = 1; levels.get(L - 1).size > 1; L++) {
            Level lower = levels.get(L - 1);
            if (L == levels.size()) {
                levels.add(new Level(slots));
            }
            Level up = levels.get(L);
            from >>= 1;
            int n = (lower.size + 1) >> 1;
            up.ensure(n);
            for (int k = from; k < n; k++) {
                int c0 = 2 * k;
                int c1 = c0 + 1;
                boolean has1 = c1 < lower.size;
                up.count[k] = lower.count[c0] + (has1 ? lower.count[c1] : 0);
                up.kinds[k] = lower.kinds[c0] | (has1 ? lower.kinds[c1] : 0);
                up.spurious[k] = lower.spurious[c0] + (has1 ? lower.spurious[c1] : 0);
                up.minLat[k] = (int) minLatency(lower.minLat[c0], has1 ? lower.minLat[c1] : LodSummary.NO_LATENCY);
                up.maxLat[k] = Math.max(lower.maxLat[c0], has1 ? lower.maxLat[c1] : (int) LodSummary.NO_LATENCY);
                for (int s = 0; s < slots; s++) {
                    up.res[s][k] = lower.res[s][c0] + (has1 ? lower.res[s][c1] : 0);
                }
            }
        }
        dirtyFrom = Integer.MAX_VALUE;
    }

    static long minLatency(long a, long b) {
        if (a == LodSummary.NO_LATENCY) {
            return b;
        }
        if (b == LodSummary.NO_LATENCY) {
            return a;
        }
        return Math.min(a, b);
    }

    long bytes() {
        long b = 4L * changeEvent.length;
        for (Level l : levels) {
            b += l.bytes();
        }
        return b;
    }
}
