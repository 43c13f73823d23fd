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
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.UdpFlood;
import org.natsume.model.Vcpu;
import org.natsume.model.Workload;
import org.natsume.model.kernel.KernelProfiles;
import org.natsume.model.pci.PciTree;
import org.natsume.model.timing.TimingParameter;
import org.natsume.model.timing.Timings;

/**
 * The paper's fixed testbed (domain.md §0.3–§0.5, §6.1, §4.3) as the models the product ships: Intel DX58SO
 * (X58 + ICH10R), Core i7 920 (4 cores, 8 threads with Hyper-Threading), one ICH10 IO-APIC with 24 pins,
 * NIC-A = on-board 82567LM-2 at 00:19.0 (e1000e) alone on GSI 20, NIC-B = 82541GI on a conventional PCI slot behind
 * the ICH bridge 00:1e.0 at 05:00.0 (e1000, INTx only) on GSI 16, which it shares with the ICH10's USB UHCI #4 at
 * 00:1a.0 (uhci_hcd in Dom0), the other ICH10 functions, an external netperf peer and an external UDP flooder.
 *
 * <p>The wiring never changes; the two layouts differ in the NICs' roles, as the paper's did (§0.4).
 * <b>SH</b> (paper §4): guest B's traffic crosses NIC-B, so in case 3 NIC-B's line has two binders, Dom0 (for the
 * quiet USB controller) and guest B; guest A's vif is bridged to NIC-A. <b>UN</b> (paper §5.2): guest B's traffic
 * crosses NIC-A, alone on its line (or on MSI where the kernel has it), and guest A's vif is bridged to NIC-B.
 *
 * <p>The quiet device is quiet by mechanism, not by a rate: uhci_hcd auto-stops a root hub with no device attached
 * after one second and then enables only the resume-detect interrupt [l18 drivers/usb/host/uhci-hub.c:
 * uhci_hub_status_data, uhci-hcd.c:suspend_rh], so it raises none while it still binds GSI 16 in Dom0.
 *
 * <p>Every OS names its kernel profile (Dom0 and the guests from {@link PaperParameters}, the native OS Debian's
 * 2.6.26-2-686); every MSI-capable function takes MSI exactly when the kernel driving it has CONFIG_PCI_MSI, as the
 * drivers of that era ask for it. The free parameters (flood rate, Dom0's VCPUs, Hyper-Threading, kernels) come from
 * one {@link PaperParameters.Choice}; nothing here depends on the scenario beyond case and layout. GSI numbers follow
 * the ICH10 PIRQ→IO-APIC 16–23 scheme; the exact assignment on the paper's board is not known (domain.md §4.3).
 */
public final class PaperTestbed {

    /** GSI of NIC-B's slot, shared with USB UHCI #4 (00:1a.0): the shared line of the SH layout. */
    public static final int SHARED_GSI = 16;
    /** GSI of NIC-A, which nothing else uses: guest B's line in the UN layout. */
    public static final int UNSHARED_GSI = 20;

    public static final String NIC_A = "nic-a";
    public static final String NIC_B = "nic-b";
    /** The quiet Dom0 device on NIC-B's line. */
    public static final String USB_UHCI_4 = "pci-00-1a.0";
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

    /** The testbed at the free parameters' defaults ({@link PaperParameters#DEFAULTS}). */
    public static Topology build(PaperCase paperCase, boolean sharedLine) {
        return build(paperCase, sharedLine, PaperParameters.DEFAULTS);
    }

