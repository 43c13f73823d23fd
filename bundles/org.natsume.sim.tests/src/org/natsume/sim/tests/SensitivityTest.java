package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.examples.PaperParameters;
import org.natsume.model.examples.PaperParameters.FreeParameter;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Sensitivity;

/**
 * reproduce-paper --sensitivity on a one-scenario matrix: every variant of every free parameter gets a row; what
 * the simulator cannot build yet (an unpinned multi-VCPU Dom0, an e1000 without NAPI, an undeclared timing) is a
 * row that says why instead of a silent approximation; equal choices run once and give equal rows.
 */
class SensitivityTest {

    @Test
    void everyVariantHasARowAndUnsimulatableChoicesSayWhy() {
        List<FreeParameter> params = PaperParameters.all();
        List<Sensitivity.Row> rows = new Sensitivity(new ScenarioRunner(1, 20_000_000L, 5_000_000L, 1),
                List.of(ScenarioSpec.parse("C2-S-L-SH")), 1, // Dom0 drives NIC-B (e1000) here
                c -> s -> ModelScenarios.config(s, c)).run(params);
        assertEquals(params.stream().mapToInt(p -> p.variants().size()).sum(), rows.size());
        for (Sensitivity.Row r : rows) {
            boolean unpinnedDom0 = r.variant().choice().dom0Vcpus() > 1;
            boolean noNapi = r.variant().choice().dom0Kernel() == org.natsume.model.KernelProfile.LINUX_2618_XEN0;
            boolean watchdog = !Double.isNaN(r.variant().choice().watchdogHoldoffUs())
                    && TimingParameter.bySymbol(PaperParameters.WATCHDOG_HOLDOFF_SYMBOL).isEmpty();
            if (noNapi) {
                assertTrue(r.notRun().orElseThrow().contains("without NAPI"), r.notRun().toString());
            } else if (watchdog) {
                assertTrue(r.notRun().orElseThrow().contains(PaperParameters.WATCHDOG_HOLDOFF_SYMBOL));
            } else if (!unpinnedDom0) {
                assertTrue(r.notRun().isEmpty(), r.variant() + ": " + r.notRun());
                assertFalse(r.checks().isEmpty());
            }
        }
        List<Sensitivity.Row> defaults = rows.stream().filter(Sensitivity.Row::isDefault).toList();
        assertTrue(defaults.size() >= 2, "the default appears once per parameter whose range includes it");
        assertEquals(defaults.get(0).checks(), defaults.get(1).checks(), "equal choices run once");
    }
}
