package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.domain;
import static org.natsume.model.tests.ModelFixtures.fn;
import static org.natsume.model.tests.ModelFixtures.shared;
import static org.natsume.model.tests.ModelFixtures.unshared;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.InterruptMode;
import org.natsume.model.IntxPin;
import org.natsume.model.IoApicTargetPolicy;
import org.natsume.model.LogicalCpu;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.PciFunction;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.examples.Examples;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Severity;
import org.natsume.model.validation.TopologyValidator;

/** Every validation rule has a passing and a failing case. */
class ValidationRulesTest {

    private static final NatsumeFactory F = NatsumeFactory.eINSTANCE;

    static List<Finding> of(Topology t, String rule) {
        return TopologyValidator.validate(t).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void examplesHaveNoErrorsExceptTheSharedPassThroughCase() {
        for (String name : Examples.names()) {
            List<Finding> errors = TopologyValidator.validate(Examples.load(name)).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            if (name.equals("paper-case3-passthrough-shared")) {
                assertEquals(1, errors.size(), errors.toString());
                assertEquals("shared-gsi-passthrough", errors.get(0).rule());
            } else {
                assertEquals(List.of(), errors, name);
            }
        }
    }

    @Test
    void uniqueId() {
        assertEquals(0, of(unshared(), "unique-id").size());
        Topology t = unshared();
        domain(t, "guestA").setId("guestB");
        List<Finding> f = of(t, "unique-id");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("'guestB'"), f.get(0).message());
        assertEquals(2, f.get(0).objects().size());
    }

