package org.natsume.model.examples;

import static org.natsume.model.examples.Parts.F;

import org.natsume.model.AttachmentMode;
import org.natsume.model.Direction;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.ExternalHost;
import org.natsume.model.HostRole;
import org.natsume.model.Hypervisor;
import org.natsume.model.IntxPin;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NetperfTcpStream;
import org.natsume.model.NetworkLink;
import org.natsume.model.Nic;
import org.natsume.model.PciBus;
import org.natsume.model.Topology;
import org.natsume.model.ioapic.PinProgramming;
import org.natsume.model.pci.PciTree;
import org.natsume.model.timing.Timings;

/**
 * The New Topology wizard's starting points, also listed by {@code ./natsume examples}: a small machine that
 * validates clean and that the simulator accepts as it stands. Dom0 is pinned to CPU 0 (the simulator runs each VCPU
 * on its pinned PCPU), the IO-APIC's pins are masked until a device is wired to them, with the ICH's polarity per pin
 * (ISA pins 0–15 EDGE/HIGH, PCI pins 16–23 LEVEL/LOW, domain.md §4.3).
 */
public final class Templates {

    private Templates() {
    }

    /** 4 CPUs, one 24-pin IO-APIC, PCI bus 00, Xen 3.4.1 and a Dom0 with one VCPU on CPU 0. */
    public static Topology emptyMachine(String name) {
        Topology t = F.createTopology();
        t.setId("topology");
        t.setName(name);
        t.setDescription("New topology");
        Machine m = F.createMachine();
        m.setId("machine");
        m.setName("machine");
        t.setMachine(m);
        for (int i = 0; i < 4; i++) {
            LogicalCpu c = F.createLogicalCpu();
            c.setId("cpu" + i);
            c.setCpuId(i);
            c.setApicId(i);
            c.setCore(i);
            m.getCpus().add(c);
        }
        Parts.ioApic(m, "ioapic0", 8, 0xFEC00000L, 24, 0);
        PciBus bus = F.createPciBus();
        bus.setId(PciTree.busId(0, 0));
        m.getPciRoots().add(bus);
        Hypervisor h = F.createHypervisor();
        h.setId("xen");
        h.setName("Xen");
        t.setHypervisor(h);
        t.getDomains().add(Parts.domain("dom0", 0, "Dom0", DomainKind.DOM0, 1024, m.getCpus().get(0)));
        return t;
    }

    /**
     * The empty machine plus what the first hour draws: an RT-VM on CPU 1 that gets a NIC by pass-through, the NIC's
     * INTA# on GSI 16 (programmed as firmware does), cabled to a netperf peer, and a TCP stream from the RT-VM.
     */
    public static Topology rtVmPassthrough(String name) {
        Topology t = emptyMachine(name);
        t.setDescription("An RT-VM with a passed-through NIC on its own interrupt line");
        Machine m = t.getMachine();
        Nic nic = Parts.fn(m, F.createNic(), "nic0", "00:19.0", "NIC", 0x8086, 0x10cc, 0x020000, "e1000e");
        nic.setMsiCapable(true);
        Parts.intx(m, nic, IntxPin.A, 16);
        IoApic apic = m.getIoApics().get(0);
        PinProgramming.apply(PinProgramming.firmware(m, nic.getLine(), apic.getEntries().get(16)),
                apic.getEntries().get(16));
        Domain rt = Parts.domain("rt-vm", 1, "rt-vm", DomainKind.RT_VM, 512, m.getCpus().get(1));
        Parts.attach(rt, nic, AttachmentMode.PASSTHROUGH, null, null, null);
        t.getDomains().add(rt);
        ExternalHost peer = F.createExternalHost();
        peer.setId("netperf-peer");
        peer.setName("netperf peer");
        peer.setRole(HostRole.NETPERF_PEER);
        t.getExternalHosts().add(peer);
        NetworkLink link = F.createNetworkLink();
        link.setId("link-nic0");
        link.setNic(nic);
        link.setHost(peer);
        t.getLinks().add(link);
        NetperfTcpStream netperf = F.createNetperfTcpStream();
        netperf.setId("netperf-rt");
        netperf.setName("netperf TCP_STREAM rt-vm");
        netperf.setDomain(rt);
        netperf.setPeer(peer);
        netperf.setDirection(Direction.SEND);
        t.getWorkloads().add(netperf);
        t.setSettings(Timings.defaultSettings());
        t.getSettings().setId("settings");
        return t;
    }
}
