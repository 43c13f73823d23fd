package org.natsume.spark;

import java.io.PrintStream;
import java.util.Locale;

import org.natsume.sweep.Cell;
import org.natsume.sweep.SweepPlan;
import org.natsume.sweep.SweepProgress;

/**
 * Progress as log lines (a Spark driver's output is a log, often not a terminal): each finished cell with its
 * parameters, cells done, and the time left estimated from the cells this job ran.
 */
final class LogProgress implements SweepProgress {
    private final PrintStream err;
    private final SweepPlan plan;
    private final long t0 = System.nanoTime();
    private int skipped;

    LogProgress(PrintStream err, SweepPlan plan) {
        this.err = err;
        this.plan = plan;
    }

    @Override
    public void started(int total, int skipped) {
        this.skipped = skipped;
        if (skipped > 0) {
            err.println("natsume sweep: " + skipped + " of " + total + " cells read back from the output folder");
        }
    }

    @Override
    public void cellDone(Cell cell, boolean ok, int done, int total) {
        double s = (System.nanoTime() - t0) / 1e9;
        int ran = done - skipped;
        double left = ran == 0 ? 0 : s / ran * (total - done);
        err.printf(Locale.ROOT, "natsume sweep: %d/%d cells, %s%s, %.0f s left%n", done, total, plan.key(cell),
                ok ? "" : " FAILED", left);
    }
}
