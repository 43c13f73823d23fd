package org.natsume.sim.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.natsume.sim.config.SimConfig;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.kernel.Simulator;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;

/**
 * Speed of the simulation (docs/simulation.md: the kernel): the classic hold benchmark of the event queue at 1 k
 * and 100 k pending events (each event reschedules itself an exponential delay later), and simulated seconds per
 * wall-clock second of the heaviest paper scenario after a JIT warm-up.
 */
public final class SimBench {
    /** Simulated seconds of warm-up before the measured runs, one run per second. */
    private static final int WARMUP_RUNS = 4;
    private final PrintStream out;

    public SimBench(PrintStream out) {
        this.out = out;
    }

    public record Result(double holdEventsPerSec1k, double holdEventsPerSec100k, double simSecondsPerWallSecond,
            double scenarioEventsPerSec) {
    }

    /** Hold benchmark: events/s with {@code pending} events in the queue. */
    public static double hold(int pending, long events) {
        Simulator sim = new Simulator();
        SplittableRandom r = new SplittableRandom(42);
        long[] count = new long[1];
        int[] target = new int[1];
        EventHandler h = (kind, arg) -> {
            count[0]++;
            sim.after(1 + (long) (-Math.log(1 - r.nextDouble()) * 1000), target[0], 0, 0);
        };
        target[0] = sim.register(h);
        for (int i = 0; i < pending; i++) {
            sim.at((long) (r.nextDouble() * 1000), target[0], 0, 0);
        }
        // warm-up, then measure
        runEvents(sim, count, events / 4);
        long c0 = count[0];
        long t0 = System.nanoTime();
        runEvents(sim, count, events);
        long t1 = System.nanoTime();
        return (count[0] - c0) / ((t1 - t0) / 1e9);
    }

    private static void runEvents(Simulator sim, long[] count, long n) {
        long target = count[0] + n;
        long horizon = sim.now();
        while (count[0] < target) {
            horizon += 1_000_000;
            sim.runUntil(horizon);
        }
    }

    public Result run(String scenarioId, Function<ScenarioSpec, SimConfig> builder, double seconds) {
        double h1 = hold(1_000, 20_000_000);
        out.printf(Locale.ROOT, "kernel hold, 1 k pending:   %,.0f events/s%n", h1);
        double h100 = hold(100_000, 10_000_000);
        out.printf(Locale.ROOT, "kernel hold, 100 k pending: %,.0f events/s%n", h100);
        SimConfig cfg = builder.apply(ScenarioSpec.parse(scenarioId));
        // warm-up runs for the JIT (after a single 1-s run the JIT was still compiling into the first measured runs), then three
        // measured runs (best and median: other processes share the machine)
        for (int w = 0; w < WARMUP_RUNS; w++) {
            new Simulation(cfg, 7 + w, null, null).run(Simulation.DEFAULT_WARMUP_NS, 1_000_000_000L);
        }
        double simSec = seconds + Simulation.DEFAULT_WARMUP_NS / 1e9;
        double[] ratios = new double[3];
        double evs = 0;
        for (int i = 0; i < ratios.length; i++) {
            Simulation s = new Simulation(cfg, 1, null, null);
            long t0 = System.nanoTime();
            s.run(Simulation.DEFAULT_WARMUP_NS, (long) (seconds * 1e9));
            double wall = (System.nanoTime() - t0) / 1e9;
            ratios[i] = simSec / wall;
            evs = Math.max(evs, s.context().sim.eventsProcessed() / wall);
        }
        java.util.Arrays.sort(ratios);
        double ratio = ratios[ratios.length - 1];
        out.printf(Locale.ROOT, "%s: %.2f simulated s per run, best %.1f x / median %.1f x real time (%,.0f events/s, one core)%n",
                scenarioId, simSec, ratio, ratios[1], evs);
        return new Result(h1, h100, ratio, evs);
    }
}
