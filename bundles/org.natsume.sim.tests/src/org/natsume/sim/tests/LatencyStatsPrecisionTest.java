package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.natsume.sim.metrics.LatencyStats;

/**
 * {@link LatencyStats} keeps an HdrHistogram instead of every sample: percentiles must be the exact nearest-rank
 * sample up to the histogram's stated precision, and memory must not grow with the number of samples.
 */
class LatencyStatsPrecisionTest {

    private static final double[] QS = {0.5, 0.9, 0.99, 0.999, 0.9999, 1.0};

    @Test
    void percentilesAreTheNearestRankSampleToFourSignificantDigits() {
        SplittableRandom r = new SplittableRandom(7);
        int n = 200_000;
        long[] samples = new long[n];
        LatencyStats stats = new LatencyStats();
        for (int i = 0; i < n; i++) {
            // a body of a few µs with a long tail up to seconds, as the shared-line cases have
            long v = r.nextInt(10) == 0 ? (long) Math.exp(r.nextDouble(8, 21)) : 3_000 + r.nextLong(9_000);
            samples[i] = v;
            stats.add(v);
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        for (double q : QS) {
            long exact = sorted[Math.max(0, (int) Math.ceil(q * n) - 1)];
            long got = stats.percentile(q);
            double tolerance = exact < LatencyStats.EXACT_BELOW_NS ? 0 : exact * 1e-4;
            assertTrue(got <= exact && exact - got <= tolerance, "q " + q + ": exact " + exact + ", histogram " + got);
        }
        LatencyStats.Summary s = stats.summary();
        assertEquals(sorted[0], s.min());
        assertEquals(sorted[n - 1], s.max());
        assertEquals(Arrays.stream(samples).sum() / (double) n, s.mean(), 1e-6);
        double mean = s.mean();
        double var = Arrays.stream(samples).mapToDouble(v -> (v - mean) * (v - mean)).sum() / n;
        assertEquals(Math.sqrt(var), s.std(), Math.sqrt(var) * 1e-9);
    }

    @Test
    void valuesBelowTheExactLimitAreExact() {
        LatencyStats stats = new LatencyStats();
        for (int v = 1; v <= 30_000; v++) {
            stats.add(v);
        }
        assertEquals(15_000, stats.percentile(0.5));
        assertEquals(29_700, stats.percentile(0.99));
        assertEquals(29_997, stats.percentile(0.9999));
    }

    @Test
    void memoryIsBoundedByTheRangeNotTheCount() {
        LatencyStats a = new LatencyStats();
        for (int i = 0; i < 1_000; i++) {
            a.add(1_000 + i);
        }
        a.add(5_000_000);
        int small = a.footprintBytes();
        for (int i = 0; i < 5_000_000; i++) {
            a.add(1_000 + i % 4_000_000);
        }
        assertEquals(small, a.footprintBytes(), "five million more samples in the same range cost nothing");
        assertTrue(small < 2 << 20, "under 2 MiB: " + small);
    }

    @Test
    void mergedStatsEqualOneStatOverAllSamples() {
        LatencyStats a = new LatencyStats();
        LatencyStats b = new LatencyStats();
        LatencyStats all = new LatencyStats();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            long v = 1_000 + r.nextLong(1_000_000);
            (i % 3 == 0 ? a : b).add(v);
            all.add(v);
        }
        a.add(b);
        assertEquals(all.summary().p99(), a.summary().p99());
        assertEquals(all.summary().p9999(), a.summary().p9999());
        assertEquals(all.summary().max(), a.summary().max());
        assertEquals(all.summary().mean(), a.summary().mean(), 1e-9);
        assertEquals(all.summary().std(), a.summary().std(), 1e-6);
    }
}
