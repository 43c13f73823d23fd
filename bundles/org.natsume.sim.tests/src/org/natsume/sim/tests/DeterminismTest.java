package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.scenario.JsonReport;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;

/** Same seed, same numbers and same trace; another seed, another trace. */
class DeterminismTest {

    private static RecordingSink trace(String id, long seed) {
        RecordingSink s = new RecordingSink(false);
        new Simulation(ModelScenarios.config(ScenarioSpec.parse(id)), seed, s, null).run(5_000_000L, 100_000_000L);
        return s;
    }

    private static String json(String id, long seed) {
        var sim = new Simulation(ModelScenarios.config(ScenarioSpec.parse(id)), seed, null, null);
        var summary = sim.runSummary(seed, 5_000_000L, 100_000_000L);
        return JsonReport.toJson(List.of(new ScenarioResult(id, List.of(summary))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C1-R-L-SH", "C2-S-L-UN", "C3-S-L-SH", "C3-R-L-SH-P1-P2"})
    void sameSeedSameMetricsAndTrace(String id) {
        assertEquals(json(id, 11), json(id, 11));
        RecordingSink a = trace(id, 11);
        RecordingSink b = trace(id, 11);
        assertEquals(a.count, b.count);
        assertEquals(a.hash, b.hash);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C3-S-L-SH", "C2-R-L-SH"})
    void otherSeedOtherTrace(String id) {
        assertNotEquals(trace(id, 11).hash, trace(id, 12).hash);
    }
}
