package org.natsume.model.examples;

import static org.natsume.model.examples.Parts.F;

import org.natsume.model.AttachmentMode;
import org.natsume.model.Direction;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.ExternalHost;
import org.natsume.model.HostRole;
import org.natsume.model.Hypervisor;
import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.IntxPin;
import org.natsume.model.IoApic;
import org.natsume.model.IoApicTargetPolicy;
import org.natsume.model.Machine;
import org.natsume.model.NetperfTcpStream;
import org.natsume.model.NetworkLink;
import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciFunction;
import org.natsume.model.RateMode;
import org.natsume.model.RoutingPolicy;
import org.natsume.model.Topology;
import org.natsume.model.UdpFlood;
import org.natsume.model.Workload;
import org.natsume.model.pci.PciTree;
import org.natsume.model.timing.Timings;

/**
 * The paper's fixed testbed (domain.md §6.1, §4.3): Intel DX58SO (X58 + ICH10R), Core i7 920 (4 cores, 8 threads),
 * one ICH10 IO-APIC with 24 pins, NIC-A = on-board 82567LM-2 at 00:19.0 (e1000e, MSI-capable), NIC-B = 82541GI on a
 * conventional PCI slot behind the ICH bridge 00:1e.0 at 05:00.0 (e1000, INTx only), the usual ICH10 USB, HDA, SATA
 * and SMBus functions, an external netperf peer and an external UDP flooder.
 *
 * <p>Sharing: in the shared layout NIC-A runs in INTx mode and NIC-B's slot is wired to the same PIRQ, so the GSI
 * (20) carries both the flood NIC (Dom0's) and guest B's NIC; in the unshared layout NIC-A uses MSI and NIC-B's slot is
 * wired to GSI 17, which nothing else uses. GSI numbers follow the ICH10 PIRQ→IO-APIC 16–23 scheme; the exact
 * assignment on the paper's board is not known (domain.md §4.3 calls it illustrative).
 */
public final class PaperTestbed {

    /** GSI that NIC-B shares with NIC-A in the shared layout. */
    public static final int SHARED_GSI = 20;
    /** GSI that NIC-B has alone in the unshared layout. */
    public static final int UNSHARED_GSI = 17;

    public static final String NIC_A = "nic-a";
    public static final String NIC_B = "nic-b";
    public static final String DOM0 = "dom0";
    public static final String GUEST_A = "guestA";
    public static final String GUEST_B = "guestB";
    public static final String NATIVE_OS = "linux";

    /** The three cases of domain.md §6.2. */
    public enum PaperCase {
        NATIVE, VIF, PASSTHROUGH
    }

    private PaperTestbed() {
    }

