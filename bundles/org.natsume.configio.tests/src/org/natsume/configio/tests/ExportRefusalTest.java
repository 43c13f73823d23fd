package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.Exporters;
import org.natsume.configio.export.GeneratedFile;
import org.natsume.model.AttachmentMode;
import org.natsume.model.Nic;
import org.natsume.model.SchedulerKind;
import org.natsume.model.Topology;

/** Every refusal of every target: the model, the target and the exact reason. */
class ExportRefusalTest {

    private static final String UNSHARED = "paper-case3-passthrough-unshared";

    private static List<String> refusal(String target, Topology t) throws Exception {
        ConfigExporter e = Exporters.byId(target).orElseThrow();
        ExportRefusedException x = assertThrows(ExportRefusedException.class, () -> e.export(Models.read(t)));
        assertEquals(target, x.target());
        assertTrue(x.getMessage().startsWith("target '" + target + "' refuses the model:"), x.getMessage());
        return x.reasons();
    }

    private static void assertReason(List<String> reasons, String expected) {
        assertTrue(reasons.stream().anyMatch(r -> r.contains(expected)), "expected a reason containing\n  " + expected + "\nbut got\n  " + reasons);
    }

    private static GeneratedFile file(String target, Topology t, String path) throws Exception {
        return Exporters.byId(target).orElseThrow().export(Models.read(t)).stream().filter(f -> f.relativePath().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError(path));
    }

    @Test
    void xenTargetsRefuseANativeTopology() throws Exception {
        Topology t = Models.load("paper-case1-native");
        for (String target : List.of("xl", "xm", "boot", "cpupool", "natsume-routing", "acrn")) {
            assertReason(refusal(target, t), "no ");
        }
        assertReason(refusal("xl", t), "the model has no Xen hypervisor (native topology)");
        assertReason(refusal("jailhouse", t), "the model has no guest domain to turn into a Jailhouse cell");
    }

    @Test
    void xlRefusesADeviceGivenToTwoGuestsADisabledCpuAndBadVifValues() throws Exception {
        Topology t = Models.load(UNSHARED);
        Models.attach(t, "guestA", "0000:00:19.0", AttachmentMode.PASSTHROUGH); // guest B's NIC in the UN layout
        Models.cpu(t, 3).setEnabled(false);
        Models.pin(t, "guestA", 0, 3);
        var vif = Models.domain(t, "guestA").getAttachments().get(0);
        vif.setMac("00:16:3e:zz:00:0a");
        vif.setBridge("br0;reboot");
        List<String> r = refusal("xl", t);
        assertReason(r, "0000:00:19.0 is passed through to both 'guestA' and 'guestB'");
        assertReason(r, "domain 'guestA': VCPU 0 is pinned to PCPU 3, which is disabled");
        assertReason(r, "domain 'guestA': vif MAC '00:16:3e:zz:00:0a' is not six hex octets");
        assertReason(r, "domain 'guestA': vif bridge 'br0;reboot' is not a Linux interface name");
        assertEquals(4, r.size(), r.toString());
    }

    @Test
    void xlRefusesControlCharactersItsParserCannotRead() throws Exception {
        Topology t = Models.load(UNSHARED);
        Models.domain(t, "guestA").setName("guest\u0001A");
        assertReason(refusal("xl", t), "domain 'guest?A': control character U+0001 cannot be written in an xl.cfg string");
    }

    @Test
    void xmRefusesPerVcpuAffinity() throws Exception {
        Topology t = Models.load(UNSHARED);
        var guestB = Models.domain(t, "guestB");
        var v1 = org.natsume.model.NatsumeFactory.eINSTANCE.createVcpu();
        v1.setVcpuId(1);
        guestB.getVcpus().add(v1);
        Models.pin(t, "guestB", 1, 3);
        assertReason(refusal("xm", t), "domain 'guestB': VCPUs have different hard affinities; xm's cpus= sets one CPU list for all VCPUs");
        // xl can say it: one entry per VCPU
        assertTrue(file("xl", t, "xl/guestB.cfg").content().contains("cpus = [ \"2\", \"3\" ]\n"));
    }

    @Test
    void bootRefusesOptionsTheXenVersionLacks() throws Exception {
        Topology t = Models.load(UNSHARED);
        t.getHypervisor().setScheduler(SchedulerKind.RTDS);
        t.getHypervisor().setIrqRatelimit(10);
        List<String> r = refusal("boot", t);
        assertReason(r, "sched=rtds needs Xen 4.5+, the model says Xen 3.4.1");
        assertReason(r, "irq_ratelimit=10 needs Xen 4.0+, the model says Xen 3.4.1");
        t.getHypervisor().setVersion("4.17 beta");
        assertReason(refusal("boot", t), "Xen version '4.17 beta' is not a version string");
        t.getHypervisor().setVersion("4.17.0");
        String menu = file("boot", t, "boot/menu.lst").content();
        assertTrue(menu.contains(" sched=rtds ") && menu.contains(" irq_ratelimit=10 "), menu);
    }

