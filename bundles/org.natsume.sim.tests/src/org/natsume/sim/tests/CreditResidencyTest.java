package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;

/** Credit priority residency (domain.md §6.3): every VCPU-ns of the measured part is booked at one priority. */
class CreditResidencyTest {
    private static final long WARMUP = 20_000_000L;
    private static final long DURATION = 300_000_000L;

    @Test
    void aDomainsResidencyCoversEachOfItsVcpusOverTheMeasuredDuration() {
        // the model's Dom0 has one VCPU per enabled PCPU (8), each booked at one priority at every instant
        org.natsume.sim.config.SimConfig cfg = org.natsume.sim.adapter.ModelScenarios.config(ScenarioSpec.parse("C3-S-L-SH"));
        RunSummary s = new Simulation(cfg, 1, null, null).runSummary(1, WARMUP, DURATION);
        for (org.natsume.sim.config.SimConfig.DomainSpec d : cfg.domains()) {
            RunSummary.DomainFigures f = s.domains().get(d.name());
            assertEquals(DURATION * d.vcpuAffinity().size(), f.boostNs() + f.underNs() + f.overNs(), d.name());
        }
        assertEquals(8, cfg.domain("dom0").vcpuAffinity().size());
    }

    @Test
    void guestBIsBoostedOnWakeAndLosesItAtATick() {
        RunSummary s = new Simulation(ModelScenarios.config(ScenarioSpec.parse("C3-S-L-SH")), 1, null, null)
                .runSummary(1, WARMUP, DURATION);
        // guest B blocks between interrupts and is woken with BOOST; a tick that finds it running takes BOOST away
        RunSummary.DomainFigures b = s.domains().get(PaperTestbed.GUEST_B);
        assertTrue(b.boostNs() > 0 && b.underNs() > 0, b.toString());
    }

    @Test
    void aNativeOsHasNoCreditPriorities() {
        RunSummary s = new Simulation(ModelScenarios.config(ScenarioSpec.parse("C1-S-N-SH")), 1, null, null)
                .runSummary(1, WARMUP, DURATION);
        RunSummary.DomainFigures d = s.domains().get(PaperTestbed.NATIVE_OS);
        assertEquals(0, d.boostNs() + d.underNs() + d.overNs());
    }
}
