package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natsume.sim.metrics.LatencyStats;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.metrics.RunSummary.DomainFigures;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.scenario.Findings;
import org.natsume.sim.scenario.Findings.Verdict;

/**
 * The rules of {@link Findings} on hand-written results: a set of means shaped as the corrected domain.md §6.4
 * describes shows every finding, and each finding turns NOT_SHOWN when the one relation it is about is broken.
 * (Whether the simulation produces such means is PaperFindingsTest's and reproduce-paper's business.)
 */
class FindingsRulesTest {
    private final Map<String, ScenarioResult> r = new HashMap<>();

    /** One run with the numbers the findings read; everything else zero. */
    private static RunSummary run(double mbps, long own, long dom0Spurious, long waitNs, long meanLatNs, long p99Ns) {
        LatencyStats.Summary lat = new LatencyStats.Summary(100, meanLatNs / 2, meanLatNs, meanLatNs, p99Ns, p99Ns * 2,
                1, p99Ns, p99Ns);
        Map<String, DomainFigures> doms = Map.of("dom0", new DomainFigures(0, dom0Spurious, 0, 0, 0, 0),
                "guestB", new DomainFigures(own, 0, 0, 0, 0, 0));
        return new RunSummary(1, mbps, 0, own, 0, lat, new long[0], 0, 0, 0, 0, 0, waitNs, waitNs, doms, Map.of(),
                new long[0], 0, 0, 0, 0, 0, 0, 0, lat, new long[0], 0, 0, 0);
    }

    private void put(String id, double mbps, long own) {
        put(id, mbps, own, 0, 0, 5_000, 6_000);
    }

    private void put(String id, double mbps, long own, long dom0Spurious, long waitNs, long meanLatNs, long p99Ns) {
        r.put(id, new ScenarioResult(id, List.of(run(mbps, own, dom0Spurious, waitNs, meanLatNs, p99Ns))));
    }

    @BeforeEach
    void paperShapedMeans() {
        for (String sh : new String[] {"SH", "UN"}) {
            put("C1-S-N-" + sh, 941.4, 4000);
            put("C2-S-N-" + sh, 940.4, 20000);
            put("C3-S-N-" + sh, 941.2, 8000);
            put("C1-R-N-" + sh, 941.4, 4000);
            put("C2-R-N-" + sh, 940.2, 8500);
            put("C3-R-N-" + sh, 940.8, 8000);
            put("C1-S-L-" + sh, 930.0, 4000);
            put("C2-S-L-" + sh, 900.0, 5000);
            put("C1-R-L-" + sh, 939.0, 4000);
            put("C2-R-L-" + sh, 935.0, 3000);
            put("C3-R-L-" + sh, 938.0, 8000);
        }
        put("C3-S-N-UN", 941.2, 4200);
        put("C3-R-N-UN", 940.8, 4200);
        put("C3-S-L-UN", 925.0, 4200, 0, 0, 4_000, 4_100);
        put("C3-R-L-UN", 938.0, 4200, 0, 0, 4_000, 4_100);
        put("C3-S-L-SH", 800.0, 8000, 8000, 5_000_000, 5_000, 9_000);
        put("C3-S-L-SH-P1", 810.0, 8000, 8000, 4_000_000, 3_900, 4_000);
        put("C3-S-N-SH-P1", 941.2, 8000, 8000, 0, 3_900, 4_000);
        put("C3-S-L-SH-P2", 920.0, 8000, 0, 0, 8_000, 9_000);
        put("C3-S-L-SH-P1-P2", 926.0, 8000, 0, 0, 4_000, 5_000);
    }

    private Verdict verdict(int n) {
        return Findings.evaluate(r).stream().filter(c -> c.number() == n).findFirst().orElseThrow().verdict();
    }

    @Test
    void paperShapedMeansShowEveryFinding() {
        for (Findings.Check c : Findings.evaluate(r)) {
            assertEquals(Verdict.SHOWN, c.verdict(), c.number() + ": " + c.numbers());
        }
        assertEquals(9, Findings.evaluate(r).size());
    }

    @Test
    void receiveOrderNativePassThroughVifIsFindingOne() {
        put("C3-R-N-SH", 940.0, 8000);
        assertEquals(Verdict.NOT_SHOWN, verdict(1), "pass-through below vif in RECEIVE");
    }

    @Test
    void vifAboveSharedPassThroughUnderSendLoadIsFindingTwo() {
        put("C2-S-L-SH", 790.0, 5000);
        assertEquals(Verdict.NOT_SHOWN, verdict(2));
    }

    @Test
    void sharedPassThroughMustHaveTheLargestSendDrop() {
        put("C2-S-L-UN", 700.0, 5000);
        assertEquals(Verdict.NOT_SHOWN, verdict(4));
    }

    @Test
    void findingFourNeedsDom0AsTheOtherBinder() {
        put("C3-S-L-SH", 800.0, 8000, 0, 5_000_000, 5_000, 9_000);
        assertEquals(Verdict.NOT_SHOWN, verdict(4));
    }

    @Test
    void unsharedPassThroughMustBeatVif() {
        put("C2-S-N-UN", 941.3, 20000);
        assertEquals(Verdict.NOT_SHOWN, verdict(5));
    }

    @Test
    void receiveMustBarelyMoveUnderLoad() {
        put("C2-R-L-SH", 850.0, 3000);
        assertEquals(Verdict.NOT_SHOWN, verdict(9));
    }

    @Test
    void missingScenariosAreNotEvaluated() {
        r.clear();
        for (Findings.Check c : Findings.evaluate(r)) {
            assertEquals(Verdict.NOT_EVALUATED, c.verdict(), "finding " + c.number());
        }
    }
}
