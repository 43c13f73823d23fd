package org.natsume.timeline.chart;

import java.util.Locale;

/** A value axis for the sweep charts: nice ticks over [lo, hi] that work for fractions as well as counts. */
final class ValueScale {

    private ValueScale() {
    }

    /** {bottom, top, step} with about five ticks. */
    static double[] of(double lo, double hi) {
        if (hi <= lo) {
            hi = lo + (lo == 0 ? 1 : Math.abs(lo) * 0.1);
        }
        double raw = (hi - lo) / 5;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = pow * 10;
        for (double k : new double[] {1, 2, 5, 10}) {
            if (k * pow >= raw) {
                step = k * pow;
                break;
            }
        }
        return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step};
    }

    static int y(double v, double[] s, int top, int bottom) {
        return bottom - (int) Math.round((v - s[0]) / (s[1] - s[0]) * (bottom - top));
    }

    static String label(double v, double step) {
        if (Math.abs(v) < step / 1e6) {
            return "0";
        }
        if (step >= 1 && Math.abs(v) >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", v / 1000);
        }
        int digits = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
