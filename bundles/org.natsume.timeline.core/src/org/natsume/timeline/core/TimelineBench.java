package org.natsume.timeline.core;

import java.io.PrintStream;
import java.util.Arrays;

import org.natsume.trace.TraceStore;
import org.natsume.trace.bench.SyntheticTrace;

/**
 * The timeline's frame benchmark (issue: "one frame of a 10 M-event trace at any zoom ≤ 50 ms"): builds a synthetic
 * trace, opens a {@link TimelineModel} on it and times {@link TimelineModel#frame} at zoom levels from the whole trace
 * down to a few hundred ns, at several positions each. Prints numbers; asserts nothing. Run through
 * {@code ./natsume timeline-bench}.
 */
public final class TimelineBench {

    private final PrintStream out;

    public TimelineBench(PrintStream out) {
        this.out = out;
    }

    public void run(int events, int widthPx) {
        out.printf("timeline-bench: %,d events, %d px wide%n", events, widthPx);
        TraceStore store = new TraceStore(SyntheticTrace.metadata(SyntheticTrace.durationFor(events)));
        SyntheticTrace.generate(store, events, 1);
        long t0 = System.nanoTime();
        TimelineModel model = new TimelineModel(store, widthPx);
        out.printf("open            %d ms (LOD and journey table), %d rows, %,d journeys%n", (System.nanoTime() - t0) / 1_000_000,
                model.layout().size(), model.journeys().rowCount());
        Viewport full = model.fullRange(widthPx);
        Frame frame = new Frame();
        long first = System.nanoTime();
        model.frame(frame);
        out.printf("first frame     %.3f ms (includes JIT warm-up)%n", (System.nanoTime() - first) / 1e6);
        for (long zoom = 1; full.spanNs() / zoom >= 100; zoom *= 10) { // warm-up: one pass over every zoom level
            for (int k = 0; k < 5; k++) {
                model.setViewport(full.zoom(zoom, widthPx * k / 4));
                model.frame(frame);
            }
        }
        double worst = 0;
        for (long zoom = 1; full.spanNs() / zoom >= 100; zoom *= 10) {
            long[] times = new long[21];
            int primitives = 0;
            boolean lod = false;
            boolean raw = false;
            for (int k = 0; k < times.length; k++) {
                Viewport v = full.zoom(zoom, (int) ((long) widthPx * k / (times.length - 1)));
                model.setViewport(v);
                long s = System.nanoTime();
                model.frame(frame);
                times[k] = System.nanoTime() - s;
                primitives = Math.max(primitives, frame.primitiveCount());
                lod |= frame.fromLod();
                raw |= !frame.fromLod();
            }
            Arrays.sort(times);
            double median = times[times.length / 2] / 1e6;
            double max = times[times.length - 1] / 1e6;
            worst = Math.max(worst, max);
            out.printf("zoom ×%-10d %-14s median %7.3f ms, max %7.3f ms, ≤ %,d primitives (%s)%n", zoom,
                    TimeFormat.duration(full.spanNs() / zoom), median, max, primitives, lod && raw ? "LOD and raw events" : lod ? "LOD" : "raw events");
        }
        out.printf("worst frame     %.3f ms (budget 50 ms)%n", worst);
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        new TimelineBench(System.out).run(events, 1600);
    }
}
