package org.natsume.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.natsume.cli.Args;
import org.natsume.cli.CommandContext;
import org.natsume.cli.UsageException;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.LatencyStats;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.scenario.Simulation;
import org.natsume.timeline.core.breakpoint.LatencyAbove;
import org.natsume.timeline.core.breakpoint.LineBlockedLonger;
import org.natsume.trace.TraceStore;
import org.natsume.trace.flight.FlightRecorder;
import org.natsume.trace.flight.KeptWindow;
import org.natsume.trace.io.TraceFileWriter;

/**
 * {@code simulate --keep-worst N [--context MS] [--break-latency US] [--break-blocked US] --trace OUT}: one run with a
 * {@link FlightRecorder} as its trace sink. The run's statistics cover all of it (the simulator's metrics, latency in
 * an HdrHistogram); the trace keeps the N worst journeys by latency and by line-blocked time with ±context, and a
 * window around every breakpoint hit.
 */
final class FlightRecording {

    static final List<String> OPTIONS = List.of("--context", "--break-latency", "--break-blocked");
    /** Longest latency or blocked episode whose start the recorder can still look back to (documented in cli.md). */
    static final long LOOK_BACK_NS = 100_000_000L;

    private final int keepWorst;
    private final long contextNs;
    private final long breakLatencyNs;
    private final long breakBlockedNs;

    private FlightRecording(int keepWorst, long contextNs, long breakLatencyNs, long breakBlockedNs) {
        this.keepWorst = keepWorst;
        this.contextNs = contextNs;
        this.breakLatencyNs = breakLatencyNs;
        this.breakBlockedNs = breakBlockedNs;
    }

    /** The recording the options ask for, or null without --keep-worst. */
    static FlightRecording of(Args args, int runs) throws UsageException {
        if (args.option("--keep-worst").isEmpty()) {
            return null;
        }
        int n = args.intOption("--keep-worst", 0);
        if (n < 1 || n > 100_000) {
            throw new UsageException("--keep-worst must be in 1..100000, not " + n);
        }
        if (args.option("--trace").isEmpty()) {
            throw new UsageException("--keep-worst keeps its journeys in a trace: give --trace OUT");
        }
        if (runs != 1) {
            throw new UsageException("--keep-worst records one run; leave out --runs " + runs);
        }
        double contextMs = args.doubleOption("--context", 1);
        if (contextMs < 0 || contextMs > 1000) {
            throw new UsageException("--context must be in [0, 1000] ms, not " + contextMs);
        }
        return new FlightRecording(n, Math.round(contextMs * 1e6), micros(args, "--break-latency"), micros(args, "--break-blocked"));
    }

    private static long micros(Args args, String option) throws UsageException {
        if (args.option(option).isEmpty()) {
            return -1;
        }
        double us = args.doubleOption(option, 0);
        if (us <= 0) {
            throw new UsageException(option + " must be a positive number of µs, not " + args.option(option).get());
        }
        return Math.round(us * 1e3);
    }

    ScenarioResult run(CommandContext ctx, SimConfig cfg, long seed, long durationNs, Path out) throws java.io.IOException {
        FlightRecorder recorder = new FlightRecorder(keepWorst, contextNs, LOOK_BACK_NS);
        Simulation sim = new Simulation(cfg, seed, recorder, null);
        if (breakLatencyNs > 0) {
            recorder.keepAround(new LatencyAbove(breakLatencyNs, -1, sim.traceMetadata())::test);
        }
        if (breakBlockedNs > 0) {
            recorder.keepAround(new LineBlockedLonger(-1, breakBlockedNs)::test);
        }
        RunSummary summary = sim.runSummary(seed, Simulation.DEFAULT_WARMUP_NS, durationNs);
        ScenarioResult result = new ScenarioResult(cfg.name(), List.of(summary));
        PrintStream p = ctx.out();
        SimulateCommand.print(p, result);
        LatencyStats.Summary l = summary.latency();
        p.printf(Locale.ROOT, "  latency tail (us) p99.9 %.2f p99.99 %.2f max %.2f over %,d samples (HdrHistogram, %d significant digits)%n",
                l.p999() / 1e3, l.p9999() / 1e3, l.max() / 1e3, l.count(), LatencyStats.SIGNIFICANT_DIGITS);
        TraceStore kept = recorder.finish();
        kept.setMetadata(kept.metadata().toBuilder()
                .property("natsume.run.latency-ns", String.format(Locale.ROOT, "count %d min %d mean %.1f p50 %d p99 %d p99.9 %d p99.99 %d max %d",
                        l.count(), l.min(), l.mean(), l.p50(), l.p99(), l.p999(), l.p9999(), l.max()))
                .build());
        new TraceFileWriter().write(kept, out);
        List<KeptWindow> windows = KeptWindow.of(kept.metadata());
        long byLatency = windows.stream().filter(w -> w.reason() == KeptWindow.Reason.LATENCY).count();
        long byBlocked = windows.stream().filter(w -> w.reason() == KeptWindow.Reason.LINE_BLOCKED).count();
        p.printf(Locale.ROOT, "kept %d windows (%d worst by latency, %d by line-blocked time, %d breakpoint hits of %,d) with ±%s ms:"
                + " %,d of %,d events; look-back ring peaked at %,d events%n", windows.size(), byLatency, byBlocked,
                windows.size() - byLatency - byBlocked, recorder.hitsSeen(), contextNs / 1e6, kept.size(), recorder.eventsSeen(),
                recorder.peakRingEvents());
        p.println("wrote flight-recorder trace of run 1 to " + out);
        return result;
    }
}
