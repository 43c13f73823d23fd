package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.scenario.ScenarioMatrix;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.topology.Topology.AttachmentMode;

/** The EMF model's built-in paper examples, through the adapter, give the machines of domain.md §6.1. */
class ModelAdapterTest {

    @Test
    void sharedPassThroughExample() {
        SimConfig c = ModelScenarios.example("paper-case3-passthrough-shared");
        SimConfig.PciFunctionSpec a = c.function("nic-a");
        SimConfig.PciFunctionSpec b = c.function("nic-b");
        SimConfig.PciFunctionSpec usb = c.function("pci-00-1a.0");
        // domain.md §0.3: NIC-B's line is shared with a quiet Dom0 device, not with NIC-A
        assertEquals(16, b.gsi());
        assertEquals(b.gsi(), usb.gsi(), "NIC-B shares GSI 16 with USB UHCI #4");
        assertEquals("dom0", usb.owner());
        assertEquals(20, a.gsi(), "NIC-A alone on its own GSI");
        assertEquals(List.of("nic-a"), c.functions().stream().filter(f -> f.gsi() == 20).map(SimConfig.PciFunctionSpec::name).toList());
        assertEquals(AttachmentMode.PASSTHROUGH, b.attachment());
        assertEquals("guestB", b.owner());
        assertEquals(AttachmentMode.PARAVIRTUAL_VIF, a.attachment());
        assertEquals("guestA", a.vifGuest());
        assertEquals("0000:05:00.0", b.bdf().toString());
        RunSummary s = new Simulation(c, 1, null, null).runSummary(1, 5_000_000L, 100_000_000L);
        assertTrue(s.throughputMbps() > 0);
        assertTrue(s.domains().get("dom0").interruptsSpurious() > 0, "Dom0 is bound to guest B's line");
    }

    @Test
    void nativeExampleHasNoHypervisor() {
        SimConfig c = ModelScenarios.example("paper-case1-native");
        assertNull(c.xen());
        assertEquals(1, c.cpus().size());
    }

    @Test
    void everyMatrixScenarioBuildsFromTheModel() {
        List<ScenarioSpec> all = ScenarioMatrix.all();
        for (ScenarioSpec s : all) {
            SimConfig c = ModelScenarios.config(s);
            assertEquals(s.id(), c.name());
            assertEquals(s.load() ? 2 : 1, c.workloads().size(), s.id());
            if (s.caseNo() > 1) {
                assertEquals(s.p2() ? "BY_BDF" : "BY_IRQ", c.xen().routing(), s.id());
                assertEquals(s.p1() ? org.natsume.topology.Topology.IoapicTargetPolicy.PIN_TO_RTVM_CPU : org.natsume.topology.Topology.IoapicTargetPolicy.XEN_DEFAULT,
                        c.xen().targetPolicy(), s.id());
            }
        }
    }

    @Test
    void negativeGsiIsRefusedByNameInsteadOfDroppingItsDevices() {
        org.natsume.model.Topology t = org.natsume.model.examples.Examples.load("paper-case3-passthrough-shared");
        org.natsume.model.InterruptLine line = t.getMachine().getInterruptLines().stream()
                .filter(l -> l.getGsi() == 20).findFirst().orElseThrow();
        line.setGsi(-3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> org.natsume.sim.adapter.ModelAdapter.toSimConfig(t, "neg"));
        assertTrue(e.getMessage().contains("'" + line.getId() + "' has a negative GSI -3"), e.getMessage());
    }

    @Test
    void simulatorOnlyTimingsAreReadInMicrosecondsAndUnknownSymbolsAreRefused() {
        org.natsume.model.Topology t = org.natsume.model.examples.Examples.load("paper-case3-passthrough-shared");
        t.getSettings().getTimings().add(timing("t_cfg_write", 2.5));
        t.getSettings().getTimings().add(timing("nic_tso", 0));
        org.natsume.sim.config.SimConfig c = org.natsume.sim.adapter.ModelAdapter.toSimConfig(t, "x");
        assertEquals(2500, c.timing().get(org.natsume.model.timing.TimingParameter.T_CFG_WRITE), "µs like t_cfg_read");
        assertEquals(0, c.timing().get(org.natsume.model.timing.TimingParameter.NIC_TSO), "a flag stays a flag");
        assertEquals(1000, c.timing().get(org.natsume.model.timing.TimingParameter.T_CFG_READ), "the model's own µs value");

        t.getSettings().getTimings().add(timing("t_cfg_wrte", 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> org.natsume.sim.adapter.ModelAdapter.toSimConfig(t, "typo"));
        assertTrue(e.getMessage().contains("'t_cfg_wrte' is not a timing parameter"), e.getMessage());
    }

    private static org.natsume.model.TimingValue timing(String symbol, double value) {
        org.natsume.model.TimingValue v = org.natsume.model.NatsumeFactory.eINSTANCE.createTimingValue();
        v.setSymbol(symbol);
        v.setValue(value);
        return v;
    }
}
