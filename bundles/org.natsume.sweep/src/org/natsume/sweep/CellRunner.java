package org.natsume.sweep;

import java.util.List;

import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.RunSummary;

/**
 * Runs one run of one cell of a plan. A cell whose variant the simulator refuses, or a run that throws, becomes a
 * failed row carrying the message: the other cells go on.
 */
public final class CellRunner {
    private final SweepPlan plan;

    public CellRunner(SweepPlan plan) {
        this.plan = plan;
    }

    public RunRow run(Cell cell, int run) {
        long seed = plan.seed(cell, run);
        List<String> metrics = plan.spec().metrics();
        try {
            SimConfig cfg = SimBinding.toConfig(plan.topology(cell), plan.spec().name() + "[" + plan.key(cell) + "]");
            RunSummary r = SimBinding.run(cfg, seed, Math.round(plan.spec().warmupS() * 1e9),
                    Math.round(plan.spec().durationS() * 1e9));
            double[] values = new double[metrics.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = MetricCatalog.value(metrics.get(i), r);
            }
            return new RunRow(cell.index(), run, seed, true, values, "");
        } catch (RuntimeException | StackOverflowError e) {
            return failed(cell, run, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The row of a run that did not come back: an engine's own failure (a Spark job that gave up) looks the same. */
    public RunRow failed(Cell cell, int run, String message) {
        double[] nan = new double[plan.spec().metrics().size()];
        java.util.Arrays.fill(nan, Double.NaN);
        return new RunRow(cell.index(), run, plan.seed(cell, run), false, nan, message);
    }
}
