package org.natsume.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.natsume.sweep.Cell;
import org.natsume.sweep.CellRunner;
import org.natsume.sweep.LocalEngine;
import org.natsume.sweep.RunRow;
import org.natsume.sweep.SweepOutput;
import org.natsume.sweep.SweepPlan;
import org.natsume.sweep.SweepProgress;
import org.natsume.sweep.SweepSummary;

/**
 * The local engine's contract on a cluster: one Spark job per unfinished cell with one task per run, its cell file
 * written by the driver as soon as the job is back, so a killed job resumes like a local sweep; then the same
 * {@code rows.csv} and summaries from the sweep bundle's {@link SweepOutput}, and the rows as Parquet. Several cells'
 * jobs are in flight at once (one driver thread waits for each) so the executors stay busy when cells have few runs.
 */
final class SparkEngine {
    private final SparkSession spark;
    private final SweepPlan plan;
    private final SweepOutput output;
    private final String parquet;
    private final SweepProgress progress;
    private double parquetSeconds;

    /** @param parquet where {@code rows.parquet} goes: a URI every executor can write (file:, hdfs:, s3a:, ...) */
    SparkEngine(SparkSession spark, SweepPlan plan, SweepOutput output, String parquet, SweepProgress progress) {
        this.spark = spark;
        this.plan = plan;
        this.output = output;
        this.parquet = parquet;
        this.progress = progress;
    }

    LocalEngine.Outcome run() throws IOException, InterruptedException {
        output.open();
        List<Cell> todo = output.unfinished();
        int total = plan.cells().size();
        int skipped = total - todo.size();
        progress.started(total, skipped);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<PlanText> text = jsc.broadcast(PlanText.of(plan));
        int[] done = {skipped};
        ExecutorService waiters = Executors.newFixedThreadPool(Math.max(2, jsc.defaultParallelism()));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Cell c : todo) {
                jobs.add(waiters.submit(() -> {
                    List<RunRow> rows = runCell(jsc, text, c);
                    output.writeCell(c, rows);
                    synchronized (progress) {
                        progress.cellDone(c, rows.stream().allMatch(RunRow::ok), ++done[0], total);
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            throw t instanceof IOException io ? io : new IOException("writing a cell failed: " + t, t);
        } finally {
            waiters.shutdownNow();
            text.destroy();
        }
        List<List<String>> rows = output.allRows();
        SweepSummary summary = output.finish(rows);
        long t0 = System.nanoTime();
        RowsParquet.write(spark, plan, rows, parquet);
        parquetSeconds = (System.nanoTime() - t0) / 1e9;
        return new LocalEngine.Outcome(todo.size(), skipped, summary);
    }

    /** How long writing {@code rows.parquet} took (Spark SQL's first query in a session is a large part of a short sweep). */
    double parquetSeconds() {
        return parquetSeconds;
    }

    /** The cell's rows in run order; a job Spark gave up on (its retries spent) fails the cell's runs, not the sweep. */
    private List<RunRow> runCell(JavaSparkContext jsc, Broadcast<PlanText> text, Cell c) {
        int runs = plan.spec().runs();
        jsc.setJobDescription("cell " + c.index() + " (" + plan.key(c) + ")");
        try {
            return jsc.parallelize(IntStream.range(0, runs).boxed().toList(), runs)
                    .map(new RunTask(text, c.index())).collect();
        } catch (RuntimeException e) {
            CellRunner runner = new CellRunner(plan);
            String why = "Spark job failed: " + (e.getMessage() == null ? e.getClass().getName()
                    : e.getMessage().lines().findFirst().orElse(""));
            return IntStream.range(0, runs).mapToObj(r -> runner.failed(c, r, why)).toList();
        }
    }
}
