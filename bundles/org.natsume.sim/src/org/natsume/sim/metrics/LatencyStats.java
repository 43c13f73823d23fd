package org.natsume.sim.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Interrupt delivery latency of one device (domain.md §6.3) in bounded memory, so an hour-long run costs what a
 * second does: an HdrHistogram at {@value #SIGNIFICANT_DIGITS} significant digits for the percentiles, exact count,
 * min, max and mean, and a log-binned histogram from 0.1 µs to 10 ms (10 bins per decade, plus under/overflow) for
 * the charts.
 *
 * <p>Precision: a percentile is the nearest-rank sample (the ⌈q·n⌉-th smallest) rounded down to the lowest value
 * HdrHistogram keeps equivalent to it: exact below {@value #EXACT_BELOW_NS} ns (every latency of the paper's
 * machines), and within one part in 10<sup>4</sup> above. Mean is exact; the standard deviation is Welford's running
 * form of the population deviation. Two stats are merged with {@link #add(LatencyStats)}.
 */
public final class LatencyStats {
    public static final int BINS_PER_DECADE = 10;
    public static final double LOW_NS = 100;
    public static final int BINS = 5 * BINS_PER_DECADE + 2;
    public static final int SIGNIFICANT_DIGITS = 4;
    /** Below this every value has its own HdrHistogram bucket (2^⌈log2(2·10^digits)⌉). */
    public static final long EXACT_BELOW_NS = 32_768;

    /** Auto-resizing, so its footprint follows the largest latency seen, not the number of samples. */
    private final Histogram hdr = new Histogram(SIGNIFICANT_DIGITS);
    private final long[] histogram = new long[BINS];
    private long n;
    private long sum;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private double welfordMean;
    private double welfordM2;

    public LatencyStats() {
        hdr.setAutoResize(true);
    }

    public void add(long ns) {
        hdr.recordValue(Math.max(0, ns));
        histogram[bin(ns)]++;
        n++;
        sum += ns;
        min = Math.min(min, ns);
        max = Math.max(max, ns);
        double d = ns - welfordMean;
        welfordMean += d / n;
        welfordM2 += d * (ns - welfordMean);
    }

    /** Adds every sample of other (e.g. the runs of one scenario). */
    public void add(LatencyStats other) {
        if (other.n == 0) {
            return;
        }
        hdr.add(other.hdr);
        for (int i = 0; i < BINS; i++) {
            histogram[i] += other.histogram[i];
        }
        long total = n + other.n;
        double d = other.welfordMean - welfordMean;
        welfordM2 += other.welfordM2 + d * d * n * other.n / total;
        welfordMean += d * other.n / total;
        n = total;
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
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
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    public long[] histogram() {
        return histogram.clone();
    }

    /** Bytes the percentile histogram holds (grows with the largest latency, not with the sample count). */
    public int footprintBytes() {
        return hdr.getEstimatedFootprintInBytes();
    }

    /** The nearest-rank q-quantile (0 &lt; q ≤ 1) to the histogram's precision; 0 without samples. */
    public long percentile(double q) {
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, Math.min(n, (long) Math.ceil(q * n)));
        long seen = 0;
        for (HistogramIterationValue v : hdr.recordedValues()) {
            seen += v.getCountAtValueIteratedTo();
            if (seen >= rank) {
                long value = hdr.lowestEquivalentValue(v.getValueIteratedTo());
                return Math.max(min, Math.min(max, value));
            }
        }
        return max;
    }

    public Summary summary() {
        if (n == 0) {
            return new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new Summary(count(), min, (double) sum / n, percentile(0.5), percentile(0.99), max,
                Math.sqrt(Math.max(0, welfordM2 / n)), percentile(0.999), percentile(0.9999));
    }

    public record Summary(int count, long min, double mean, long p50, long p99, long max, double std, long p999, long p9999) {
    }
}
