package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.natsume.sim.hw.Wire;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.net.UdpFlooder;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioMatrix;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;

/** What 1 GbE allows (domain.md §5.4): 941 Mb/s of TCP goodput at MTU 1500, 1.488 Mpps of 64-byte frames. */
class PhysicalLimitsTest {

    static Stream<String> scenarios() {
        return ScenarioMatrix.all().stream().map(ScenarioSpec::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void tcpGoodputNeverExceedsTheCeiling(String id) {
        RunSummary s = new Simulation(ModelScenarios.config(ScenarioSpec.parse(id)), 2, null, null)
                .runSummary(2, 20_000_000L, 200_000_000L);
        // 1448 B payload per 1538 B on the wire: 941.5 Mb/s; allow the partial window at the edges of the interval
        assertTrue(s.throughputMbps() <= 941.5 * 1.002, id + ": " + s.throughputMbps());
        assertTrue(s.throughputMbps() > 0, id + " moved data");
    }

    @Test
    void sixtyFourByteFloodIsAtMostLineRate() {
        Wire w = new Wire(0, 64);
        UdpFlooder f = new UdpFlooder(w, 64, 0, 1_000_000_000L);
        f.start(0);
        long perSecond = w.arrivedBy(1_000_000_000L);
        assertTrue(perSecond <= 1_488_096, "pps " + perSecond);
        assertTrue(perSecond >= 1_488_000, "line rate is reached: " + perSecond);
        UdpFlooder slow = new UdpFlooder(new Wire(0, 64), 64, 100_000, 1_000_000_000L);
        assertEquals(10_000, slow.spacingNs());
    }
}
