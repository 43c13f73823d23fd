package org.natsume.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.natsume.model.Domain;
import org.natsume.model.InterruptLine;
import org.natsume.model.PciFunction;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.examples.Examples;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.model.examples.PaperTestbed.PaperCase;
import org.natsume.model.timing.TimingParameter;
import org.natsume.model.timing.Timings;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.InterruptLineInfo;
import org.natsume.topology.Topology.PciFunctionInfo;
import org.natsume.topology.Topology.TcpStream;
import org.natsume.topology.emf.TopologyReadException;
import org.natsume.topology.emf.TopologyReader;

/** The one reader: ownership and bound domains as the model's analysis says, workloads resolved, problems named. */
class TopologyReaderTest {

    static List<String> examples() {
        return Examples.names().stream().filter(n -> n.startsWith("paper-")).toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void ownerAndBoundDomainsAreTheModelsAnalysis(String example) {
        org.natsume.model.Topology model = Examples.load(example);
        Topology t = TopologyReader.read(model);
        List<PciFunction> all = TopologyReader.allFunctions(model.getMachine());
        assertEquals(all.size(), t.machine().functions().size());
        for (PciFunction f : all) {
            PciFunctionInfo info = t.machine().function(f.getId()).orElseThrow();
            assertEquals(Ownership.owner(model, f).map(Domain::getId), info.owner(), f.getId());
            assertEquals(f.getBdf(), info.bdf().toString());
        }
        for (InterruptLine l : model.getMachine().getInterruptLines()) {
            InterruptLineInfo info = t.machine().lines().stream().filter(x -> x.id().equals(l.getId())).findFirst().orElseThrow();
            assertEquals(Ownership.boundDomains(model, l).stream().map(Domain::getId).toList(), info.boundDomains());
            assertEquals(l.getSharers().stream().map(PciFunction::getId).toList(), info.sharerIds());
        }
    }

    @Test
    void functionsAreInBdfOrder() {
        Topology t = TopologyReader.read(Examples.load("paper-case3-passthrough-shared"));
        List<PciFunctionInfo> fs = t.machine().functions();
        for (int i = 1; i < fs.size(); i++) {
            assertTrue(fs.get(i - 1).bdf().compareTo(fs.get(i).bdf()) < 0, fs.get(i).bdf().toString());
        }
    }

    @Test
    void passThroughMakesTheGuestTheOwnerAndAVifDoesNot() {
        Topology t = TopologyReader.read(PaperTestbed.build(PaperCase.PASSTHROUGH, true));
        assertEquals(Optional.of(PaperTestbed.GUEST_B), t.machine().function(PaperTestbed.NIC_B).orElseThrow().owner());
        assertEquals(Optional.of(PaperTestbed.DOM0), t.machine().function(PaperTestbed.NIC_A).orElseThrow().owner());
        DomainInfo guestA = t.domain(PaperTestbed.GUEST_A).orElseThrow();
        assertEquals(AttachmentMode.PARAVIRTUAL_VIF, guestA.attachments().get(0).mode());
        assertEquals(Optional.of(PaperTestbed.NIC_A), guestA.attachments().get(0).function());
        assertEquals(PaperTestbed.GUEST_B, t.ownerOf(t.machine().function(PaperTestbed.NIC_B).orElseThrow().bdf())
                .orElseThrow().id());
    }

    /** Each NIC function carries its driver's parameters, resolved from the kernel of the domain that drives it. */
    @Test
    void nicFunctionsCarryTheirDriversParametersFromTheOwnersKernel() {
        Topology pt = TopologyReader.read(PaperTestbed.build(PaperCase.PASSTHROUGH, true));
        PciFunctionInfo nicB = pt.machine().function(PaperTestbed.NIC_B).orElseThrow();
        var p = nicB.driverParameters().orElseThrow();
        assertEquals("LINUX_2618_XEN", p.kernel(), "guest B's kernel");
        assertEquals(8000, p.itrMode());
        assertEquals(8000, nicB.itrMode().getAsInt(), "itrMode is the ITR in effect");
        assertEquals(64, p.tidvUnits());
        assertFalse(p.msiAvailable());
        assertTrue(pt.machine().function(PaperTestbed.USB_UHCI_4).orElseThrow().driverParameters().isEmpty());

        Topology nat = TopologyReader.read(PaperTestbed.build(PaperCase.NATIVE, true));
        var n = nat.machine().function(PaperTestbed.NIC_B).orElseThrow().driverParameters().orElseThrow();
        assertEquals("LINUX_2626", n.kernel());
        assertEquals(3, n.itrMode());
        assertEquals(8, n.tidvUnits());
        var a = nat.machine().function(PaperTestbed.NIC_A).orElseThrow();
        assertTrue(a.driverParameters().orElseThrow().msiAvailable());
        assertEquals(Topology.InterruptMode.MSI, a.interruptMode());

        org.natsume.model.Topology model = PaperTestbed.build(PaperCase.PASSTHROUGH, true);
        ((org.natsume.model.Nic) model.getMachine().getPciRoots().stream()
                .flatMap(b -> org.natsume.model.pci.PciTree.functions(model.getMachine()).stream())
                .filter(f -> f.getId().equals(PaperTestbed.NIC_B)).findFirst().orElseThrow()).setItrMode(20000);
        var over = TopologyReader.read(model).machine().function(PaperTestbed.NIC_B).orElseThrow();
        assertEquals(20000, over.itrMode().getAsInt(), "the NIC's own setting overrides the kernel default");
        assertTrue(over.driverParameters().orElseThrow().itrFromModel());
    }

    @Test
    void aWorkloadsNicIsTheOneLinkedToItsHost() {
        org.natsume.model.Topology model = PaperTestbed.build(PaperCase.PASSTHROUGH, true);
        PaperTestbed.withTraffic(model, org.natsume.model.Direction.RECEIVE, true);
        Topology t = TopologyReader.read(model);
        TcpStream tcp = t.workloads().stream().filter(TcpStream.class::isInstance).map(TcpStream.class::cast)
                .findFirst().orElseThrow();
        assertEquals(PaperTestbed.GUEST_B, tcp.guest());
        assertEquals(PaperTestbed.NIC_B, tcp.nic());
        assertEquals(Topology.Direction.RECEIVE, tcp.direction());
    }

    @Test
    void settingsAreConvertedToTheSimulatorsUnits() {
        org.natsume.model.Topology model = PaperTestbed.build(PaperCase.VIF, false);
        Timings.set(model.getSettings(), TimingParameter.T_IPI, 1.7);
        Timings.set(model.getSettings(), TimingParameter.NIC_TSO, 0);
        Topology t = TopologyReader.read(model);
        assertEquals(1700, t.timing().get(TimingParameter.T_IPI), "µs in the model, ns in the simulator");
        assertEquals(0, t.timing().get(TimingParameter.NIC_TSO), "a flag stays a flag");
        assertEquals(10_000_000, t.timing().get(TimingParameter.TICK), "ms default in ns");
        assertEquals(1_000_000_000L, t.timing().get(TimingParameter.LINK_RATE), "Gb/s default in bit/s");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        org.natsume.model.Topology model = PaperTestbed.build(PaperCase.PASSTHROUGH, true);
        TopologyReader.allFunctions(model.getMachine()).get(0).setBdf("00:zz.0");
        org.natsume.model.TimingValue v = org.natsume.model.NatsumeFactory.eINSTANCE.createTimingValue();
        v.setSymbol("t_nope");
        model.getSettings().getTimings().add(v);
        TopologyReadException e = assertThrows(TopologyReadException.class, () -> TopologyReader.read(model));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).contains("00:zz.0"), e.problems().get(0));
        assertTrue(e.problems().get(1).contains("t_nope"), e.problems().get(1));
    }

    @Test
    void aTopologyWithoutMachineIsRefused() {
        org.natsume.model.Topology model = org.natsume.model.NatsumeFactory.eINSTANCE.createTopology();
        assertFalse(assertThrows(TopologyReadException.class, () -> TopologyReader.read(model)).problems().isEmpty());
    }
}