    @Test
    void cpupoolRefusesWhenNoRtVmHasCpusOfItsOwnAndForSedf() throws Exception {
        Topology t = Models.load(UNSHARED);
        Models.pin(t, "guestA", 0, 2);
        assertReason(refusal("cpupool", t), "the model asks for no cpupool: no domain names one, and no RT_VM is pinned to PCPUs that no other domain uses");
        Topology s = Models.load(UNSHARED);
        s.getHypervisor().setScheduler(SchedulerKind.SEDF);
        assertReason(refusal("cpupool", s), "scheduler SEDF was removed in Xen 4.6");
    }

    @Test
    void irqAffinityRefusesAnItrValueTheDriverDoesNotTake() throws Exception {
        Topology t = Models.load(UNSHARED);
        ((Nic) Models.function(t, "0000:05:00.0")).setItrMode(7);
        assertReason(refusal("irq-affinity", t), "0000:05:00.0: ITR mode '7' is not 0, 1, 3, 4 or an interrupt rate 100-100000");
    }

    @Test
    void routingRefusesAnRtVmWithoutAPinnedCpu() throws Exception {
        Topology t = Models.load(UNSHARED);
        Models.domain(t, "guestB").getVcpus().get(0).getHardAffinity().clear();
        assertReason(refusal("natsume-routing", t), "RT_VM 'guestB' has no pinned VCPU 0; proposal 1 needs its PCPU as the physical destination of GSI 20");
    }

    @Test
    void staticPartitionersRefuseTheSharedGsiNamingItsDevicesAndDomains() throws Exception {
        Topology t = Models.load("paper-case3-passthrough-shared");
        String expected = "GSI 16 is shared by devices in different %ss: 0000:00:1a.0 (Domain-0), 0000:05:00.0 (guestB); "
                + "an IO-APIC pin can belong to only one %s";
        assertReason(refusal("jailhouse", t), String.format(expected, "cell", "cell"));
        assertReason(refusal("acrn", t), String.format(expected, "VM", "VM"));
    }

    @Test
    void jailhouseRefusesSharedCpusUnpinnedGuestsAndLongNames() throws Exception {
        Topology t = Models.load(UNSHARED);
        Models.pin(t, "guestA", 0, 2);
        assertReason(refusal("jailhouse", t), "PCPU 2 is pinned by both 'guestA' and 'guestB'; a CPU belongs to exactly one cell");
        Topology u = Models.load(UNSHARED);
        Models.domain(u, "guestA").getVcpus().get(0).getHardAffinity().clear();
        Models.domain(u, "guestB").setName("an-rt-vm-name-that-is-far-too-long-for-jailhouse");
        List<String> r = refusal("jailhouse", u);
        assertReason(r, "domain 'guestA': a Jailhouse cell owns fixed CPUs; pin its VCPUs");
        assertReason(r, "domain 'an-rt-vm-name-that-is-far-too-long-for-jailhouse': a cell name has at most 31 bytes");
    }

    @Test
    void aGsiNoIoApicServesIsRefusedWhereAPinMustBeProgrammed() throws Exception {
        Topology t = Models.load(UNSHARED);
        Models.function(t, "0000:00:19.0").getLine().setGsi(30);
        assertReason(refusal("jailhouse", t), "domain 'guestB': GSI 30 of 0000:00:19.0 is not served by any IO-APIC of the machine");
        assertReason(refusal("natsume-routing", t), "GSI 30 of 0000:00:19.0 is not served by any IO-APIC of the machine");
    }

    @Test
    void acrnRefusesNamesOutsideItsSchema() throws Exception {
        Topology t = Models.load(UNSHARED);
        Models.domain(t, "guestB").setName("guest B (RT)");
        assertReason(refusal("acrn", t), "domain 'guest B (RT)': an ACRN VM name is 1-15 characters of [A-Za-z0-9_-]");
    }

    @Test
    void theModelReaderRefusesAnUnparsableBdf() {
        Topology t = Models.load(UNSHARED);
        Models.function(t, "0000:05:00.0").setBdf("05:00.9");
        ExportRefusedException x = assertThrows(ExportRefusedException.class, () -> Models.read(t));
        assertTrue(x.reasons().get(0).startsWith("PCI function 'NIC-B 82541GI Gigabit Ethernet Controller' has no valid BDF ('05:00.9')"),
                x.reasons().toString());
    }
}
