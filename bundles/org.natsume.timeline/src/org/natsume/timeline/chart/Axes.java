package org.natsume.timeline.chart;

/** Axis helpers: a 1/2/5 × 10^k step giving about the wanted number of ticks. */
final class Axes {

    private Axes() {
    }

    static long niceStep(double max, int ticks) {
        double raw = Math.max(1e-9, max / Math.max(1, ticks));
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] m = {1, 2, 5, 10};
        for (double k : m) {
            if (k * pow >= raw) {
                return Math.max(1, (long) Math.ceil(k * pow));
            }
        }
        return Math.max(1, (long) Math.ceil(10 * pow));
    }
}
