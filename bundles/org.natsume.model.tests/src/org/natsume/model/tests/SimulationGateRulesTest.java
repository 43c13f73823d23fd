package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.domain;
import static org.natsume.model.tests.ModelFixtures.fn;
import static org.natsume.model.tests.ModelFixtures.shared;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DomainKind;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.PeriodicRtTask;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.TimingValue;
import org.natsume.model.Topology;
import org.natsume.model.examples.Templates;
import org.natsume.model.ioapic.PinProgramming;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Severity;
import org.natsume.model.validation.TopologyValidator;

/** The rules that make validation the gate of the simulator and the exporters: a passing and a failing case each. */
class SimulationGateRulesTest {

    private static List<Finding> of(Topology t, String rule) {
        return TopologyValidator.validate(t).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static Finding only(Topology t, String rule) {
        List<Finding> f = of(t, rule);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        return f.get(0);
    }

    @Test
    void machine() {
        assertEquals(List.of(), of(shared(), "machine"));
        Topology t = shared();
        t.getMachine().getIoApics().clear();
        assertTrue(only(t, "machine").message().contains("no IO-APIC"));
        t = shared();
        t.getMachine().getCpus().forEach(c -> c.setEnabled(false));
        assertTrue(only(t, "machine").message().contains("no enabled CPU"));
    }

    @Test
    void vcpuUnpinned() {
        assertEquals(List.of(), of(shared(), "vcpu-unpinned"));
        // Xen's default for Dom0 (and any DomU): unpinned VCPUs, which the simulator runs under the credit scheduler
        Topology t = shared();
        domain(t, "Domain-0").getVcpus().get(0).getHardAffinity().clear();
        domain(t, "guestA").getVcpus().get(0).getHardAffinity().clear();
        assertEquals(List.of(), of(t, "vcpu-unpinned"));
        // an RT-VM needs a fixed PCPU: a warning, not an error (the simulator runs it)
        t = shared();
        domain(t, "guestB").getVcpus().get(0).getHardAffinity().clear();
        List<Finding> found = of(t, "vcpu-unpinned");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("RT-VM guestB VCPU 0 is not pinned"), found.get(0).message());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void driverDomain() {
        assertEquals(List.of(), of(shared(), "driver-domain"));
        Topology t = shared();
        domain(t, "Domain-0").setKind(DomainKind.DOMU);
        assertTrue(only(t, "driver-domain").message().contains("needs a Dom0"));
        t = shared();
        domain(t, "guestA").setKind(DomainKind.DOM0);
        assertTrue(only(t, "driver-domain").message().contains("second Dom0"));
        t = shared();
        t.setHypervisor(null);
        assertEquals(3, of(t, "driver-domain").size(), "Dom0, guest A and guest B need Xen");
    }

    @Test
    void attachment() {
        assertEquals(List.of(), of(shared(), "attachment"));
        Topology t = shared();
        domain(t, "guestB").getAttachments().get(0).setMode(AttachmentMode.EMULATED);
        assertTrue(only(t, "attachment").message().contains("EMULATED"));
        t = shared();
        domain(t, "guestB").getAttachments().get(0).setFunction(null);
        assertTrue(only(t, "attachment").message().contains("names no PCI function"));
    }

    @Test
    void workload() {
        assertEquals(List.of(), of(shared(), "workload"));
        Topology t = shared();
        t.getLinks().clear();
        assertEquals(2, of(t, "workload").size());
        assertTrue(of(t, "workload").get(0).message().contains("is cabled to no NIC"));
        t = shared();
        fn(t, "05:00.0").setLine(null);
        assertTrue(only(t, "workload").message().contains("cannot interrupt"));
        t = shared();
        PeriodicRtTask p = NatsumeFactory.eINSTANCE.createPeriodicRtTask();
        p.setId("rt");
        p.setDomain(domain(t, "guestB"));
        p.setPeriodUs(100);
        p.setWcetUs(100);
        t.getWorkloads().add(p);
        assertTrue(only(t, "workload").message().contains("execution time < period"));
    }

    @Test
    void timing() {
        assertEquals(List.of(), of(shared(), "timing"));
        Topology t = shared();
        TimingValue v = NatsumeFactory.eINSTANCE.createTimingValue();
        v.setSymbol("t_ipi");
        v.setValue(-0.5);
        t.getSettings().getTimings().add(v);
        assertTrue(only(t, "timing").message().contains("'t_ipi' is -0.5"));
    }

    @Test
    void aVectorNoDeviceMayUseIsAnError() {
        Topology t = shared();
        RedirectionEntry rte = PinProgramming.entry(t.getMachine(), 20).orElseThrow();
        rte.setVector(0x05);
        assertTrue(only(t, "gsi-routing").message().contains("has vector 0x05"));
    }

    @Test
    void firmwareProgrammingIsWhatTheRuleAccepts() {
        Topology t = Templates.rtVmPassthrough("t");
        RedirectionEntry rte = PinProgramming.entry(t.getMachine(), 16).orElseThrow();
        assertEquals(List.of(), of(t, "gsi-routing"));
        rte.setMasked(true);
        rte.setVector(0);
        assertEquals(1, of(t, "gsi-routing").size());
        var line = t.getMachine().getInterruptLines().get(0);
        PinProgramming.apply(PinProgramming.firmware(t.getMachine(), line, rte), rte);
        assertEquals(List.of(), of(t, "gsi-routing"));
        assertEquals(0x30, rte.getVector(), "the lowest free device vector in Xen's steps of 8");
        assertEquals(0b1111, rte.getDestination(), "logical flat: every online CPU");
    }

    @Test
    void templatesValidateClean() {
        for (Topology t : List.of(Templates.emptyMachine("e"), Templates.rtVmPassthrough("r"))) {
            assertEquals(List.of(), TopologyValidator.validate(t));
        }
    }
}