    @Test
    void duplicateBdf() {
        assertEquals(0, of(unshared(), "bdf").size());
        Topology t = unshared();
        PciFunction usb = fn(t, "00:1a.1");
        usb.setBdf("0000:00:1a.0");
        List<Finding> f = of(t, "bdf");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().startsWith("BDF 0000:00:1a.0 is used by 2 functions"), f.get(0).message());
        assertTrue(f.get(0).objects().contains(usb));
    }

    @Test
    void malformedBdfAndWrongBus() {
        Topology t = unshared();
        fn(t, "00:1a.1").setBdf("00:1a.9");
        fn(t, "05:00.0").setBdf("0000:06:00.0");
        List<Finding> f = of(t, "bdf");
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("function 0x9 out of range 0-7"), f.get(0).message());
        assertTrue(f.get(1).message().contains("sits on bus 0000:05 but its BDF names bus 0000:06"),
                f.get(1).message());
    }

    @Test
    void deviceAttachedToTwoDomains() {
        Topology ok = shared();
        Domain guestB = domain(ok, "guestB");
        // a second vif on Dom0's NIC-A is fine
        DeviceAttachment vif = F.createDeviceAttachment();
        vif.setFunction(fn(ok, "00:19.0"));
        vif.setMode(AttachmentMode.PARAVIRTUAL_VIF);
        vif.setBackendDomain(domain(ok, "Domain-0"));
        guestB.getAttachments().add(vif);
        assertEquals(0, of(ok, "attached-twice").size());

        Topology t = shared();
        DeviceAttachment pt = F.createDeviceAttachment();
        pt.setFunction(fn(t, "05:00.0"));
        pt.setMode(AttachmentMode.PASSTHROUGH);
        domain(t, "guestA").getAttachments().add(pt);
        List<Finding> f = of(t, "attached-twice");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("0000:05:00.0"));
        assertTrue(f.get(0).message().contains("guestA (PASSTHROUGH) and guestB (PASSTHROUGH)"), f.get(0).message());
    }

    @Test
    void vifBackendMustBeTheDriverDomain() {
        assertEquals(0, of(Examples.load("paper-case2-vif"), "vif-backend").size());
        Topology t = Examples.load("paper-case2-vif");
        DeviceAttachment vif = domain(t, "guestA").getAttachments().get(0);
        vif.setBackendDomain(domain(t, "guestB"));
        List<Finding> f = of(t, "vif-backend");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("uses guestB as backend, but the NIC's driver runs in Domain-0"),
                f.get(0).message());
        vif.setBackendDomain(null);
        assertTrue(of(t, "vif-backend").get(0).message().contains("has no backend domain. Set backendDomain to Domain-0"));
    }

    @Test
    void pinningToDisabledOrForeignCpu() {
        assertEquals(0, of(shared(), "pinning-target").size());
        Topology t = shared();
        LogicalCpu cpu5 = t.getMachine().getCpus().get(5);
        cpu5.setEnabled(false);
        Vcpu v = domain(t, "guestA").getVcpus().get(0);
        v.getHardAffinity().add(cpu5);
        LogicalCpu foreign = F.createLogicalCpu();
        foreign.setCpuId(12);
        domain(t, "guestB").getVcpus().get(0).getHardAffinity().add(foreign);
        List<Finding> f = of(t, "pinning-target");
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("guestA VCPU 0 is pinned to PCPU 5, which is disabled"));
        assertTrue(f.get(1).message().contains("PCPU 12, which is not a CPU of this machine"));
        assertTrue(f.get(0).severity() == Severity.ERROR && f.get(1).severity() == Severity.ERROR);
    }

    @Test
    void moreThanSevenDomainsOnOneGsi() {
        Topology t = unshared();
        addGuestsWithDevicesOnGsi(t, 16, 6); // Dom0 (NIC-B and USB in the unshared layout) + 6 more = 7: allowed
        assertEquals(0, of(t, "irq-max-guests").size());
        addGuestsWithDevicesOnGsi(t, 16, 1); // 8
        List<Finding> f = of(t, "irq-max-guests");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().startsWith("GSI 16 is bound by 8 domains"), f.get(0).message());
        assertEquals(9, f.get(0).objects().size()); // line + 8 domains
    }

    private static void addGuestsWithDevicesOnGsi(Topology t, int gsi, int count) {
        var bus = fn(t, "05:00.0").eContainer();
        for (int i = 0; i < count; i++) {
            int n = t.getDomains().size();
            PciFunction f = F.createPciFunction();
            f.setId("extra" + n);
            f.setName("extra " + n);
            f.setBdf(String.format("0000:05:%02x.0", n));
            f.setIntxPin(IntxPin.A);
            f.setInterruptMode(InterruptMode.INTX);
            f.setLine(fn(t, "05:00.0").getLine());
            ((org.natsume.model.PciBus) bus).getFunctions().add(f);
            Domain d = F.createDomain();
            d.setId("extra-dom" + n);
            d.setName("extra" + n);
            d.setDomid(n);
            DeviceAttachment a = F.createDeviceAttachment();
            a.setFunction(f);
            a.setMode(AttachmentMode.PASSTHROUGH);
            d.getAttachments().add(a);
            t.getDomains().add(d);
        }
        assertEquals(gsi, fn(t, "05:00.0").getLine().getGsi());
    }

    @Test
    void pinToRtVmCpuNeedsExactlyOnePcpu() {
        Topology ok = unshared();
        ok.getHypervisor().setIoapicTargetPolicy(IoApicTargetPolicy.PIN_TO_RTVM_CPU);
        assertEquals(0, of(ok, "pin-to-rtvm-cpu").size());

        Topology t = unshared();
        t.getHypervisor().setIoapicTargetPolicy(IoApicTargetPolicy.PIN_TO_RTVM_CPU);
        domain(t, "guestB").getVcpus().get(0).getHardAffinity().add(t.getMachine().getCpus().get(3));
        List<Finding> f = of(t, "pin-to-rtvm-cpu");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("guestB pinned to exactly one PCPU, but it is pinned to PCPUs 2,3"),
                f.get(0).message());

        domain(t, "guestB").setKind(DomainKind.DOMU);
        assertTrue(of(t, "pin-to-rtvm-cpu").get(0).message().contains("needs an RT_VM domain, but there is none"));
    }

    @Test
    void rtVmSharingAPcpu() {
        // the paper's Dom0 is left at Xen 3.4's defaults, one unpinned VCPU per enabled PCPU: each may run on guest
        // B's PCPU (domain.md §0.2)
        List<Finding> dom0 = of(shared(), "rtvm-pcpu-sharing");
        assertEquals(8, dom0.size(), dom0.toString());
        assertTrue(dom0.stream().allMatch(x -> x.message().contains("Domain-0 VCPU") && x.message().contains("(it is not pinned)")));
        Topology t = shared();
        domain(t, "Domain-0").getVcpus().forEach(v -> v.getHardAffinity().add(t.getMachine().getCpus().get(0)));
        assertEquals(0, of(t, "rtvm-pcpu-sharing").size());
        domain(t, "guestA").getVcpus().get(0).getHardAffinity().add(t.getMachine().getCpus().get(2));
        List<Finding> f = of(t, "rtvm-pcpu-sharing");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("RT-VM guestB VCPU 0 may run on PCPU 2, which guestA VCPU 0"),
                f.get(0).message());

        Topology unpinned = shared();
        domain(unpinned, "Domain-0").getVcpus().get(0).getHardAffinity().clear();
        assertTrue(of(unpinned, "rtvm-pcpu-sharing").get(0).message().contains("(it is not pinned)"));
    }

    @Test
    void msiCapableDeviceInIntxModeOnSharedLine() {
        // Dom0 runs 2.6.18.8-xen, built without CONFIG_PCI_MSI: its SATA controller on the shared GSI 19 cannot
        // take MSI, so nothing is suggested
        assertEquals(0, of(shared(), "msi-on-shared-line").size());

        Topology t = shared();
        dom0(t).setKernelProfile(org.natsume.model.KernelProfile.LINUX_MODERN);
        List<Finding> f = of(t, "msi-on-shared-line");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("0000:00:1f.2"), f.get(0).message());
        assertTrue(f.get(0).message().contains("Set its interruptMode to MSI"));
        fn(t, "00:1f.2").setInterruptMode(InterruptMode.MSI);
        assertEquals(0, of(t, "msi-on-shared-line").size());
    }

    @Test
    void msiUnderAKernelWithoutMsi() {
        assertEquals(0, of(shared(), "kernel-msi").size());
        Topology t = shared();
        fn(t, "00:19.0").setInterruptMode(InterruptMode.MSI); // Dom0's NIC-A under 2.6.18.8-xen
        List<Finding> f = of(t, "kernel-msi");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("0000:00:19.0") && f.get(0).message().contains("CONFIG_PCI_MSI"),
                f.get(0).message());
        dom0(t).setKernelProfile(org.natsume.model.KernelProfile.LINUX_MODERN);
        assertEquals(0, of(t, "kernel-msi").size());
    }

    private static org.natsume.model.Domain dom0(Topology t) {
        return t.getDomains().stream().filter(d -> d.getKind() == org.natsume.model.DomainKind.DOM0).findFirst()
                .orElseThrow();
    }

    @Test
    void gsiRouting() {
        assertEquals(0, of(shared(), "gsi-routing").size());
        Topology t = shared();
        var line20 = fn(t, "00:19.0").getLine();
        var rte = t.getMachine().getIoApics().get(0).getEntries().get(20);
        rte.setMasked(true);
        List<Finding> masked = of(t, "gsi-routing");
        assertEquals(1, masked.size());
        assertEquals(Severity.ERROR, masked.get(0).severity());
        assertTrue(masked.get(0).message().startsWith("IO-APIC 8 pin 20 (GSI 20) is masked"), masked.get(0).message());
        rte.setMasked(false);
        rte.setTrigger(org.natsume.model.TriggerMode.EDGE);
        assertTrue(of(t, "gsi-routing").get(0).message().contains("is programmed EDGE/LOW but the line is LEVEL/LOW"));
        rte.setTrigger(org.natsume.model.TriggerMode.LEVEL);

        line20.setGsi(40);
        assertTrue(of(t, "gsi-routing").get(0).message().contains("GSI 40 is used by 0000:00:19.0"));
        line20.setGsi(16);
        List<Finding> twice = of(t, "gsi-routing");
        assertEquals(Severity.ERROR, twice.get(0).severity());
        assertTrue(twice.get(0).message().startsWith("GSI 16 is declared twice"), twice.get(0).message());
    }

    @Test
    void sharedGsiPassThroughPassesWhenUnshared() {
        assertEquals(0, of(unshared(), "shared-gsi-passthrough").size());
        Topology t = shared();
        fn(t, "00:1a.0").setLine(null); // the USB controller leaves the line: nobody else on GSI 16
        assertEquals(0, of(t, "shared-gsi-passthrough").size());
        Topology bdf = shared();
        bdf.getHypervisor().setRoutingPolicy(RoutingPolicies.BY_BDF);
        assertEquals(Severity.INFO, of(bdf, "shared-gsi-passthrough").get(0).severity());
    }

    @Test
    void negativeGsiIsAnError() {
        Topology t = shared();
        fn(t, "05:00.0").getLine().setGsi(-3);
        List<Finding> f = of(t, "gsi-routing");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().startsWith("GSI -3 is negative"), f.get(0).message());
    }

    @Test
    void domainWithoutVcpu() {
        assertEquals(0, of(shared(), "domain-vcpu").size());
        Topology t = shared();
        Domain d = t.getDomains().get(t.getDomains().size() - 1);
        d.getVcpus().clear();
        List<Finding> f = of(t, "domain-vcpu");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("has no VCPU"), f.get(0).message());
    }

    @Test
    void domainWithoutMemory() {
        assertEquals(0, of(shared(), "domain-memory").size());
        Topology t = shared();
        t.getDomains().get(0).setMemoryMiB(-5);
        List<Finding> f = of(t, "domain-memory");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("-5 MiB"), f.get(0).message());
    }
}
