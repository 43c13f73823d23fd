package org.natsume.timeline.core;

/**
 * Formats simulated times for the ruler and tooltips in ns, µs, ms or s (domain.md §6.3 reports latencies in µs and
 * ms): the unit is chosen from the precision needed, and the number of decimals shows exactly that precision.
 */
public final class TimeFormat {

    private static final String[] UNITS = {"ns", "µs", "ms", "s"};

    private TimeFormat() {
    }

    /**
     * timeNs in the largest unit of which stepNs is at least a tenth, with the decimals the step needs, e.g.
     * (1_500_000, 500_000) → "1.5 ms", (12_200, 200) → "12.2 µs", (750, 50) → "750 ns"; at least 100 000 of the
     * unit away from 0 it moves up a unit with three more decimals: (3_600_000_002_000, 2_000) → "3600.000002 s".
     */
    public static String format(long timeNs, long stepNs) {
        int unit = 0;
        long scale = 1;
        while (unit < 3 && stepNs >= scale * 100) {
            scale *= 1000;
            unit++;
        }
        int decimals = 0;
        long s = scale;
        while (s > 1 && stepNs % s != 0) {
            s /= 10;
            decimals++;
        }
        // far from the start a fine step would print "3600000002 µs": a larger unit keeps the label short and exact
        while (unit < 3 && Math.abs(timeNs) / scale >= 100_000) {
            scale *= 1000;
            unit++;
            decimals += 3;
        }
        return number(timeNs, scale, decimals) + " " + UNITS[unit];
    }

    /** Show instants as ns since the run's start instead of µs/ms ({@link #instant}); the view's option. */
    private static volatile boolean absoluteNs;

    public static void setAbsoluteNs(boolean on) {
        absoluteNs = on;
    }

    public static boolean absoluteNs() {
        return absoluteNs;
    }

    /**
     * An instant of the trace relative to its start (simulated time 0) in µs or ms at ns precision, e.g. "812.345 µs",
     * "12.395709 ms", "3.000000001 s"; or "12395709 ns" when {@link #setAbsoluteNs} is on.
     */
    public static String instant(long timeNs) {
        if (absoluteNs) {
            return timeNs + " ns";
        }
        long a = Math.abs(timeNs);
        String sign = timeNs < 0 ? "-" : "";
        if (a < 1_000_000) {
            return sign + a / 1000 + "." + pad(a % 1000, 3) + " µs";
        }
        if (a < 1_000_000_000) {
            return sign + a / 1_000_000 + "." + pad(a % 1_000_000, 6) + " ms";
        }
        return sign + a / 1_000_000_000 + "." + pad(a % 1_000_000_000, 9) + " s";
    }

    private static String pad(long v, int digits) {
        String s = Long.toString(v);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    /** A duration with three significant digits, e.g. 1234 → "1.23 µs", 950 → "950 ns". */
    public static String duration(long ns) {
        long a = Math.abs(ns);
        int unit = 0;
        long scale = 1;
        while (unit < 3 && a >= scale * 1000) {
            scale *= 1000;
            unit++;
        }
        int decimals = a >= scale * 100 ? 0 : a >= scale * 10 ? 1 : 2;
        if (unit == 0) {
            decimals = 0;
        }
        return number(ns, scale, decimals) + " " + UNITS[unit];
    }

    private static String number(long ns, long scale, int decimals) {
        StringBuilder b = new StringBuilder();
        if (ns < 0) {
            b.append('-');
        }
        long a = Math.abs(ns);
        long pow = 1;
        for (int i = 0; i < decimals; i++) {
            pow *= 10;
        }
        long unitPart = scale / pow; // ns per last printed digit
        long rounded = (a + unitPart / 2) / unitPart; // value in units of the last digit
        b.append(rounded / pow);
        if (decimals > 0) {
            String frac = Long.toString(rounded % pow);
            b.append('.');
            for (int i = frac.length(); i < decimals; i++) {
                b.append('0');
            }
            b.append(frac);
        }
        return b.toString();
    }
}
