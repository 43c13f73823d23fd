package org.natsume.cli.commands;

import java.io.PrintStream;
import java.util.Locale;

import org.natsume.sweep.Cell;
import org.natsume.sweep.SweepProgress;

/**
 * A sweep's progress on the error stream: cells done, a bar and the time left, estimated from the cells this
 * session ran. On a terminal the line is redrawn in place; in a log it is printed at most every few seconds.
 */
final class ProgressBar implements SweepProgress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private long start;
    private int skipped;
    private long lastPrint;

    ProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(int total, int skipped) {
        this.start = System.nanoTime();
        this.skipped = skipped;
        if (skipped > 0) {
            err.printf(Locale.ROOT, "resuming: %d of %d cells already done%n", skipped, total);
        }
        draw(skipped, total, true);
    }

    @Override
    public void cellDone(Cell cell, boolean ok, int done, int total) {
        draw(done, total, done == total);
    }

    private void draw(int done, int total, boolean force) {
        long now = System.nanoTime();
        if (!terminal && !force && now - lastPrint < 5_000_000_000L) {
            return;
        }
        lastPrint = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        int ranNow = done - skipped;
        String eta = "";
        if (ranNow > 0 && done < total) {
            double perCell = (now - start) / 1e9 / ranNow;
            eta = "  ETA " + duration(perCell * (total - done));
        }
        String line = String.format(Locale.ROOT, "[%s] %d/%d cells  %3d%%%s", bar, done, total,
                total == 0 ? 100 : 100L * done / total, eta);
        if (terminal) {
            err.print("\r" + line + "\033[K" + (done == total ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }

    static String duration(double s) {
        long t = Math.round(s);
        if (t >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", t / 3600, t / 60 % 60);
        }
        return t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
    }
}
