package org.natsume.spark;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.natsume.sweep.CellRunner;
import org.natsume.sweep.RunRow;
import org.natsume.sweep.SweepPlan;

/**
 * One Spark task: one run of one cell, by the sweep bundle's {@link CellRunner}, the same code the local engine
 * runs. The seed comes from the plan (spec and cell), never from the executor or the partition.
 */
final class RunTask implements Function<Integer, RunRow> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<PlanText> plan;
    private final int cell;

    RunTask(Broadcast<PlanText> plan, int cell) {
        this.plan = plan;
        this.cell = cell;
    }

    @Override
    public RunRow call(Integer run) {
        SweepPlan p = plan.value().plan();
        return new CellRunner(p).run(p.cells().get(cell), run);
    }
}
