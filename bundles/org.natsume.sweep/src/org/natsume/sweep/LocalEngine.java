package org.natsume.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs a plan's cells on a thread pool, one task per run (each run owns its simulation), and writes a cell's file
 * as soon as its last run is in. Cells already finished in the output folder are skipped, so a killed sweep
 * resumes where it stopped; {@link #cancel} stops it like a kill, without writing what was under way.
 */
public final class LocalEngine {
    private final SweepPlan plan;
    private final SweepOutput output;
    private final int threads;
    private final SweepProgress progress;
    private volatile boolean cancelled;
    private volatile ExecutorService pool;

    /** The result: how many cells ran now and how many were read back, and the summary. */
    public record Outcome(int cellsRun, int cellsSkipped, SweepSummary summary) {
    }

    public LocalEngine(SweepPlan plan, SweepOutput output, int threads, SweepProgress progress) {
        this.plan = plan;
        this.output = output;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    public void cancel() {
        cancelled = true;
        ExecutorService p = pool;
        if (p != null) {
            p.shutdownNow();
        }
    }

    /** @return null when cancelled */
    public Outcome run() throws IOException, InterruptedException {
        output.open();
        List<Cell> todo = output.unfinished();
        int total = plan.cells().size();
        int skipped = total - todo.size();
        progress.started(total, skipped);
        AtomicInteger done = new AtomicInteger(skipped);
        int runs = plan.spec().runs();
        CellRunner runner = new CellRunner(plan);
        List<Throwable> engineErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        pool = Executors.newFixedThreadPool(threads);
        try {
            for (Cell c : todo) {
                AtomicReferenceArray<RunRow> rows = new AtomicReferenceArray<>(runs);
                AtomicInteger left = new AtomicInteger(runs);
                for (int r = 0; r < runs; r++) {
                    final int run = r;
                    pool.execute(() -> {
                        if (cancelled) {
                            return;
                        }
                        try {
                            rows.set(run, runner.run(c, run));
                        } catch (Error e) {
                            // not a failing cell but a broken engine (a class missing from the class path, ...):
                            // stop and say so rather than finish with cells silently absent
                            engineErrors.add(e);
                            cancel();
                            return;
                        }
                        if (left.decrementAndGet() == 0 && !cancelled) {
                            finishCell(c, rows, done, total, engineErrors);
                        }
                    });
                }
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                if (cancelled) {
                    break;
                }
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            if (!cancelled) {
                throw e;
            }
        } finally {
            pool.shutdownNow();
        }
        if (!engineErrors.isEmpty()) {
            Throwable t = engineErrors.get(0);
            throw t instanceof IOException io ? io : new IOException("the sweep stopped: " + t, t);
        }
        if (cancelled) {
            return null;
        }
        SweepSummary summary = output.finish(output.allRows());
        return new Outcome(todo.size(), skipped, summary);
    }

    private void finishCell(Cell c, AtomicReferenceArray<RunRow> rows, AtomicInteger done, int total,
            List<Throwable> engineErrors) {
        List<RunRow> list = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < rows.length(); i++) {
            list.add(rows.get(i));
            ok &= rows.get(i).ok();
        }
        try {
            output.writeCell(c, list);
        } catch (IOException | UncheckedIOException e) {
            engineErrors.add(e);
            cancel();
            return;
        }
        synchronized (progress) {
            progress.cellDone(c, ok, done.incrementAndGet(), total);
        }
    }
}
