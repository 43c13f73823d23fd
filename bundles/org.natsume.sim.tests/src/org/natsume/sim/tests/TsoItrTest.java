package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.guest.TcpEndpoint;
import org.natsume.sim.hw.ItrController;
import org.natsume.sim.hw.Nic;
import org.natsume.sim.hw.Wire;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.topology.Timing;

/**
 * Transmit side of the e1000 dynamic ITR (domain.md §3.5; e1000_set_itr classifies total_tx_* and total_rx_*
 * separately and takes the stricter class) and TCP segmentation offload (one completion per TSO packet).
 */
class TsoItrTest {
    private static final int FRAME = 1514;
    private static final int ACK = 66;
    private static final long FRAME_NS = Wire.frameNs(1538, 1_000_000_000L);

    @Test
    void oneTsoPacketOf44FramesInAnIntervalMovesTheClassToBulk() {
        ItrController itr = new ItrController(3, 4000, 20000, 70000);
        itr.update(2, 2 * ACK, 0, 0); // first update leaves the kzalloc'd lowest class (capped at low in mode 3)
        assertEquals(20000, itr.rate());
        itr.update(2, 2 * ACK, 44, 44L * FRAME); // ACKs keep rx low; 44 x 1514 B completed at once: tx bulk
        assertEquals(4000, itr.rate());
        assertEquals("bulk", itr.currentClass());
        itr.update(2, 2 * ACK, 0, 0); // no completion in this interval: the classes stay
        assertEquals(4000, itr.rate());
    }

    @Test
    void bulkStaysWhileAnIntervalCarriesOnePacketOfAtMost35Segments() {
        ItrController itr = new ItrController(3, 4000, 20000, 70000);
        itr.update(0, 0, 30, 30L * FRAME);
        itr.update(0, 0, 30, 30L * FRAME); // low -> bulk (lowest first maps to low)
        assertEquals(4000, itr.rate());
        itr.update(10, 10 * ACK, 30, 30L * FRAME); // > 25000 B but not > 35 packets: stays bulk
        assertEquals(4000, itr.rate());
        itr.update(10, 10 * ACK, 60, 60L * FRAME); // two packets in one interval: > 35 packets -> low, quarter step
        assertEquals(4000 + 20000 / 4, itr.rate());
        itr.update(10, 10 * ACK, 0, 0);
        assertEquals(4000 + 2 * (20000 / 4), itr.rate()); // the ramp continues at every set_itr
    }

    @Test
    void frameByFrameReceptionAtLineRateStaysInTheLowClass() {
        ItrController itr = new ItrController(3, 4000, 20000, 70000);
        for (int i = 0; i < 100; i++) {
            itr.update(4, 4L * FRAME, 2, 2 * ACK); // 50 us at 81 kframes/s: 4 frames, 6 kB < 10 kB
        }
        assertEquals(20000, itr.rate());
        assertEquals("low", itr.currentClass());
    }

    @Test
    void aTsoPacketCompletesWhenItsLastFrameHasLeft() {
        SimContext ctx = context(Timing.defaults());
        Nic nic = new Nic(ctx, "nic", 0, 256, 256, new ItrController(3, 4000, 20000, 70000));
        Wire wire = new Wire(1000, FRAME);
        nic.connectTx(wire, FRAME_NS);
        assertEquals(64, nic.txPost(0, 64, 30)); // packets of 30, 30 and 4 frames
        assertEquals(0, nic.txCompleted(29 * FRAME_NS));
        assertEquals(0, nic.txCompleted(30 * FRAME_NS - 1));
        assertEquals(30, nic.txCompleted(30 * FRAME_NS));
        assertEquals(30, nic.txCompleted(59 * FRAME_NS));
        assertEquals(60, nic.txCompleted(60 * FRAME_NS));
        assertEquals(64, nic.txCompleted(64 * FRAME_NS));
        assertEquals(FRAME, nic.txFrameBytes());
        // single-frame packets (ACKs, forwarded frames) complete one by one
        long t0 = wire.freeAt();
        nic.txPost(t0, 5, 1);
        assertEquals(64 + 2, nic.txCompleted(t0 + 2 * FRAME_NS));
        assertEquals(64 + 5, nic.txCompleted(t0 + 5 * FRAME_NS));
        assertEquals(64 + 5, nic.txCompleted(t0 + 50 * FRAME_NS));
    }

