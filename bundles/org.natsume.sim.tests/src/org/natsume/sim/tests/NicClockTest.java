package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.timing.TimingParameter;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.topology.Timing;
import org.natsume.trace.TraceKind;

/**
 * Each NIC counts its ITR interval on its own crystal (IEEE 802.3: +/-100 ppm), so two NICs in the same class do
 * not tick with one period. Native RECEIVE at line rate (SH layout: netperf on NIC-B, e1000 7.3.20 under 2.6.26, dynamic ITR) keeps NIC-B's cause set, so most of its assertions come
 * exactly one ITR interval (49,920 ns in the low class) apart on its clock.
 */
class NicClockTest {
    private static final long LOW_CLASS_NS = 195 * 256;

    @Test
    void withoutDriftBackToBackAssertionsAreExactlyOneItrIntervalApart() {
        List<Long> gaps = backToBackGaps(0, 1);
        assertTrue(gaps.size() > 1000, "most intervals are ITR-limited: " + gaps.size());
        assertTrue(gaps.stream().allMatch(g -> g == LOW_CLASS_NS), "every gap 49,920 ns");
    }

    @Test
    void aNicsIntervalsFollowItsOwnCrystalError() {
        for (long seed = 1; seed <= 3; seed++) {
            Run r = run(100, seed);
            long ppb = r.ppb;
            assertTrue(Math.abs(ppb) <= 100_000, "within +/-100 ppm: " + ppb);
            assertNotEquals(0, ppb);
            double mean = r.gaps.stream().mapToLong(Long::longValue).average().orElseThrow();
            // the sub-nanosecond error carries over, so the mean interval is exact to about 1/n ns
            assertEquals(LOW_CLASS_NS * (1 + ppb / 1e9), mean, 0.05, "seed " + seed + ", ppb " + ppb);
        }
    }

    @Test
    void theSeedGivesEachNicItsOwnError() {
        Simulation s = new Simulation(ModelScenarios.config(ScenarioSpec.parse("C1-R-N-SH")), 7, null, null);
        assertNotEquals(s.nic(PaperTestbed.NIC_A).clockPpb(), s.nic(PaperTestbed.NIC_B).clockPpb());
        Simulation again = new Simulation(ModelScenarios.config(ScenarioSpec.parse("C1-R-N-SH")), 7, null, null);
        assertEquals(s.nic(PaperTestbed.NIC_B).clockPpb(), again.nic(PaperTestbed.NIC_B).clockPpb());
    }

    private record Run(long ppb, List<Long> gaps) {
    }

    private static List<Long> backToBackGaps(long ppm, long seed) {
        return run(ppm, seed).gaps;
    }

    private static Run run(long ppm, long seed) {
        Timing t = Timing.defaults().with(TimingParameter.NIC_CLOCK_PPM, ppm);
        RecordingSink sink = new RecordingSink(true);
        Simulation s = new Simulation(ModelScenarios.config(ScenarioSpec.parse("C1-R-N-SH"), t), seed, sink, null);
        int nicB = s.context().metrics.deviceIndex(PaperTestbed.NIC_B);
        s.run(20_000_000L, 200_000_000L);
        List<Long> asserts = sink.events.stream()
                .filter(e -> e.kind() == TraceKind.PIN_ASSERT && e.device() == nicB && e.t() > 20_000_000L)
                .map(RecordingSink.Ev::t).toList();
        List<Long> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < asserts.size(); i++) {
            long g = asserts.get(i) - asserts.get(i - 1);
            if (Math.abs(g - LOW_CLASS_NS) <= 10) {
                gaps.add(g);
            }
        }
        return new Run(s.nic(PaperTestbed.NIC_B).clockPpb(), gaps);
    }
}
