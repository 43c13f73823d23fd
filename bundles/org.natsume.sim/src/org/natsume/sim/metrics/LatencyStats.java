package org.natsume.sim.metrics;

import java.util.Arrays;

/**
 * Interrupt delivery latency samples of one device (domain.md §6.3): exact order statistics over the kept
 * samples and a log-binned histogram from 0.1 µs to 10 ms (10 bins per decade, plus under/overflow).
 */
public final class LatencyStats {
    public static final int BINS_PER_DECADE = 10;
    public static final double LOW_NS = 100;
    public static final int BINS = 5 * BINS_PER_DECADE + 2;

    private long[] samples = new long[256];
    private int n;
    private final long[] histogram = new long[BINS];

    public void add(long ns) {
        if (n == samples.length) {
            samples = Arrays.copyOf(samples, n * 2);
        }
        samples[n++] = ns;
        histogram[bin(ns)]++;
    }

    static int bin(long ns) {
        if (ns < LOW_NS) {
            return 0;
        }
        int b = 1 + (int) Math.floor(Math.log10(ns / LOW_NS) * BINS_PER_DECADE);
        return Math.min(b, BINS - 1);
    }

    /** Lower edge of histogram bin i in ns (bin 0 is everything below 0.1 µs). */
    public static double binLowNs(int i) {
        return i == 0 ? 0 : LOW_NS * Math.pow(10, (i - 1) / (double) BINS_PER_DECADE);
    }

    public int count() {
        return n;
    }

    public long[] histogram() {
        return histogram.clone();
    }

    public Summary summary() {
        if (n == 0) {
            return new Summary(0, 0, 0, 0, 0, 0, 0);
        }
        long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        double sum = 0;
        for (long v : s) {
            sum += v;
        }
        double mean = sum / n;
        double sq = 0;
        for (long v : s) {
            sq += (v - mean) * (v - mean);
        }
        // nearest-rank percentiles
        return new Summary(n, s[0], mean, s[rank(0.5, n)], s[rank(0.99, n)], s[n - 1], Math.sqrt(sq / n));
    }

    private static int rank(double q, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    public record Summary(int count, long min, double mean, long p50, long p99, long max, double std) {
    }
}
