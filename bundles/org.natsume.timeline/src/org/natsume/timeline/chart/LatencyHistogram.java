package org.natsume.timeline.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.natsume.timeline.core.TimeFormat;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.journey.JourneyTable;

/**
 * Guest-ISR latency of every journey (assertion to the first instruction of the owner's ISR, domain.md §6.3) per
 * asserting device, in logarithmic bins: {@value #BINS_PER_DECADE} per decade from 100 ns to 100 ms, plus an
 * underflow and an overflow bin. Built in one pass over the journey table's columns.
 */
public final class LatencyHistogram {

    public static final int BINS_PER_DECADE = 5;
    public static final double MIN_NS = 100;
    public static final int DECADES = 6;
    /** Log bins, then the overflow bin (values below MIN_NS go to bin 0). */
    public static final int BINS = BINS_PER_DECADE * DECADES + 1;

    /** One device's counts. */
    public record Series(String device, long[] counts, long total) {
    }

    private final List<Series> series;

    private LatencyHistogram(List<Series> series) {
        this.series = series;
    }

    public static LatencyHistogram of(JourneyTable t, TraceMetadata m) {
        int devices = m.devices().size();
        long[][] counts = new long[devices + 1][BINS];
        int rows = t.rowCount();
        for (int r = 0; r < rows; r++) {
            long lat = t.latencyNs(r);
            if (lat < 0) {
                continue;
            }
            int d = t.device(r);
            counts[d >= 0 && d < devices ? d : devices][bin(lat)]++;
        }
        List<Series> out = new ArrayList<>();
        for (int d = 0; d <= devices; d++) {
            long total = 0;
            for (long c : counts[d]) {
                total += c;
            }
            if (total > 0) {
                out.add(new Series(d < devices ? m.deviceName(d) : "no device (event channel)", counts[d], total));
            }
        }
        return new LatencyHistogram(out);
    }

    /** Journey rows whose latency falls in bin (the journeys a click on the bin selects), in table order. */
    public static int[] rowsIn(JourneyTable t, int bin) {
        int[] out = new int[16];
        int n = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            long lat = t.latencyNs(r);
            if (lat >= 0 && bin(lat) == bin) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = r;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** "10.0 µs – 15.8 µs" for bin b. */
    public static String binLabel(int b) {
        String from = b == 0 ? "0" : TimeFormat.duration(Math.round(lowerNs(b)));
        return b == BINS - 1 ? "≥ " + from : from + " – " + TimeFormat.duration(Math.round(lowerNs(b + 1)));
    }

    /** The bin of a latency: floor(log10(ns / MIN_NS) × bins per decade), clamped. */
    public static int bin(long ns) {
        if (ns <= MIN_NS) {
            return 0;
        }
        int b = (int) Math.floor(Math.log10(ns / MIN_NS) * BINS_PER_DECADE + 1e-9);
        return Math.max(0, Math.min(BINS - 1, b));
    }

    /** Lower edge of bin b in ns. */
    public static double lowerNs(int b) {
        return MIN_NS * Math.pow(10, (double) b / BINS_PER_DECADE);
    }

    public List<Series> series() {
        return series;
    }

    public String csv() {
        StringBuilder b = new StringBuilder("device,bin_from_ns,bin_to_ns,count\n");
        for (Series s : series) {
            for (int i = 0; i < BINS; i++) {
                String to = i == BINS - 1 ? "" : String.format(Locale.ROOT, "%.0f", lowerNs(i + 1));
                b.append(csvField(s.device())).append(',').append(String.format(Locale.ROOT, "%.0f", i == 0 ? 0 : lowerNs(i))).append(',')
                        .append(to).append(',').append(s.counts()[i]).append('\n');
            }
        }
        return b.toString();
    }

    static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
