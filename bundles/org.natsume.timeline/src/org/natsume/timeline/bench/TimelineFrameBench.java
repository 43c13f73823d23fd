package org.natsume.timeline.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.natsume.timeline.core.Frame;
import org.natsume.timeline.core.TimelineModel;
import org.natsume.timeline.core.Viewport;
import org.natsume.timeline.ui.FramePainter;
import org.natsume.timeline.ui.TimelineGeometry;
import org.natsume.trace.TraceStore;
import org.natsume.trace.bench.SyntheticTrace;

/**
 * Benchmark of one timeline frame (issue "Scale": one frame of a 10 M-event trace at any zoom in at most 50 ms):
 * builds the trace bundle's synthetic trace, then at every zoom level from the whole trace down to 10 µs, at five
 * positions each, computes the frame from the columnar store and its LOD and paints it with SWT GC into an offscreen
 * {@link Image} the size of a timeline view. Prints the median and worst time per zoom level and the overall worst.
 * Needs a display (Xvfb). Not a test: speed is measured, never asserted.
 *
 * <p>Usage: {@code TimelineFrameBench [events] [width] [height]}, defaults 10000000 1280 600.
 */
public final class TimelineFrameBench {

    private static final int POSITIONS = 5;
    private static final int REPEATS = 3;

    private TimelineFrameBench() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 1280;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        Display display = new Display();
        try {
            double worst = run(display, events, width, height, System.out);
            System.exit(worst <= 50 ? 0 : 1);
        } finally {
            display.dispose();
        }
    }

    /** Runs the benchmark and returns the worst frame time in ms. */
    public static double run(Display display, int events, int width, int height, PrintStream out) {
        long t0 = System.nanoTime();
        TraceStore store = new TraceStore(SyntheticTrace.metadata(SyntheticTrace.durationFor(events)));
        int n = SyntheticTrace.generate(store, events, 42);
        long t1 = System.nanoTime();
        int timeWidth = TimelineGeometry.timeWidth(width);
        TimelineModel model = new TimelineModel(store, timeWidth);
        long t2 = System.nanoTime();
        out.printf(Locale.ROOT, "timeline frame benchmark: %,d events over %s; trace built in %.0f ms, LOD + journey table in %.0f ms%n",
                n, org.natsume.timeline.core.TimeFormat.duration(store.endNs() - store.startNs()), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        out.printf(Locale.ROOT, "frame = model.frame() + FramePainter into a %d x %d offscreen Image, %d positions x %d repeats per zoom%n",
                width, height, POSITIONS, REPEATS);
        out.printf(Locale.ROOT, "%14s %10s %10s %10s %12s%n", "visible span", "median ms", "worst ms", "from LOD", "primitives");
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        FramePainter painter = new FramePainter();
        Frame frame = null;
        double worstAll = 0;
        try {
            long full = store.endNs() - store.startNs();
            // warm up the JIT on both paths (LOD and raw events) at every zoom level, not counted
            for (int k = 0; k < 3; k++) {
                for (long span = full; span >= 10_000; span /= 10) {
                    model.setViewport(new Viewport(store.startNs() + k * span / 3, store.startNs() + k * span / 3 + span, timeWidth));
                    frame = model.frame(frame);
                    painter.paint(gc, frame, model.ruler(TimelineGeometry.MIN_MAJOR_TICK_PX), width, height, 0);
                }
            }
            for (long span = full; span >= 10_000; span /= 10) {
                double[] times = new double[POSITIONS * REPEATS];
                int k = 0;
                boolean lod = false;
                int primitives = 0;
                for (int p = 0; p < POSITIONS; p++) {
                    long from = store.startNs() + (long) ((full - span) * (p / (double) Math.max(1, POSITIONS - 1)));
                    model.setViewport(new Viewport(from, from + span, timeWidth));
                    for (int r = 0; r < REPEATS; r++) {
                        long a = System.nanoTime();
                        frame = model.frame(frame);
                        painter.paint(gc, frame, model.ruler(TimelineGeometry.MIN_MAJOR_TICK_PX), width, height, 0);
                        // make sure the drawing reached the image before the clock stops
                        display.update();
                        times[k++] = (System.nanoTime() - a) / 1e6;
                    }
                    lod |= frame.fromLod();
                    primitives = Math.max(primitives, frame.primitiveCount());
                }
                Arrays.sort(times);
                double worst = times[times.length - 1];
                worstAll = Math.max(worstAll, worst);
                out.printf(Locale.ROOT, "%14s %10.1f %10.1f %10s %,12d%n", org.natsume.timeline.core.TimeFormat.duration(span),
                        times[times.length / 2], worst, lod ? "yes" : "no", primitives);
            }
        } finally {
            gc.dispose();
            image.dispose();
        }
        out.printf(Locale.ROOT, "worst frame: %.1f ms (budget 50 ms)%n", worstAll);
        return worstAll;
    }
}
