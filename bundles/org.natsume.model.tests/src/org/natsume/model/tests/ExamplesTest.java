package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.domain;
import static org.natsume.model.tests.ModelFixtures.fn;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.natsume.model.Direction;
import org.natsume.model.DomainKind;
import org.natsume.model.InterruptMode;
import org.natsume.model.IoApicTargetPolicy;
import org.natsume.model.LogicalCpu;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.NetperfTcpStream;
import org.natsume.model.Nic;
import org.natsume.model.PciFunction;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.UdpFlood;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.examples.Examples;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.model.examples.SyntheticTopology;
import org.natsume.model.pci.PciTree;
import org.natsume.model.validation.TopologyValidator;

/** The built-in examples match domain.md §6.1 and the variant helpers do what the scenario matrix needs. */
class ExamplesTest {

    @Test
    void testbedFacts() {
        Topology t = ModelFixtures.shared();
        assertEquals(8, t.getMachine().getCpus().size());
        assertEquals(List.of(0, 2, 4, 6, 1, 3, 5, 7),
                t.getMachine().getCpus().stream().map(LogicalCpu::getApicId).toList());
        assertEquals(24, t.getMachine().getIoApics().get(0).getPinCount());
        assertEquals(24, t.getMachine().getIoApics().get(0).getEntries().size());
        Nic nicA = (Nic) fn(t, "00:19.0");
        Nic nicB = (Nic) fn(t, "05:00.0");
        assertEquals("e1000e", nicA.getDriver());
        assertTrue(nicA.isMsiCapable());
        assertEquals("e1000", nicB.getDriver());
        assertFalse(nicB.isMsiCapable());
        assertEquals("0000:00:1e.0", PciTree.bdfText((PciFunction) nicB.eContainer().eContainer()),
                "NIC-B sits behind the ICH PCI bridge");
        // Xen 3.4's defaults: one Dom0 VCPU per enabled PCPU, none pinned (domain.md §0.2)
        assertEquals(8, domain(t, "Domain-0").getVcpus().size());
        assertTrue(domain(t, "Domain-0").getVcpus().stream().allMatch(v -> v.getHardAffinity().isEmpty()));
        assertEquals(DomainKind.RT_VM, domain(t, "guestB").getKind());
        assertEquals(2, domain(t, "guestB").getVcpus().get(0).getHardAffinity().get(0).getCpuId());
        assertEquals(1, Examples.load("paper-case1-native").getMachine().getCpus().stream()
                .filter(LogicalCpu::isEnabled).count());
    }

    @Test
    void sharedAndUnsharedLayouts() {
        // the wiring is the same in both (domain.md §0.3, §0.4): NIC-B with USB UHCI #4 on GSI 16, NIC-A alone on 20
        Topology shared = ModelFixtures.shared();
        assertEquals(fn(shared, "00:1a.0").getLine(), fn(shared, "05:00.0").getLine());
        assertEquals(List.of(fn(shared, "00:19.0")), fn(shared, "00:19.0").getLine().getSharers());
        assertEquals(InterruptMode.INTX, fn(shared, "00:19.0").getInterruptMode(), "2.6.18.8-xen has no MSI");
        Topology unshared = ModelFixtures.unshared();
        assertEquals(List.of(fn(unshared, "00:19.0")), fn(unshared, "00:19.0").getLine().getSharers());
        assertEquals(InterruptMode.INTX, fn(unshared, "00:19.0").getInterruptMode());
        assertEquals(InterruptMode.MSI, fn(Examples.load("paper-case1-native"), "00:19.0").getInterruptMode(),
                "e1000e takes MSI under Debian's 2.6.26");
    }

    @Test
    void variantsSwitchDirectionLoadAndProposals() {
        Topology t = PaperTestbed.withTraffic(ModelFixtures.shared(), Direction.RECEIVE, false);
        NetperfTcpStream n = (NetperfTcpStream) t.getWorkloads().get(0);
        UdpFlood u = (UdpFlood) t.getWorkloads().get(1);
        assertEquals(Direction.RECEIVE, n.getDirection());
        assertEquals("guestB", n.getDomain().getName());
        assertFalse(u.isEnabled());
        assertEquals("guestA", u.getDomain().getName());
        PaperTestbed.withProposals(t, true, true);
        assertEquals(IoApicTargetPolicy.PIN_TO_RTVM_CPU, t.getHypervisor().getIoapicTargetPolicy());
        assertEquals(RoutingPolicies.BY_BDF, t.getHypervisor().getRoutingPolicy());
        assertFalse(TopologyValidator.hasErrors(TopologyValidator.validate(t)));
    }

    @Test
    void examplesAreFreshAndDeterministic() {
        Topology a = Examples.load("paper-case2-vif");
        a.setName("changed");
        assertEquals("Paper case 2: both guests on vif, guest B on NIC-B (GSI 16 shared with USB)", Examples.load("paper-case2-vif").getName());
        assertTrue(EcoreUtil.equals(Examples.synthetic(300), Examples.synthetic(300)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Examples.load("case9"));
        assertTrue(e.getMessage().contains("known examples: paper-case1-native, paper-case2-vif"));
    }

    @Test
    void syntheticTopologyIsLargeAndValid() {
        Topology t = Examples.synthetic(500);
        assertEquals(500 + 16, PciTree.functions(t.getMachine()).size(), "500 functions + 16 bridges");
        assertFalse(TopologyValidator.hasErrors(TopologyValidator.validate(t)));
        assertThrows(IllegalArgumentException.class, () -> SyntheticTopology.build(SyntheticTopology.MAX_DEVICES + 1));
        assertFalse(TopologyValidator.hasErrors(TopologyValidator.validate(Examples.synthetic(SyntheticTopology.MAX_DEVICES))));
    }

    @Test
    void pciTreePlacesByBdf() {
        Topology t = ModelFixtures.unshared();
        var m = t.getMachine();
        PciFunction f = NatsumeFactory.eINSTANCE.createPciFunction();
        PciTree.place(m, f, Bdf.parse("00:1b.1"));
        List<String> bus0 = ((org.natsume.model.PciBus) f.eContainer()).getFunctions().stream().map(PciTree::bdfText).toList();
        assertEquals(bus0.indexOf("0000:00:1b.0") + 1, bus0.indexOf("0000:00:1b.1"));
        PciFunction g = NatsumeFactory.eINSTANCE.createPciFunction();
        PciTree.place(m, g, Bdf.parse("0001:40:00.0"));
        assertEquals(PciTree.busId(1, 0x40), ((org.natsume.model.PciBus) g.eContainer()).getId());
        assertEquals(g, PciTree.find(m, "0001:40:00.0").orElseThrow());
        assertTrue(PciTree.findBus(m, 0, 5).isPresent());
    }
}