    public static Topology build(PaperCase paperCase, boolean sharedLine) {
        Topology t = F.createTopology();
        t.setId("topology");
        t.setName(switch (paperCase) {
            case NATIVE -> "Paper case 1: native Linux";
            case VIF -> "Paper case 2: both guests on vif";
            case PASSTHROUGH -> "Paper case 3: guest B pass-through";
        } + (sharedLine ? ", NIC-B on a shared GSI" : ", NIC-B alone on its GSI"));
        t.setDescription("Natsume paper testbed (domain.md 6.1): DX58SO, Core i7 920, Xen 3.4.1 credit scheduler, "
                + "netperf TCP_STREAM to guest B, optional UDP flood to guest A.");

        int enabledCpus = paperCase == PaperCase.NATIVE ? 1 : 8;
        Machine m = machine(enabledCpus, sharedLine);
        t.setMachine(m);

        if (paperCase != PaperCase.NATIVE) {
            t.setHypervisor(xen());
        }
        Nic nicA = (Nic) PciTree.find(m, "00:19.0").orElseThrow();
        Nic nicB = (Nic) PciTree.find(m, "05:00.0").orElseThrow();
        Domain guestA;
        Domain guestB;
        if (paperCase == PaperCase.NATIVE) {
            Domain linux = Parts.domain(NATIVE_OS, 0, "Linux 2.6.26 (native)", DomainKind.NATIVE, 3072,
                    m.getCpus().get(0));
            Parts.attach(linux, nicA, AttachmentMode.NATIVE, null, null, null);
            Parts.attach(linux, nicB, AttachmentMode.NATIVE, null, null, null);
            t.getDomains().add(linux);
            guestA = linux;
            guestB = linux;
        } else {
            // Xen 3.4's defaults (domain.md §0.2): one Dom0 VCPU per online PCPU (opt_dom0_max_vcpus =
            // num_online_cpus()), none pinned (opt_dom0_vcpus_pin = 0); the paper pins only the guests
            Domain dom0 = Parts.domain(DOM0, 0, "Domain-0", DomainKind.DOM0, 1024, null);
            Parts.addUnpinnedVcpus(dom0, (int) m.getCpus().stream().filter(c -> c.isEnabled()).count());
            guestA = Parts.domain(GUEST_A, 1, "guestA", DomainKind.DOMU, 512, m.getCpus().get(1));
            guestB = Parts.domain(GUEST_B, 2, "guestB", DomainKind.RT_VM, 512, m.getCpus().get(2));
            Parts.attach(guestA, nicA, AttachmentMode.PARAVIRTUAL_VIF, dom0, "xenbr0", "00:16:3e:00:00:0a");
            if (paperCase == PaperCase.VIF) {
                Parts.attach(guestB, nicB, AttachmentMode.PARAVIRTUAL_VIF, dom0, "xenbr1", "00:16:3e:00:00:0b");
            } else {
                Parts.attach(guestB, nicB, AttachmentMode.PASSTHROUGH, null, null, null);
            }
            t.getDomains().add(dom0);
            t.getDomains().add(guestA);
            t.getDomains().add(guestB);
        }

        ExternalHost peer = F.createExternalHost();
        peer.setId("netperf-peer");
        peer.setName("netperf peer");
        peer.setRole(HostRole.NETPERF_PEER);
        ExternalHost flooder = F.createExternalHost();
        flooder.setId("udp-flooder");
        flooder.setName("UDP flooder");
        flooder.setRole(HostRole.UDP_FLOODER);
        t.getExternalHosts().add(peer);
        t.getExternalHosts().add(flooder);
        t.getLinks().add(link("link-a", nicA, flooder));
        t.getLinks().add(link("link-b", nicB, peer));

        NetperfTcpStream netperf = F.createNetperfTcpStream();
        netperf.setId("netperf-b");
        netperf.setName("netperf TCP_STREAM guest B");
        netperf.setDomain(guestB);
        netperf.setPeer(peer);
        netperf.setDirection(Direction.SEND);
        UdpFlood flood = F.createUdpFlood();
        flood.setId("udp-flood-a");
        flood.setName("UDP flood to guest A");
        flood.setDomain(guestA);
        flood.setSource(flooder);
        flood.setPacketSizeBytes(64);
        flood.setRateMode(RateMode.LINE_RATE);
        t.getWorkloads().add(netperf);
        t.getWorkloads().add(flood);

        t.setSettings(Timings.defaultSettings());
        t.getSettings().setId("settings");
        return t;
    }

    private static NetworkLink link(String id, Nic nic, ExternalHost host) {
        NetworkLink l = F.createNetworkLink();
        l.setId(id);
        l.setNic(nic);
        l.setHost(host);
        return l;
    }

    static Hypervisor xen() {
        Hypervisor h = F.createHypervisor();
        h.setId("xen");
        h.setName("Xen 3.4.1 + Natsume");
        return h;
    }

