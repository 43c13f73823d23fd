package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.natsume.model.examples.PaperParameters;
import org.natsume.model.examples.PaperParameters.Choice;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.scenario.PaperBounds;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.ScenarioSpec;

/**
 * The bounds of domain.md §0.5 on the flood rate, from short runs of the shipped testbed: the default rate keeps
 * them (the vif slows without collapsing, guest B's pass-through interrupt count does not move), and a flood of
 * 600 kpps breaks the last one (Dom0's long softirq passes hold guest B's shared line).
 */
class PaperBoundsTest {
    private static final List<String> IDS = List.of("C2-R-N-SH", "C2-R-L-SH", "C3-S-N-SH", "C3-S-L-SH");

    private static Map<String, PaperBounds.Bound> bounds(Choice c) {
        Map<String, ScenarioResult> r = new ScenarioRunner(1, 400_000_000L, 50_000_000L, 1)
                .runAll(IDS.stream().map(id -> ModelScenarios.config(ScenarioSpec.parse(id), c)).toList(), 2);
        return PaperBounds.evaluate(r).stream().collect(Collectors.toMap(PaperBounds.Bound::name, b -> b));
    }

    @Test
    void theDefaultFloodRateKeepsEveryBound() {
        Map<String, PaperBounds.Bound> b = bounds(PaperParameters.DEFAULTS);
        assertEquals(List.of("pt-counts", "vif-holds", "vif-slows"), b.keySet().stream().sorted().toList());
        b.values().forEach(x -> assertTrue(x.holds(), x.name() + ": " + x.numbers()));
    }

    @Test
    void aFloodOf600KppsMovesThePassThroughInterruptCount() {
        PaperBounds.Bound pt = bounds(PaperParameters.DEFAULTS.withFloodPps(600_000)).get("pt-counts");
        assertFalse(pt.holds(), pt.numbers());
    }
}
