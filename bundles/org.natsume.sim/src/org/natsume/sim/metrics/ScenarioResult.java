package org.natsume.sim.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** One scenario aggregated over its runs: throughput statistics and per-run means of everything else. */
public record ScenarioResult(String id, List<RunSummary> runs) {

    public ScenarioResult {
        runs = List.copyOf(runs);
    }

    public Stat stat(ToDoubleFunction<RunSummary> f) {
        return Stat.of(runs.stream().mapToDouble(f).toArray());
    }

    public double mean(ToDoubleFunction<RunSummary> f) {
        return stat(f).mean();
    }

    public Stat throughput() {
        return stat(RunSummary::throughputMbps);
    }

    /** Per-run means of each domain's figures. */
    public Map<String, double[]> domainMeans() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (RunSummary r : runs) {
            r.domains().forEach((name, d) -> {
                double[] a = out.computeIfAbsent(name, k -> new double[3]);
                a[0] += d.interruptsOwn() / (double) runs.size();
                a[1] += d.interruptsSpurious() / (double) runs.size();
                a[2] += d.cpuBusyNs() / (double) runs.size();
            });
        }
        return out;
    }
}
