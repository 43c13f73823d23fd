package org.natsume.sim.hw;

import java.util.Arrays;

/**
 * One direction of a 1 GbE link (domain.md §2.4, §5.4 link_rate): frames are serialized back to back at line
 * rate (or slower for a rate-limited sender) and arrive one propagation delay later. Stored as bursts
 * (first arrival, spacing, count), so a whole window of TCP segments or an endless flood is one entry.
 */
public final class Wire implements ArrivalSource {
    private final long propNs;
    private final int frameBytes;
    private long[] firstArrival = new long[64];
    private long[] spacing = new long[64];
    private long[] count = new long[64];
    private long[] firstIndex = new long[64];
    private int head;
    private int tail;
    private long total;
    private long freeAt;
    private Runnable listener;

    public Wire(long propNs, int frameBytes) {
        this.propNs = propNs;
        this.frameBytes = frameBytes;
    }

    /** Serialisation time of a frame of wireBytes on the wire at rateBps. */
    public static long frameNs(int wireBytes, long rateBps) {
        return Math.round(wireBytes * 8e9 / rateBps);
    }

    /**
     * Puts n frames on the wire from now (or when it is free), spaced spacingNs (at least the serialisation time).
     * Returns the time the last frame has left the sender.
     */
    public long send(long now, long n, long spacingNs) {
        if (n <= 0) {
            return Math.max(now, freeAt);
        }
        long start = Math.max(now, freeAt);
        if (tail == firstArrival.length) {
            compactOrGrow();
        }
        firstArrival[tail] = start + spacingNs + propNs;
        spacing[tail] = spacingNs;
        count[tail] = n;
        firstIndex[tail] = total;
        tail++;
        total += n;
        long end = n > Long.MAX_VALUE / 4 / Math.max(1, spacingNs) ? Long.MAX_VALUE / 4 : start + n * spacingNs;
        freeAt = end;
        if (listener != null) {
            listener.run();
        }
        return end;
    }

    /** Frames that have completely left the sender by t (serialised onto the wire). */
    public long departedBy(long t) {
        return arrivedBy(t + propNs);
    }

    public long freeAt() {
        return freeAt;
    }

    public long sent() {
        return total;
    }

    private void compactOrGrow() {
        if (head > firstArrival.length / 2) {
            int n = tail - head;
            System.arraycopy(firstArrival, head, firstArrival, 0, n);
            System.arraycopy(spacing, head, spacing, 0, n);
            System.arraycopy(count, head, count, 0, n);
            System.arraycopy(firstIndex, head, firstIndex, 0, n);
            head = 0;
            tail = n;
        } else {
            int c = firstArrival.length * 2;
            firstArrival = Arrays.copyOf(firstArrival, c);
            spacing = Arrays.copyOf(spacing, c);
            count = Arrays.copyOf(count, c);
            firstIndex = Arrays.copyOf(firstIndex, c);
        }
    }

    @Override
    public long arrivedBy(long t) {
        if (tail == 0) {
            return 0;
        }
        while (head > 0 && firstArrival[head] > t) {
            head--;
        }
        while (head + 1 < tail && firstArrival[head + 1] <= t) {
            head++;
        }
        if (t < firstArrival[head]) {
            return firstIndex[head];
        }
        long k = (t - firstArrival[head]) / spacing[head] + 1;
        return firstIndex[head] + Math.min(count[head], k);
    }

    @Override
    public long arrivalTime(long k) {
        if (k >= total || tail == 0) {
            return Long.MAX_VALUE;
        }
        int i = head;
        while (i > 0 && firstIndex[i] > k) {
            i--;
        }
        while (i + 1 < tail && firstIndex[i + 1] <= k) {
            i++;
        }
        return firstArrival[i] + (k - firstIndex[i]) * spacing[i];
    }

    @Override
    public int frameBytes() {
        return frameBytes;
    }

    @Override
    public void listener(Runnable r) {
        this.listener = r;
    }
}
