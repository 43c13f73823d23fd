package org.natsume.spark;

import java.io.PrintStream;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.natsume.sweep.LocalEngine;
import org.natsume.sweep.RowCsv;
import org.natsume.sweep.SweepOutput;
import org.natsume.sweep.SweepPlan;
import org.natsume.sweep.SweepSummary;
import org.natsume.sweep.spec.SpecException;
import org.natsume.sweep.spec.SweepSpecParser;

/**
 * {@code spark-submit --class org.natsume.spark.SweepJob natsume-spark-job.jar SPEC OUT [--master URL]
 * [--parquet URI]}: a sweep on Spark (docs/sweeps.md "Engines"). The driver reads and checks the spec and its
 * topology before anything runs (exit 2 naming the line and key, as {@code ./natsume sweep}), the executors run the
 * cells, the driver writes {@code OUT} like the local engine and {@code rows.parquet}. Exit 1 when a cell failed;
 * the other cells still ran.
 */
public final class SweepJob {

    private SweepJob() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        JobArgs a;
        try {
            a = JobArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("natsume sweep: " + e.getMessage());
            err.println(JobArgs.USAGE);
            return 2;
        }
        SweepPlan plan;
        try {
            plan = SweepPlan.of(SweepSpecParser.parse(a.spec()));
        } catch (SpecException e) {
            err.println("natsume sweep: " + e.getMessage());
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("natsume sweep " + plan.spec().name());
        if (a.master() != null) {
            conf.setMaster(a.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // started without spark-submit and without --master
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            out.printf(Locale.ROOT, "%s: %d cells x %d runs x %s s simulated on Spark %s (%s, %d cores) -> %s%n",
                    plan.spec().name(), plan.cells().size(), plan.spec().runs(), RowCsv.number(plan.spec().durationS()),
                    spark.version(), spark.sparkContext().master(), spark.sparkContext().defaultParallelism(), a.out());
            long t0 = System.nanoTime();
            LocalEngine.Outcome o;
            SparkEngine engine = new SparkEngine(spark, plan, new SweepOutput(a.out(), plan), a.parquet(),
                    new LogProgress(err, plan));
            try {
                o = engine.run();
            } catch (IllegalStateException e) {
                err.println("natsume sweep: " + e.getMessage());
                return 2;
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            SweepSummary s = o.summary();
            out.println();
            out.print(s.table());
            out.println();
            out.printf(Locale.ROOT, "%d cells run in %.1f s (%.1f cells/min), %d read back; wrote %s, %s, %s, %s "
                    + "(in %.1f s)%n", o.cellsRun(), wall, o.cellsRun() == 0 ? 0 : o.cellsRun() / (wall / 60),
                    o.cellsSkipped(), a.out().resolve(SweepOutput.ROWS), a.out().resolve(SweepOutput.SUMMARY_CSV),
                    a.out().resolve(SweepOutput.SUMMARY_TXT), a.parquet(), engine.parquetSeconds());
            for (String f : s.failureReports()) {
                err.println("natsume sweep: " + f);
            }
            return s.failedCells().isEmpty() ? 0 : 1;
        } catch (java.io.IOException e) {
            err.println("natsume sweep: cannot write " + a.out() + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("natsume sweep: interrupted; run the same command again to resume");
            return 2;
        }
    }
}
