package org.natsume.trace.lod;

import java.util.Arrays;

/**
 * The answer to {@link TraceLod#summarize}: per output bucket of one lane, the event count, the kinds present (bit
 * {@code 1L << kind.ordinal()}), the min/max guest-ISR latency (ns, saturated at {@link Integer#MAX_VALUE}, 2.1 s), the
 * spurious-notification count and the time spent in
 * each of the lane's state slots. Reusable: pass the same instance to every query of a frame to avoid allocation.
 */
public final class LodSummary {

    /** Latency value of a bucket without any guest ISR. */
    public static final long NO_LATENCY = -1;

    int buckets;
    long fromNs;
    long toNs;
    /** Width of the stored buckets used, in ns; when larger than {@link #bucketWidthNs()} the caller should draw raw events. */
    long sourceWidthNs;
    int[] count = new int[0];
    long[] kinds = new long[0];
    long[] minLatencyNs = new long[0];
    long[] maxLatencyNs = new long[0];
    int[] spurious = new int[0];
    long[][] residencyNs = new long[0][0];

    void reset(long fromNs, long toNs, int buckets, int slots) {
        this.fromNs = fromNs;
        this.toNs = toNs;
        this.buckets = buckets;
        if (count.length < buckets) {
            count = new int[buckets];
            kinds = new long[buckets];
            minLatencyNs = new long[buckets];
            maxLatencyNs = new long[buckets];
            spurious = new int[buckets];
        }
        if (residencyNs.length < slots || (slots > 0 && residencyNs[0].length < buckets)) {
            residencyNs = new long[Math.max(slots, residencyNs.length)][Math.max(buckets, count.length)];
        }
        Arrays.fill(count, 0, buckets, 0);
        Arrays.fill(kinds, 0, buckets, 0L);
        Arrays.fill(minLatencyNs, 0, buckets, NO_LATENCY);
        Arrays.fill(maxLatencyNs, 0, buckets, NO_LATENCY);
        Arrays.fill(spurious, 0, buckets, 0);
        for (long[] r : residencyNs) {
            Arrays.fill(r, 0, Math.min(r.length, buckets), 0L);
        }
    }

    public int buckets() {
        return buckets;
    }

    public long fromNs() {
        return fromNs;
    }

    public long toNs() {
        return toNs;
    }

    /** Start of output bucket b. */
    public long bucketStartNs(int b) {
        return fromNs + (long) ((double) (toNs - fromNs) * b / buckets);
    }

    public double bucketWidthNs() {
        return (double) (toNs - fromNs) / buckets;
    }

    /** Width of the stored level used; larger than {@link #bucketWidthNs()} means the query is finer than the LOD. */
    public long sourceWidthNs() {
        return sourceWidthNs;
    }

    public int count(int b) {
        return count[b];
    }

    public long kinds(int b) {
        return kinds[b];
    }

    public long minLatencyNs(int b) {
        return minLatencyNs[b];
    }

    public long maxLatencyNs(int b) {
        return maxLatencyNs[b];
    }

    public int spurious(int b) {
        return spurious[b];
    }

    public long residencyNs(int slot, int b) {
        return residencyNs[slot][b];
    }

    /** The slot with the most residency in bucket b among [fromSlot, toSlot), or -1 when none has any. */
    public int dominantSlot(int b, int fromSlot, int toSlot) {
        int best = -1;
        long bestNs = 0;
        for (int s = fromSlot; s < toSlot && s < residencyNs.length; s++) {
            if (residencyNs[s][b] > bestNs) {
                bestNs = residencyNs[s][b];
                best = s;
            }
        }
        return best;
    }

    /** Sum of counts over all buckets. */
    public long totalCount() {
        long n = 0;
        for (int b = 0; b < buckets; b++) {
            n += count[b];
        }
        return n;
    }
}
