package org.natsume.trace.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.natsume.trace.TraceStore;
import org.natsume.trace.io.TraceFileReader;
import org.natsume.trace.io.TraceFileWriter;
import org.natsume.trace.journey.JourneyFilter;
import org.natsume.trace.journey.JourneyTable;
import org.natsume.trace.lod.Lane;
import org.natsume.trace.lod.LodSummary;
import org.natsume.trace.lod.TraceLod;

/**
 * Measures the trace store at scale (docs/simulation.md, traces at scale: 10 M events, ≤ 32 bytes each): memory per
 * event, append rate, LOD and journey-table build times, the time to summarise every lane for one 1000-pixel frame
 * at several zoom levels, filter time, and file size and speed. Prints numbers; asserts nothing. Run through
 * {@code ./natsume trace-bench}.
 */
public final class TraceBench {

    private final PrintStream out;
    private long blackhole;

    public TraceBench(PrintStream out) {
        this.out = out;
    }

    /** Runs the benchmark; with a non-null scratch directory it also writes and reads a trace file there. */
    public void run(int events, Path scratchDir) throws IOException {
        out.printf("trace-bench: %,d events (synthetic shared-line trace)%n", events);
        long heapBefore = usedHeap();
        TraceStore store = new TraceStore(SyntheticTrace.metadata(SyntheticTrace.durationFor(events)));
        long t0 = System.nanoTime();
        int n = SyntheticTrace.generate(store, events, 1);
        long appendNs = System.nanoTime() - t0;
        long heapAfter = usedHeap();
        out.printf("append          %,d events in %d ms (%.1f M events/s)%n", n, appendNs / 1_000_000, n * 1e3 / appendNs);
        out.printf("memory          %.2f bytes/event by array sizes, %.2f bytes/event by heap delta (limit 32)%n",
                (double) store.retainedBytes() / n, (double) (heapAfter - heapBefore) / n);

        t0 = System.nanoTime();
        TraceLod lod = new TraceLod(store);
        long lodNs = System.nanoTime() - t0;
        out.printf("LOD build       %d ms, %.2f bytes/event extra, level-0 bucket %d ns, %d lanes%n", lodNs / 1_000_000,
                (double) lod.retainedBytes() / n, lod.baseWidthNs(), lod.lanes().size());

        t0 = System.nanoTime();
        JourneyTable table = new JourneyTable(store);
        long tableNs = System.nanoTime() - t0;
        out.printf("journey table   %,d rows in %d ms, %.2f bytes/event extra%n", table.rowCount(), tableNs / 1_000_000,
                (double) table.retainedBytes() / n);
        long heapAll = usedHeap();
        out.printf("total           %.2f bytes/event for store + LOD + journey table by array sizes, %.2f by heap delta%n",
                (double) (store.retainedBytes() + lod.retainedBytes() + table.retainedBytes()) / n,
                (double) (heapAll - heapBefore) / n);

        frames(store, lod);

        t0 = System.nanoTime();
        int matched = table.select(JourneyFilter.ALL.withDomain(SyntheticTrace.GUEST_B).withSpurious(true).withMinLatencyNs(2_000))
                .size();
        out.printf("filter          %,d of %,d journeys in %d ms%n", matched, table.rowCount(), (System.nanoTime() - t0) / 1_000_000);

        if (scratchDir != null) {
            Path file = Files.createTempFile(scratchDir, "trace-bench", ".ntrace");
            try {
                t0 = System.nanoTime();
                new TraceFileWriter().write(store, file);
                long writeNs = System.nanoTime() - t0;
                long size = Files.size(file);
                t0 = System.nanoTime();
                TraceStore back = new TraceFileReader().read(file);
                long readNs = System.nanoTime() - t0;
                out.printf("file            %.2f bytes/event on disk (deflate), write %d ms, read %d ms, %,d events back%n",
                        (double) size / n, writeNs / 1_000_000, readNs / 1_000_000, back.size());
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** One frame = every lane summarised into 1000 buckets; median of several frames per zoom level. */
    private void frames(TraceStore store, TraceLod lod) {
        List<Lane> lanes = lod.lanes();
        long span = store.endNs() - store.startNs() + 1;
        LodSummary reuse = new LodSummary();
        for (long zoom = 1; zoom <= 1_000_000; zoom *= 100) {
            long width = Math.max(1000, span / zoom);
            long[] times = new long[15];
            for (int f = 0; f < times.length; f++) {
                long from = store.startNs() + (span - width) * f / times.length;
                long t0 = System.nanoTime();
                long touched = 0;
                for (Lane lane : lanes) {
                    touched += lod.summarize(lane, from, from + width, 1000, reuse).totalCount();
                }
                times[f] = System.nanoTime() - t0;
                blackhole += touched; // keeps the JIT from dropping the summaries
            }
            Arrays.sort(times);
            out.printf("frame 1/%-7d  %,12d ns visible: median %.3f ms, max %.3f ms (%d lanes × 1000 buckets)%n", zoom, width,
                    times[times.length / 2] / 1e6, times[times.length - 1] / 1e6, lanes.size());
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** For running without the CLI: {@code java ... TraceBench [events]}. */
    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        new TraceBench(System.out).run(events, Path.of(System.getProperty("java.io.tmpdir")));
    }
}
