package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.natsume.model.bdf.Bdf;
import org.natsume.sim.hw.ItrController;
import org.natsume.sim.hw.Wire;
import org.natsume.sim.metrics.LatencyStats;
import org.natsume.sim.metrics.Stat;
import org.natsume.sim.scenario.ScenarioMatrix;
import org.natsume.sim.scenario.ScenarioSpec;

class ComponentsTest {

    @Test
    void wireSerialisesBurstsBackToBack() {
        Wire w = new Wire(1000, 1514);
        long f = Wire.frameNs(1538, 1_000_000_000L);
        assertEquals(12304, f);
        long end = w.send(0, 3, f);
        assertEquals(3 * f, end);
        w.send(10, 2, f); // queues behind the first burst
        assertEquals(f + 1000, w.arrivalTime(0));
        assertEquals(4 * f + 1000, w.arrivalTime(3));
        assertEquals(0, w.arrivedBy(f + 999));
        assertEquals(1, w.arrivedBy(f + 1000));
        assertEquals(5, w.arrivedBy(1_000_000));
        assertEquals(2, w.arrivedBy(2 * f + 1000)); // earlier times still answer correctly
        assertEquals(Long.MAX_VALUE, w.arrivalTime(5));
    }

    @Test
    void itrFollowsTheE1000Classes() {
        ItrController conservative = new ItrController(3, 4000, 20000, 70000);
        assertEquals(20000, conservative.rate());
        for (int i = 0; i < 5; i++) {
            conservative.update(2, 100); // tiny packets: lowest class, capped at low in mode 3
        }
        assertEquals(20000, conservative.rate());
        conservative.update(20, 20 * 1514); // > 10000 B with large frames: bulk
        assertEquals(4000, conservative.rate());
        conservative.update(3, 2000); // < 6000 B: back to low, increased in quarter steps
        assertEquals(4000 + 20000 / 4, conservative.rate());
        assertEquals(256 * Math.round(1e9 / (9000 * 256.0)), conservative.intervalNs());
        assertEquals(0, new ItrController(0, 4000, 20000, 70000).intervalNs());
        assertEquals(8000, new ItrController(8000, 4000, 20000, 70000).rate());
    }

    @Test
    void bdfParsesAndRejects() {
        assertEquals("0000:05:00.0", Bdf.parse("05:00.0").toString());
        assertEquals("0001:1a:1f.7", Bdf.parse("0001:1A:1f.7").toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bdf.parse("05:20.0"));
        assertTrue(e.getMessage().contains("05:20.0"));
        assertThrows(IllegalArgumentException.class, () -> Bdf.parse("zz:00.0"));
    }

    @Test
    void matrixHasTheIdsOfTheScheme() {
        List<ScenarioSpec> all = ScenarioMatrix.all();
        assertEquals(36, all.size());
        assertEquals(24, ScenarioMatrix.base().size());
        Set<String> ids = new HashSet<>();
        for (ScenarioSpec s : all) {
            assertTrue(s.id().matches("C[123]-[SR]-[LN]-(SH|UN)(-P1)?(-P2)?"), s.id());
            assertEquals(s, ScenarioSpec.parse(s.id()));
            ids.add(s.id());
        }
        assertEquals(36, ids.size());
        assertTrue(ids.contains("C3-S-L-SH-P1-P2"));
        assertThrows(IllegalArgumentException.class, () -> ScenarioSpec.parse("C1-S-L-SH-P1"));
        assertThrows(IllegalArgumentException.class, () -> ScenarioSpec.parse("C3-X-L-SH"));
    }

    @Test
    void latencyStatsAndStat() {
        LatencyStats l = new LatencyStats();
        for (int i = 1; i <= 100; i++) {
            l.add(i * 1000);
        }
        LatencyStats.Summary s = l.summary();
        assertEquals(1000, s.min());
        assertEquals(100_000, s.max());
        assertEquals(50_500, s.mean(), 1e-9);
        assertEquals(99_000, s.p99());
        long total = 0;
        for (long c : l.histogram()) {
            total += c;
        }
        assertEquals(100, total);
        Stat st = Stat.of(new double[] {1, 2, 3});
        assertEquals(2, st.mean(), 1e-12);
        assertEquals(Math.sqrt(2.0 / 3), st.std(), 1e-12);
    }
}