    static Machine machine(int enabledCpus, boolean sharedLine) {
        Machine m = F.createMachine();
        m.setId("machine");
        m.setName("DX58SO testbed");
        m.setBoard("Intel DX58SO, X58 + ICH10R");
        m.setCpuModel("Intel Core i7 920, Nehalem/Bloomfield");
        m.setClockHz(2_670_000_000L);
        Parts.nehalemCpus(m, 4, enabledCpus);
        IoApic ioapic = Parts.ioApic(m, "ioapic0", 8, 0xFEC00000L, 24, 0);

        int intel = 0x8086;
        // X58 IOH
        Parts.fn(m, F.createPciFunction(), "pci-00-00.0", "00:00.0", "X58 I/O Hub to ESI Port", intel, 0x3405, 0x060000, null);
        rootPort(m, "pci-00-01.0", "00:01.0", "X58 PCI Express Root Port 1", 0x3408, 0x01);
        rootPort(m, "pci-00-03.0", "00:03.0", "X58 PCI Express Root Port 3", 0x340a, 0x02);
        rootPort(m, "pci-00-07.0", "00:07.0", "X58 PCI Express Root Port 7", 0x340e, 0x03);
        Parts.fn(m, F.createPciFunction(), "pci-00-14.0", "00:14.0", "X58 I/O Hub System Management Registers", intel, 0x342e, 0x080000, null);
        // ICH10R
        Nic nicA = Parts.fn(m, F.createNic(), NIC_A, "00:19.0", "NIC-A 82567LM-2 Gigabit Network Connection", intel, 0x10cc, 0x020000, "e1000e");
        nicA.setMsiCapable(true);
        nicA.setMacAddress("00:1c:c0:00:00:0a");
        Parts.intx(m, nicA, IntxPin.A, SHARED_GSI);
        nicA.setInterruptMode(sharedLine ? InterruptMode.INTX : InterruptMode.MSI);
        usb(m, "pci-00-1a.0", "00:1a.0", "ICH10 USB UHCI #4", 0x3a37, "uhci_hcd", IntxPin.A, 16);
        usb(m, "pci-00-1a.1", "00:1a.1", "ICH10 USB UHCI #5", 0x3a38, "uhci_hcd", IntxPin.B, 21);
        usb(m, "pci-00-1a.2", "00:1a.2", "ICH10 USB UHCI #6", 0x3a39, "uhci_hcd", IntxPin.C, 19);
        usb(m, "pci-00-1a.7", "00:1a.7", "ICH10 USB2 EHCI #2", 0x3a3c, "ehci_hcd", IntxPin.C, 19);
        PciFunction hda = Parts.fn(m, F.createPciFunction(), "pci-00-1b.0", "00:1b.0", "ICH10 HD Audio", intel, 0x3a3e, 0x040300, "snd_hda_intel");
        Parts.intx(m, hda, IntxPin.A, 22);
        hda.setMsiCapable(true);
        hda.setInterruptMode(InterruptMode.MSI);
        PciBridge port1 = Parts.fn(m, F.createPciBridge(), "pci-00-1c.0", "00:1c.0", "ICH10 PCI Express Port 1", intel, 0x3a40, 0x060400, "pcieport");
        port1.setIntxPin(IntxPin.A);
        port1.setMsiCapable(true);
        port1.setInterruptMode(InterruptMode.MSI);
        PciTree.attachSecondaryBus(port1, 0x04);
        usb(m, "pci-00-1d.0", "00:1d.0", "ICH10 USB UHCI #1", 0x3a34, "uhci_hcd", IntxPin.A, 23);
        usb(m, "pci-00-1d.1", "00:1d.1", "ICH10 USB UHCI #2", 0x3a35, "uhci_hcd", IntxPin.B, 19);
        usb(m, "pci-00-1d.2", "00:1d.2", "ICH10 USB UHCI #3", 0x3a36, "uhci_hcd", IntxPin.C, 18);
        usb(m, "pci-00-1d.7", "00:1d.7", "ICH10 USB2 EHCI #1", 0x3a3a, "ehci_hcd", IntxPin.A, 23);
        PciBridge ichBridge = Parts.fn(m, F.createPciBridge(), "pci-00-1e.0", "00:1e.0", "82801 PCI Bridge", intel, 0x244e, 0x060401, null);
        PciTree.attachSecondaryBus(ichBridge, 0x05);
        Parts.fn(m, F.createPciFunction(), "pci-00-1f.0", "00:1f.0", "ICH10R LPC Interface Controller", intel, 0x3a16, 0x060100, "lpc_ich");
        PciFunction sata = Parts.fn(m, F.createPciFunction(), "pci-00-1f.2", "00:1f.2", "ICH10 SATA AHCI Controller", intel, 0x3a22, 0x010601, "ahci");
        Parts.intx(m, sata, IntxPin.B, 19);
        sata.setMsiCapable(true);
        sata.setInterruptMode(InterruptMode.MSI);
        PciFunction smbus = Parts.fn(m, F.createPciFunction(), "pci-00-1f.3", "00:1f.3", "ICH10 SMBus Controller", intel, 0x3a30, 0x0c0500, "i2c_i801");
        Parts.intx(m, smbus, IntxPin.C, 18);
        // conventional PCI slot behind 00:1e.0
        Nic nicB = Parts.fn(m, F.createNic(), NIC_B, "05:00.0", "NIC-B 82541GI Gigabit Ethernet Controller", intel, 0x1076, 0x020000, "e1000");
        nicB.setMacAddress("00:1b:21:00:00:0b");
        Parts.intx(m, nicB, IntxPin.A, sharedLine ? SHARED_GSI : UNSHARED_GSI);

        int cpuMask = enabledCpus >= 8 ? 0xff : (1 << enabledCpus) - 1;
        for (InterruptLine line : m.getInterruptLines()) {
            Parts.program(ioapic, line.getGsi() - ioapic.getGsiBase(), 0xa0 + 8 * (line.getGsi() - 16), cpuMask, line);
        }
        Parts.program(ioapic, 2, 0xf0, cpuMask, null); // timer (ISA IRQ 0 override)
        return m;
    }