    @Test
    void tsoPacketSizeFollowsTcpCurrentMss() {
        // 65536 - 1 - 52 header bytes = 65483 B; half of the 87,380-B window (43,690 B) bounds it: 30 x 1448 B
        assertEquals(30, TcpEndpoint.tsoSegments(65536, 1538, 1448, 87380));
        // an autotuned 4 MB window leaves GSO_MAX_SIZE as the bound: 45 x 1448 B
        assertEquals(45, TcpEndpoint.tsoSegments(65536, 1538, 1448, 4 << 20));
        assertEquals(1, TcpEndpoint.tsoSegments(65536, 1538, 1448, 1000));
    }

    @Test
    void nativeSenderWithTsoAlternatesBulkAndLowAndStillReachesTheCeiling() {
        ScenarioSpec spec = ScenarioSpec.parse("C1-S-N-UN");
        RunSummary tso = new Simulation(ModelScenarios.config(spec, Timing.defaults().with(TimingParameter.NIC_TSO, 1)), 2,
                null, null).runSummary(3, 20_000_000L, 500_000_000L);
        double perSecond = tso.measuredOwn() / 0.5;
        // the peer's window autotunes to megabytes, so TSO packets are 45 segments (GSO_MAX_SIZE bounds them, not
        // half of an 87-kB window): a 250-µs bulk interval that completes one has more than 35 packets, which
        // e1000_update_itr moves to low latency, the next empty-ish low interval back to bulk: between the two
        assertTrue(perSecond > 6000 && perSecond <= 10000, "bulk/low alternation with 45-segment TSO, got " + perSecond);
        assertTrue(tso.throughputMbps() > 930 && tso.throughputMbps() <= 941.5 * 1.002, "Mb/s " + tso.throughputMbps());
        // without TSO and without the e1000 watchdog's hold-off, frame-by-frame completions keep the low class
        Timing noTso = Timing.defaults().with(TimingParameter.NIC_TSO, 0);
        RunSummary plain = new Simulation(ModelScenarios.config(spec, noTso.with(TimingParameter.E1000_WATCHDOG_PERIOD, 0)),
                2, null, null).runSummary(3, 20_000_000L, 500_000_000L);
        double plainPerSecond = plain.measuredOwn() / 0.5;
        assertTrue(plainPerSecond > 19000 && plainPerSecond <= 20100, "low class ~20000/s without TSO, got " + plainPerSecond);
        // the low class is not stable at line rate: one watchdog hold-off (100 µs with interrupts off) lets an
        // interval carry > 10 kB of 1514-B frames, e1000_update_itr moves to bulk, and a line-rate interval of
        // 250 µs (> 25,000 B, < 35 packets) keeps it there (a 200-ms watchdog period so that one surely falls in the run)
        RunSummary watched = new Simulation(ModelScenarios.config(spec,
                noTso.with(TimingParameter.E1000_WATCHDOG_PERIOD, 200_000_000L)), 2, null, null)
                .runSummary(3, 20_000_000L, 500_000_000L);
        assertTrue(watched.measuredOwn() / 0.5 < plainPerSecond - 1000, "a hold-off flips the class to bulk, got "
                + watched.measuredOwn() / 0.5);
    }

    private static SimContext context(Timing t) {
        RunMetrics m = new RunMetrics(new String[] {"d"}, new String[] {"nic"}, 1, 1, 1);
        return new SimContext(t, null, m, null, 1);
    }
}
