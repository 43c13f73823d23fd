package org.natsume.sim.metrics;

/** Mean, min, max, (population) standard deviation and coefficient of variation of per-run values. */
public record Stat(double mean, double min, double max, double std, double cov) {

    public static Stat of(double[] v) {
        if (v.length == 0) {
            return new Stat(0, 0, 0, 0, 0);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = sum / v.length;
        double sq = 0;
        for (double x : v) {
            sq += (x - mean) * (x - mean);
        }
        double std = Math.sqrt(sq / v.length);
        return new Stat(mean, min, max, std, mean == 0 ? 0 : std / mean);
    }
}
