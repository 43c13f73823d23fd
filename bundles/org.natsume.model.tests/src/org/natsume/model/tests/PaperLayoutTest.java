package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.fn;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.InterruptLine;
import org.natsume.model.KernelProfile;
import org.natsume.model.NetworkLink;
import org.natsume.model.RateMode;
import org.natsume.model.Topology;
import org.natsume.model.UdpFlood;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.examples.PaperParameters;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.model.examples.PaperTestbed.PaperCase;
import org.natsume.model.validation.TopologyValidator;

/** The paper's layouts and load as the shipped models build them (domain.md §0.3–§0.5, §6.1). */
class PaperLayoutTest {

    private static List<String> binders(Topology t, int gsi) {
        InterruptLine l = t.getMachine().getInterruptLines().stream().filter(x -> x.getGsi() == gsi).findFirst()
                .orElseThrow();
        return Ownership.boundDomains(t, l).stream().map(Domain::getId).toList();
    }

    private static String nicOf(Topology t, String hostId) {
        return t.getLinks().stream().filter(l -> l.getHost().getId().equals(hostId)).map(NetworkLink::getNic)
                .findFirst().orElseThrow().getId();
    }

    @Test
    void sharedLayoutNicBsLineHasExactlyDom0AndGuestBAsBinders() {
        Topology t = PaperTestbed.build(PaperCase.PASSTHROUGH, true);
        assertEquals(List.of(PaperTestbed.DOM0, PaperTestbed.GUEST_B), binders(t, PaperTestbed.SHARED_GSI));
        assertEquals(List.of(fn(t, "00:1a.0"), fn(t, "05:00.0")), fn(t, "05:00.0").getLine().getSharers());
        assertEquals("uhci_hcd", fn(t, "00:1a.0").getDriver(), "the quiet device has a driver in Dom0");
        assertEquals(List.of(PaperTestbed.DOM0), binders(t, PaperTestbed.UNSHARED_GSI), "NIC-A is Dom0's, alone");
        assertEquals(PaperTestbed.NIC_B, nicOf(t, "netperf-peer"));
        assertEquals(PaperTestbed.NIC_A, nicOf(t, "udp-flooder"));
    }

    @Test
    void unsharedLayoutSwapsTheNicsRoles() {
        Topology t = PaperTestbed.build(PaperCase.PASSTHROUGH, false);
        assertEquals(List.of(PaperTestbed.GUEST_B), binders(t, PaperTestbed.UNSHARED_GSI));
        assertEquals(List.of(PaperTestbed.DOM0), binders(t, PaperTestbed.SHARED_GSI), "NIC-B and USB: both Dom0's");
        assertEquals(PaperTestbed.NIC_A, nicOf(t, "netperf-peer"));
        assertEquals(PaperTestbed.NIC_B, nicOf(t, "udp-flooder"));
        assertEquals("e1000e", fn(t, "00:19.0").getDriver(), "guest B measures the 82567LM-2");
        assertFalse(TopologyValidator.hasErrors(TopologyValidator.validate(t)));
    }

    @Test
    void vifAndNativeCasesBindOnlyTheDriverDomain() {
        for (boolean sh : new boolean[] {true, false}) {
            Topology vif = PaperTestbed.build(PaperCase.VIF, sh);
            assertEquals(List.of(PaperTestbed.DOM0), binders(vif, 16));
            assertEquals(List.of(PaperTestbed.DOM0), binders(vif, 20));
            Topology nat = PaperTestbed.build(PaperCase.NATIVE, sh);
            assertEquals(List.of(PaperTestbed.NATIVE_OS), binders(nat, 16));
            assertEquals(List.of(), binders(nat, 20), "e1000e takes MSI under 2.6.26");
        }
    }

    @Test
    void theFloodIsEmptyUdpPacketsAtTheDocumentedRate() {
        UdpFlood u = (UdpFlood) PaperTestbed.build(PaperCase.VIF, true).getWorkloads().stream()
                .filter(w -> w instanceof UdpFlood).findFirst().orElseThrow();
        assertEquals(64, u.getPacketSizeBytes());
        assertEquals(RateMode.FIXED_PPS, u.getRateMode());
        assertEquals(PaperParameters.FLOOD_PPS, u.getPps());
        // 64-B frame + 8 preamble + 12 IFG = 84 B on the wire: at most 1,488,095 frames/s at 1 Gb/s
        assertEquals(1_488_095, 1_000_000_000L / (84 * 8));
        assertEquals(1_488_095, PaperParameters.FLOOD_MAX_PPS);
        assertTrue(PaperParameters.FLOOD_PPS >= PaperParameters.FLOOD_MIN_PPS
                && PaperParameters.FLOOD_PPS <= PaperParameters.FLOOD_MAX_PPS);
        assertThrows(IllegalArgumentException.class, () -> PaperParameters.DEFAULTS.withFloodPps(1_488_096));
        for (PaperParameters.Variant v : PaperParameters.all().get(0).variants()) {
            assertTrue(v.choice().floodPps() >= PaperParameters.FLOOD_MIN_PPS
                    && v.choice().floodPps() <= PaperParameters.FLOOD_MAX_PPS, v.value());
        }
    }

    @Test
    void freeParametersShapeTheModel() {
        Topology one = PaperTestbed.build(PaperCase.PASSTHROUGH, true,
                PaperParameters.DEFAULTS.withDom0Vcpus(1));
        Domain dom0 = one.getDomains().get(0);
        assertEquals(1, dom0.getVcpus().size(), "the one-VCPU variant");
        assertEquals(0, dom0.getVcpus().get(0).getHardAffinity().get(0).getCpuId());
        assertEquals(KernelProfile.LINUX_2618_XEN, dom0.getKernelProfile());
        assertEquals(8, one.getMachine().getCpus().stream().filter(c -> c.isEnabled()).count());

        Topology xen34 = PaperTestbed.build(PaperCase.PASSTHROUGH, true);
        Domain d = xen34.getDomains().get(0);
        assertEquals(DomainKind.DOM0, d.getKind());
        assertEquals(PaperParameters.XEN_3_4_DOM0_VCPUS, d.getVcpus().size(), "the default: Xen 3.4's Dom0");
        assertTrue(d.getVcpus().stream().allMatch(v -> v.getHardAffinity().isEmpty()), "Xen 3.4: unpinned");

        Topology noHt = PaperTestbed.build(PaperCase.VIF, true, PaperParameters.DEFAULTS.withHyperThreading(false));
        assertEquals(4, noHt.getMachine().getCpus().stream().filter(c -> c.isEnabled()).count());
        Topology g26 = PaperTestbed.build(PaperCase.PASSTHROUGH, false,
                PaperParameters.DEFAULTS.withGuestKernel(KernelProfile.LINUX_2626_XEN));
        assertEquals(org.natsume.model.InterruptMode.MSI, fn(g26, "00:19.0").getInterruptMode(),
                "a guest kernel with MSI gives the passed-through e1000e its own vector");
    }
}
