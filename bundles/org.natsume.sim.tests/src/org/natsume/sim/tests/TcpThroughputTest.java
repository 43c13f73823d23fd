package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.topology.Topology.PeriodicTask;
import org.natsume.topology.Topology.Workload;

/**
 * The TCP stream against the physical limit: without stalls it runs at 941.48 Mb/s (1448 B of payload per
 * 1538 B on the wire, MTU 1500 with timestamps); a receiver that stops polling for 5 ms every 50 ms loses
 * throughput — by waiting (its window is smaller than the ring) or, with a window larger than the ring, by losses.
 */
class TcpThroughputTest {
    private static final double CEILING = 1448.0 / 1538 * 1000;

    private static RunSummary run(SimConfig cfg, Simulation[] out) {
        Simulation sim = new Simulation(cfg, 3, null, null);
        out[0] = sim;
        return sim.runSummary(3, 50_000_000L, 500_000_000L);
    }

    /** The config with a periodic busy job of costNs every periodNs in the receiving OS (a forced stall). */
    private static SimConfig withStall(SimConfig c, String guest, long periodNs, long costNs) {
        List<Workload> w = new ArrayList<>(c.workloads());
        w.add(new PeriodicTask("stall", guest, periodNs, costNs));
        return new SimConfig(c.name(), c.cpus(), c.ioApic(), c.functions(), c.domains(), c.xen(), w, c.timing());
    }

    @Test
    void withoutStallsTheStreamRunsAtThePhysicalLimit() {
        for (String id : List.of("C1-R-N-UN", "C3-R-N-UN", "C3-S-N-UN", "C2-S-N-UN")) {
            Simulation[] sim = new Simulation[1];
            RunSummary s = run(ModelScenarios.config(ScenarioSpec.parse(id)), sim);
            assertEquals(941.48, CEILING, 0.005);
            assertEquals(CEILING, s.throughputMbps(), 0.3, id);
            assertEquals(0, sim[0].context().metrics.tcpRetransmits, id + ": no loss without a stall");
        }
    }

    @Test
    void aStallShorterThanTheWindowCostsTimeNotSegments() {
        // guest B (2.6.18, 512 MiB): window 192 KB = 135 segments < 256 RX descriptors, so nothing overflows
        SimConfig c = ModelScenarios.config(ScenarioSpec.parse("C3-R-N-UN"));
        Simulation[] sim = new Simulation[1];
        RunSummary s = run(withStall(c, PaperTestbed.GUEST_B, 50_000_000L, 5_000_000L), sim);
        RunMetrics m = sim[0].context().metrics;
        assertTrue(s.throughputMbps() < CEILING * 0.95, "throughput " + s.throughputMbps());
        assertTrue(s.throughputMbps() > CEILING * 0.80, "throughput " + s.throughputMbps());
        assertEquals(0, m.drops[RunMetrics.DropPlace.NIC_RX_RING.ordinal()]);
        assertEquals(0, m.tcpRetransmits);
    }

    @Test
    void aStallLongerThanTheRingBecomesALossThatCostsTheWindow() {
        // native 2.6.26 with 3 GiB: window up to ~2.5 MB, far more than the 256 descriptors a 5-ms stall must hold
        SimConfig c = ModelScenarios.config(ScenarioSpec.parse("C1-R-N-UN"));
        Simulation[] sim = new Simulation[1];
        RunSummary s = run(withStall(c, PaperTestbed.NATIVE_OS, 50_000_000L, 5_000_000L), sim);
        RunMetrics m = sim[0].context().metrics;
        assertTrue(m.drops[RunMetrics.DropPlace.NIC_RX_RING.ordinal()] > 0, "the ring overflows");
        assertTrue(m.tcpRecoveries > 0, "SACK recovery");
        assertTrue(m.tcpRetransmits >= m.drops[RunMetrics.DropPlace.NIC_RX_RING.ordinal()] / 2, "lost data resent");
        assertTrue(s.throughputMbps() < CEILING * 0.98, "throughput " + s.throughputMbps());
    }
}