    /**
     * @param sharedLine true for the SH layout (guest B's traffic on NIC-B, GSI 16 shared with USB), false for UN
     *        (the NICs swap roles: guest B's traffic on NIC-A)
     */
    public static Topology build(PaperCase paperCase, boolean sharedLine, PaperParameters.Choice p) {
        Topology t = F.createTopology();
        t.setId("topology");
        t.setName(switch (paperCase) {
            case NATIVE -> "Paper case 1: native Linux";
            case VIF -> "Paper case 2: both guests on vif";
            case PASSTHROUGH -> "Paper case 3: guest B pass-through";
        } + (sharedLine ? ", guest B on NIC-B (GSI 16 shared with USB)" : ", guest B on NIC-A (alone on its line)"));
        t.setDescription("Natsume paper testbed (domain.md 6.1): DX58SO, Core i7 920, Xen 3.4.1 credit scheduler, "
                + "netperf TCP_STREAM to guest B, optional flood of empty UDP packets (64-byte frames) to guest A.");

        int enabledCpus = paperCase == PaperCase.NATIVE ? 1 : p.onlinePcpus();
        Machine m = machine(enabledCpus);
        t.setMachine(m);

        if (paperCase != PaperCase.NATIVE) {
            t.setHypervisor(xen());
        }
        Nic nicA = (Nic) PciTree.find(m, "00:19.0").orElseThrow();
        Nic nicB = (Nic) PciTree.find(m, "05:00.0").orElseThrow();
        // SH: guest B's traffic crosses NIC-B, the flood NIC-A; UN: the roles swap (domain.md §0.4)
        Nic nicOfB = sharedLine ? nicB : nicA;
        Nic nicOfA = sharedLine ? nicA : nicB;
        Domain guestA;
        Domain guestB;
        if (paperCase == PaperCase.NATIVE) {
            Domain linux = Parts.domain(NATIVE_OS, 0, "Linux 2.6.26 (native)", DomainKind.NATIVE, 3072,
                    m.getCpus().get(0));
            linux.setKernelProfile(PaperParameters.NATIVE_KERNEL);
            Parts.attach(linux, nicA, AttachmentMode.NATIVE, null, null, null);
            Parts.attach(linux, nicB, AttachmentMode.NATIVE, null, null, null);
            t.getDomains().add(linux);
            guestA = linux;
            guestB = linux;
        } else {
            // Xen 3.4's defaults (domain.md §0.2): one Dom0 VCPU per online PCPU (opt_dom0_max_vcpus =
            // num_online_cpus()), none pinned (opt_dom0_vcpus_pin = 0); the paper pins only the guests
            Domain dom0 = dom0(m, p);
            guestA = Parts.domain(GUEST_A, 1, "guestA", DomainKind.DOMU, 512, m.getCpus().get(1));
            guestB = Parts.domain(GUEST_B, 2, "guestB", DomainKind.RT_VM, 512, m.getCpus().get(2));
            guestA.setKernelProfile(p.guestKernel());
            guestB.setKernelProfile(p.guestKernel());
            Parts.attach(guestA, nicOfA, AttachmentMode.PARAVIRTUAL_VIF, dom0, "xenbr0", "00:16:3e:00:00:0a");
            if (paperCase == PaperCase.VIF) {
                Parts.attach(guestB, nicOfB, AttachmentMode.PARAVIRTUAL_VIF, dom0, "xenbr1", "00:16:3e:00:00:0b");
            } else {
                Parts.attach(guestB, nicOfB, AttachmentMode.PASSTHROUGH, null, null, null);
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
        t.getLinks().add(link("link-flood", nicOfA, flooder));
        t.getLinks().add(link("link-netperf", nicOfB, peer));

        NetperfTcpStream netperf = F.createNetperfTcpStream();
        netperf.setId("netperf-b");
        netperf.setName("netperf TCP_STREAM guest B");
        netperf.setDomain(guestB);
        netperf.setPeer(peer);
        netperf.setDirection(Direction.SEND);
        UdpFlood flood = F.createUdpFlood();
        flood.setId("udp-flood-a");
        flood.setName("Flood of empty UDP packets to guest A");
        flood.setDomain(guestA);
        flood.setSource(flooder);
        flood.setPacketSizeBytes(PaperParameters.FLOOD_FRAME_BYTES);
        flood.setRateMode(RateMode.FIXED_PPS);
        flood.setPps(p.floodPps());
        t.getWorkloads().add(netperf);
        t.getWorkloads().add(flood);

        t.setSettings(Timings.defaultSettings());
        t.getSettings().setId("settings");
        if (!Double.isNaN(p.watchdogHoldoffUs())) {
            TimingParameter.bySymbol(PaperParameters.WATCHDOG_HOLDOFF_SYMBOL)
                    .ifPresent(tp -> Timings.set(t.getSettings(), tp, p.watchdogHoldoffUs()));
        }
        takeMsiWhereTheKernelHasIt(t);
        return t;
    }

    /**
     * Dom0 as the choice makes it: one VCPU pinned to CPU 0 (what the simulator runs today), or N VCPUs left
     * unpinned as Xen 3.4 does by default (domain.md §0.2).
     */
    private static Domain dom0(Machine m, PaperParameters.Choice p) {
        Domain dom0 = Parts.domain(DOM0, 0, "Domain-0", DomainKind.DOM0, 1024,
                p.dom0Vcpus() == 1 ? m.getCpus().get(0) : null);
        for (int i = 1; i < p.dom0Vcpus(); i++) {
            Vcpu v = F.createVcpu();
            v.setId(DOM0 + "-vcpu" + i);
            v.setVcpuId(i);
            dom0.getVcpus().add(v);
        }
        dom0.setKernelProfile(p.dom0Kernel());
        return dom0;
    }

    /**
     * Each MSI-capable function takes MSI when the kernel of the domain driving it has CONFIG_PCI_MSI (e1000e, ahci,
     * snd_hda_intel and pcieport all ask for it), INTx otherwise: under 2.6.18.8-xen everything is on INTx.
     */
    private static void takeMsiWhereTheKernelHasIt(Topology t) {
        for (PciFunction f : PciTree.functions(t.getMachine())) {
            if (f.isMsiCapable()) {
                f.setInterruptMode(KernelProfiles.ownerLacksMsi(t, f) ? InterruptMode.INTX : InterruptMode.MSI);
            }
        }
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

    static Machine machine(int enabledCpus) {
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
        Parts.intx(m, nicA, IntxPin.A, UNSHARED_GSI);
        usb(m, "pci-00-1a.0", "00:1a.0", "ICH10 USB UHCI #4", 0x3a37, "uhci_hcd", IntxPin.A, 16);
        usb(m, "pci-00-1a.1", "00:1a.1", "ICH10 USB UHCI #5", 0x3a38, "uhci_hcd", IntxPin.B, 21);
        usb(m, "pci-00-1a.2", "00:1a.2", "ICH10 USB UHCI #6", 0x3a39, "uhci_hcd", IntxPin.C, 19);
        usb(m, "pci-00-1a.7", "00:1a.7", "ICH10 USB2 EHCI #2", 0x3a3c, "ehci_hcd", IntxPin.C, 19);
        PciFunction hda = Parts.fn(m, F.createPciFunction(), "pci-00-1b.0", "00:1b.0", "ICH10 HD Audio", intel, 0x3a3e, 0x040300, "snd_hda_intel");
        Parts.intx(m, hda, IntxPin.A, 22);
        hda.setMsiCapable(true);
        PciBridge port1 = Parts.fn(m, F.createPciBridge(), "pci-00-1c.0", "00:1c.0", "ICH10 PCI Express Port 1", intel, 0x3a40, 0x060400, "pcieport");
        port1.setIntxPin(IntxPin.A);
        port1.setMsiCapable(true);
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
        PciFunction smbus = Parts.fn(m, F.createPciFunction(), "pci-00-1f.3", "00:1f.3", "ICH10 SMBus Controller", intel, 0x3a30, 0x0c0500, "i2c_i801");
        Parts.intx(m, smbus, IntxPin.C, 18);
        // conventional PCI slot behind 00:1e.0
        Nic nicB = Parts.fn(m, F.createNic(), NIC_B, "05:00.0", "NIC-B 82541GI Gigabit Ethernet Controller", intel, 0x1076, 0x020000, "e1000");
        nicB.setMacAddress("00:1b:21:00:00:0b");
        Parts.intx(m, nicB, IntxPin.A, SHARED_GSI); // PIRQA of the slot: with UHCI #4 (00:1a.0), domain.md §0.3

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
            t.getHypervisor().setRoutingPolicy(p2 ? RoutingPolicies.BY_BDF : RoutingPolicies.BY_IRQ);
        }
        return t;
    }
}
