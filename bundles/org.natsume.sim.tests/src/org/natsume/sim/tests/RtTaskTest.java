package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.topology.Topology;

/** The optional periodic real-time task: one job per period, response time at least its cost. */
class RtTaskTest {

    @ParameterizedTest
    @ValueSource(strings = {"C1-R-L-SH", "C3-S-L-SH", "C3-R-N-UN"})
    void oneJobPerPeriodAndResponseAtLeastTheCost(String id) {
        SimConfig c = ModelScenarios.config(ScenarioSpec.parse(id));
        List<Topology.Workload> w = new ArrayList<>(c.workloads());
        String guest = c.xen() == null ? PaperTestbed.NATIVE_OS : PaperTestbed.GUEST_B;
        w.add(new Topology.PeriodicTask("rt", guest, 1_000_000L, 100_000L));
        SimConfig withTask = new SimConfig(c.name(), c.cpus(), c.ioApic(), c.functions(), c.domains(), c.xen(), w, c.timing());
        RunSummary s = new Simulation(withTask, 4, null, null).runSummary(4, 10_000_000L, 200_000_000L);
        assertTrue(Math.abs(s.rtResponse().count() - 200) <= 1, "jobs: " + s.rtResponse().count());
        // cost jitter is +-10 %
        assertTrue(s.rtResponse().min() >= 90_000, "min response " + s.rtResponse().min());
        assertTrue(s.rtResponse().max() < 1_000_000, "every job finished within its period");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1_000_000})
    void rejectsImpossibleTasks(long cost) {
        SimConfig c = ModelScenarios.config(ScenarioSpec.parse("C1-R-N-UN"));
        Topology.PeriodicTask task = new Topology.PeriodicTask("rt", "g", cost == 0 ? -1 : 1_000_000L, cost);
        assertThrows(IllegalArgumentException.class, () -> new SimConfig(c.name(), c.cpus(), c.ioApic(), c.functions(),
                c.domains(), c.xen(), List.of(task), c.timing()));
    }
}
