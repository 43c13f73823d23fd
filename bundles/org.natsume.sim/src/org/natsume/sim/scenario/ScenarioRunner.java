package org.natsume.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.trace.TraceSink;

/**
 * Runs scenarios N times each, in parallel on a thread pool (each run owns its state). Run i of a scenario uses
 * seed {@code baseSeed + i}, so a scenario's numbers do not depend on which other scenarios run.
 */
public final class ScenarioRunner {
    private final long warmupNs;
    private final long durationNs;
    private final int runs;
    private final long baseSeed;

    public ScenarioRunner(int runs, long durationNs, long warmupNs, long baseSeed) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        if (durationNs <= 0) {
            throw new IllegalArgumentException("--duration must be positive");
        }
        this.runs = runs;
        this.durationNs = durationNs;
        this.warmupNs = warmupNs;
        this.baseSeed = baseSeed;
    }

    public RunSummary runOnce(SimConfig cfg, int run, TraceSink trace) {
        long seed = baseSeed + run;
        return new Simulation(cfg, seed, trace, null).runSummary(seed, warmupNs, durationNs);
    }

    public ScenarioResult run(SimConfig cfg) {
        return runAll(List.of(cfg), 1).get(cfg.name());
    }

    /** Every config × runs on {@code threads} threads; results keyed by config name, in input order. */
    public Map<String, ScenarioResult> runAll(List<SimConfig> configs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Map<String, List<Future<RunSummary>>> futures = new LinkedHashMap<>();
            for (SimConfig cfg : configs) {
                List<Future<RunSummary>> fs = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    final int run = i;
                    fs.add(pool.submit(() -> runOnce(cfg, run, null)));
                }
                futures.put(cfg.name(), fs);
            }
            Map<String, ScenarioResult> out = new LinkedHashMap<>();
            for (Map.Entry<String, List<Future<RunSummary>>> e : futures.entrySet()) {
                List<RunSummary> rs = new ArrayList<>();
                for (Future<RunSummary> f : e.getValue()) {
                    rs.add(f.get());
                }
                out.put(e.getKey(), new ScenarioResult(e.getKey(), rs));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The paper matrix (or a subset), each scenario built by {@code builder} (e.g. ModelScenarios::config, the shipped models). */
    public Map<String, ScenarioResult> runMatrix(List<ScenarioSpec> specs, Function<ScenarioSpec, SimConfig> builder,
            int threads) {
        List<SimConfig> cfgs = new ArrayList<>();
        for (ScenarioSpec s : specs) {
            cfgs.add(builder.apply(s));
        }
        return runAll(cfgs, threads);
    }
}
