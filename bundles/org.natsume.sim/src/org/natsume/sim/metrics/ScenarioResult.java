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

    /**
     * Per-run means of each domain's figures: own and spurious interrupts, CPU busy ns, then the credit priority
     * residency in VCPU-ns at BOOST, UNDER and OVER.
     */
    public Map<String, double[]> domainMeans() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (RunSummary r : runs) {
            r.domains().forEach((name, d) -> {
                double[] a = out.computeIfAbsent(name, k -> new double[6]);
                double n = runs.size();
                a[0] += d.interruptsOwn() / n;
                a[1] += d.interruptsSpurious() / n;
                a[2] += d.cpuBusyNs() / n;
                a[3] += d.boostNs() / n;
                a[4] += d.underNs() / n;
                a[5] += d.overNs() / n;
            });
        }
        return out;
    }
}
