package org.natsume.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.natsume.sim.metrics.RunSummary;

/**
 * The metrics a sweep can keep, by name, each read from one run's {@link RunSummary} (the figures of
 * docs/simulation.md "JSON"). Per-domain figures are {@code DOMAIN.own}, {@code DOMAIN.spurious},
 * {@code DOMAIN.cpu_busy_ms}, for the domain ids of the topology.
 */
public final class MetricCatalog {

    /** What a spec keeps when it names no metrics. */
    public static final List<String> DEFAULTS = List.of("throughput_mbps", "spurious_interrupts", "latency_mean_us",
            "latency_p99_us", "line_wait_others_ms");

    private static final Map<String, ToDoubleFunction<RunSummary>> RUN = new LinkedHashMap<>();
    private static final Map<String, String> MEANING = new LinkedHashMap<>();

    static {
        add("throughput_mbps", "TCP goodput of the measured guest, Mb/s", RunSummary::throughputMbps);
        add("flood_mbps", "UDP payload delivered to the flooded guest, Mb/s", RunSummary::floodMbps);
        add("own_interrupts", "measured guest: deliveries that found its device asserting", r -> r.measuredOwn());
        add("spurious_interrupts", "measured guest: PIRQ notifications while none of its devices asserted",
                r -> r.measuredSpurious());
        add("latency_mean_us", "pin assertion to first ISR instruction, mean, µs", r -> r.latency().mean() / 1e3);
        add("latency_p50_us", "... median, µs", r -> r.latency().p50() / 1e3);
        add("latency_p99_us", "... 99th percentile, µs", r -> r.latency().p99() / 1e3);
        add("latency_max_us", "... maximum, µs", r -> r.latency().max() / 1e3);
        add("latency_samples", "... number of samples", r -> r.latency().count());
        add("ipi_kick", "kick IPIs, all PCPUs", r -> r.ipiKick());
        add("ipi_eoi", "remote-EOI IPIs, all PCPUs", r -> r.ipiEoi());
        add("ipi_tickle", "scheduler tickle IPIs, all PCPUs", r -> r.ipiTickle());
        add("path_ipis", "kick + tickle to, remote EOI from the measured guest's PCPU",
                r -> r.measuredPathKick() + r.measuredPathEoi());
        add("line_blocked_ms", "measured device's GSI awaiting EOI or masked, ms", r -> r.lineBlockedNs() / 1e6);
        add("line_wait_others_ms", "... after the measured guest had EOI'd (waiting for other domains), ms",
                r -> r.lineWaitOthersNs() / 1e6);
        add("eoi_timer_firings", "Xen EOI timer firings", r -> r.eoiTimerFirings());
        add("rt_response_mean_us", "periodic RT task: release to completion, mean, µs (0 without a task)",
                r -> r.rtResponse().mean() / 1e3);
        add("rt_response_p99_us", "... 99th percentile, µs", r -> r.rtResponse().p99() / 1e3);
        add("rt_response_max_us", "... maximum, µs", r -> r.rtResponse().max() / 1e3);
        add("tcp_retransmits", "TCP segments retransmitted (guest and peer senders)", r -> r.tcpRetransmits());
        add("tcp_rtos", "TCP retransmission timeouts", r -> r.tcpRtos());
        add("tcp_recoveries", "TCP loss recoveries entered (SACK/FACK)", r -> r.tcpRecoveries());
        add("drops_nic_rx_ring", "frames dropped at full NIC RX rings",
                r -> r.frameDrops(org.natsume.sim.metrics.RunMetrics.DropPlace.NIC_RX_RING));
        add("drops_netback_queue", "frames dropped at full netback vif queues",
                r -> r.frameDrops(org.natsume.sim.metrics.RunMetrics.DropPlace.NETBACK_QUEUE));
        add("drops_qdisc", "frames dropped at full transmit qdiscs",
                r -> r.frameDrops(org.natsume.sim.metrics.RunMetrics.DropPlace.QDISC));
        add("events", "kernel events processed (cost of the run)", r -> r.events());
    }

    private static final Map<String, ToDoubleFunction<RunSummary.DomainFigures>> DOMAIN = Map.of(
            "own", d -> d.interruptsOwn(),
            "spurious", d -> d.interruptsSpurious(),
            "cpu_busy_ms", d -> d.cpuBusyNs() / 1e6);

    private MetricCatalog() {
    }

    private static void add(String name, String meaning, ToDoubleFunction<RunSummary> f) {
        RUN.put(name, f);
        MEANING.put(name, meaning);
    }

    /** Run-level metric names and what they mean, for docs and error messages. */
    public static Map<String, String> runMetrics() {
        return Map.copyOf(MEANING);
    }

    public static List<String> runMetricNames() {
        return List.copyOf(RUN.keySet());
    }

    /**
     * Why {@code name} is not a metric for a topology with these domains, or empty when it is one.
     */
    public static Optional<String> check(String name, List<String> domains) {
        if (RUN.containsKey(name)) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String domain = name.substring(0, dot);
            String figure = name.substring(dot + 1);
            if (!DOMAIN.containsKey(figure)) {
                return Optional.of("unknown per-domain figure '" + figure + "' (known: own, spurious, cpu_busy_ms)");
            }
            if (!domains.contains(domain)) {
                return Optional.of("no domain '" + domain + "' in the topology (domains: " + String.join(", ", domains) + ")");
            }
            return Optional.empty();
        }
        return Optional.of("unknown metric '" + name + "' (known: " + String.join(", ", RUN.keySet())
                + ", or DOMAIN.own / DOMAIN.spurious / DOMAIN.cpu_busy_ms)");
    }

    /** The value of a checked metric in one run; a domain the run does not have reads 0. */
    public static double value(String name, RunSummary r) {
        ToDoubleFunction<RunSummary> f = RUN.get(name);
        if (f != null) {
            return f.applyAsDouble(r);
        }
        int dot = name.lastIndexOf('.');
        RunSummary.DomainFigures d = r.domains().get(name.substring(0, dot));
        return d == null ? 0 : DOMAIN.get(name.substring(dot + 1)).applyAsDouble(d);
    }
}