    private static void rootPort(Machine m, String id, String bdf, String name, int device, int secondaryBus) {
        PciBridge port = Parts.fn(m, F.createPciBridge(), id, bdf, name, 0x8086, device, 0x060400, "pcieport");
        port.setIntxPin(IntxPin.A);
        port.setMsiCapable(true);
        port.setInterruptMode(InterruptMode.MSI);
        PciTree.attachSecondaryBus(port, secondaryBus);
    }

    private static void usb(Machine m, String id, String bdf, String name, int device, String driver, IntxPin pin,
            int gsi) {
        PciFunction f = Parts.fn(m, F.createPciFunction(), id, bdf, name, 0x8086, device,
                driver.startsWith("ehci") ? 0x0c0320 : 0x0c0300, driver);
        Parts.intx(m, f, pin, gsi);
    }

    // ---- variants -------------------------------------------------------------------------------------------

    /** Sets the netperf direction and switches the UDP flood on or off (scenario axes S/R and L/N of §6.2). */
    public static Topology withTraffic(Topology t, Direction direction, boolean udpLoad) {
        for (Workload w : t.getWorkloads()) {
            if (w instanceof NetperfTcpStream n) {
                n.setDirection(direction);
            } else if (w instanceof UdpFlood u) {
                u.setEnabled(udpLoad);
            }
        }
        return t;
    }

    /** Sets the Natsume proposals: P1 = IO-APIC pinned to the RT-VM's CPU, P2 = BDF routing. */
    public static Topology withProposals(Topology t, boolean p1, boolean p2) {
        if (t.getHypervisor() != null) {
            t.getHypervisor().setIoapicTargetPolicy(p1 ? IoApicTargetPolicy.PIN_TO_RTVM_CPU : IoApicTargetPolicy.XEN_DEFAULT);
            t.getHypervisor().setRoutingPolicy(p2 ? RoutingPolicy.BY_BDF : RoutingPolicy.BY_IRQ);
        }
        return t;
    }
}
