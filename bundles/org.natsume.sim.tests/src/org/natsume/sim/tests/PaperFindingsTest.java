package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.ScenarioSpec;

/**
 * The qualitative findings of domain.md §6.4 on a reduced matrix (short runs, few of them). Only relations the
 * simulation shows with the §5.4 defaults are asserted here; docs/simulation.md lists the ones it does not.
 */
class PaperFindingsTest {
    private static Map<String, ScenarioResult> r;

    @BeforeAll
    static void runReducedMatrix() {
        List<String> ids = List.of("C1-R-N-UN", "C2-R-N-UN", "C2-R-L-UN", "C2-S-N-SH", "C2-S-L-SH", "C3-S-N-SH",
                "C3-S-L-SH", "C3-S-N-SH-P1", "C3-S-L-SH-P1", "C3-S-L-SH-P2", "C3-S-L-SH-P1-P2", "C3-S-L-UN", "C3-R-N-UN", "C3-R-L-SH-P2");
        r = new ScenarioRunner(2, 300_000_000L, 20_000_000L, 1)
                .runAll(ids.stream().map(id -> ModelScenarios.config(ScenarioSpec.parse(id))).toList(), 2);
    }

    private static double m(String id, java.util.function.ToDoubleFunction<RunSummary> f) {
        return r.get(id).mean(f);
    }

    /**
     * domain.md §0.3: NIC-B's line is shared with Dom0's quiet USB controller, so every NIC-B interrupt is also sent
     * to Dom0 (spurious there), guest B's line waits for Dom0's EOI, and guest B itself gets no spurious PIRQ.
     */
    @Test
    void sharedLineNotifiesDom0OfEveryGuestBInterruptAndWaitsForItsEoi() {
        double own = m("C3-S-L-SH", RunSummary::measuredOwn);
        double dom0Spurious = m("C3-S-L-SH", s -> s.domains().get(PaperTestbed.DOM0).interruptsSpurious());
        // Dom0's softirqs inside its upcall hold its EOI for most of each poll (UpcallSoftirq), so each of guest B's
        // interrupts covers many frames: about 1,170 per second instead of 8,000 (docs/simulation.md)
        assertTrue(own > 100, "guest B's NIC interrupts: " + own);
        assertTrue(dom0Spurious > 0.5 * own, "Dom0 is notified of guest B's interrupts: " + dom0Spurious + " vs " + own);
        assertEquals(0, m("C3-S-L-SH", RunSummary::measuredSpurious), "the USB controller raises none");
        assertTrue(m("C3-S-L-SH", RunSummary::lineWaitOthersNs) > 0, "guest B's line waits for Dom0's EOI");
    }

    @Test
    void bdfRoutingRemovesEverySpuriousInterrupt() {
        for (String id : List.of("C3-S-L-SH-P2", "C3-S-L-SH-P1-P2", "C3-R-L-SH-P2")) {
            assertEquals(0, m(id, RunSummary::measuredSpurious), id);
            for (double[] d : r.get(id).domainMeans().values()) {
                assertEquals(0, d[1], id + ": no domain gets spurious PIRQs");
            }
        }
        // the asserting device is taken off the line, so guest B never waits for Dom0's EOI (domain.md §3.3)
        assertTrue(m("C3-S-L-SH-P1", RunSummary::lineWaitOthersNs) > 0, "with P1 alone guest B EOIs first and waits");
        assertEquals(0, m("C3-S-L-SH-P1-P2", RunSummary::lineWaitOthersNs));
        assertEquals(0, m("C3-S-L-SH-P2", RunSummary::lineWaitOthersNs));
    }

    @Test
    void vifInterruptsDropUnderLoad() {
        double noLoad = m("C2-R-N-UN", s -> s.measuredOwn() + s.measuredSpurious());
        double load = m("C2-R-L-UN", s -> s.measuredOwn() + s.measuredSpurious());
        assertTrue(load < 0.5 * noLoad, "C2 guest-B interrupts " + noLoad + " -> " + load);
    }

    @Test
    void proposalOneRemovesKickAndEoiIpisFromGuestBsPath() {
        assertTrue(m("C3-S-L-SH", RunSummary::measuredPathKick) > 0, "stock Xen wakes guest B from Dom0's PCPU");
        assertEquals(0, m("C3-S-L-SH-P1", RunSummary::measuredPathKick));
        assertEquals(0, m("C3-S-L-SH-P1", RunSummary::measuredPathEoi));
        // without load Dom0 EOIs its spurious PIRQ at once, so the kick IPI is the difference P1 makes; under the
        // flood Dom0's late EOI of the shared line dominates guest B's latency (domain.md §0.3) and reproduce-paper
        // reports finding 7 as the mechanisms give it
        double stock = m("C3-S-N-SH", s -> s.latency().mean());
        double p1 = m("C3-S-N-SH-P1", s -> s.latency().mean());
        assertTrue(p1 < stock, "P1 " + p1 + " ns vs stock " + stock + " ns");
    }

    @Test
    void unsharedPassThroughHasNativeThroughput() {
        // finding 5's interrupt half (guest B's count ~ native) is not shown by the corrected testbed: reproduce-paper
        // reports it, docs/simulation.md says why
        assertEquals(m("C1-R-N-UN", RunSummary::throughputMbps), m("C3-R-N-UN", RunSummary::throughputMbps), 0.05 * 941);
    }

    @Test
    void bothProposalsAreCloseToUnshared() {
        assertEquals(m("C3-S-L-UN", RunSummary::throughputMbps), m("C3-S-L-SH-P1-P2", RunSummary::throughputMbps), 0.05 * 941);
    }

    @Test
    void noLoadThroughputNearTheCeilingEverywhere() {
        for (String id : List.of("C1-R-N-UN", "C2-R-N-UN", "C2-S-N-SH", "C3-S-N-SH", "C3-R-N-UN")) {
            assertTrue(m(id, RunSummary::throughputMbps) > 0.9 * 941, id);
        }
    }
}
