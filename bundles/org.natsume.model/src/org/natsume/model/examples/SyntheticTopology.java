package org.natsume.model.examples;

import static org.natsume.model.examples.Parts.F;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.natsume.model.AttachmentMode;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.IntxPin;
import org.natsume.model.IoApic;
import org.natsume.model.Machine;
import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.pci.PciTree;
import org.natsume.model.timing.Timings;

/**
 * A large, valid, deterministic topology for benchmarks: {@code devices} functions spread over bridges with 8
 * devices × 4 functions each, four functions per GSI (sharing is the normal case, domain.md §4.3), one IO-APIC per 24
 * GSIs, 16 logical CPUs, Dom0 plus one guest per 20 functions. Every fifth NIC is passed through to its guest, the
 * others are vifs backed by Dom0; a pass-through NIC's GSI is bound by at most its guest and Dom0, so the topology
 * stays valid under BY_BDF (its routing policy) and exercises every fan-out path. The RT-VM (guest0) has PCPU 1
 * to itself; the other guests share PCPUs 2-15.
 */
public final class SyntheticTopology {

    /** 32 bridges on the root bus × 32 functions each. */
    public static final int MAX_DEVICES = 32 * 32;

    private SyntheticTopology() {
    }

    public static Topology build(int devices) {
        if (devices < 1 || devices > MAX_DEVICES) {
            throw new IllegalArgumentException("devices must be between 1 and " + MAX_DEVICES + ", was " + devices);
        }
        SplittableRandom random = new SplittableRandom(devices);
        Topology t = F.createTopology();
        t.setId("topology");
        t.setName("Synthetic topology with " + devices + " PCI functions");
        Machine m = F.createMachine();
        m.setId("machine");
        m.setName("synthetic");
        m.setBoard("synthetic");
        m.setCpuModel("synthetic 8-core SMT");
        t.setMachine(m);
        Parts.nehalemCpus(m, 8, 16);
        t.setHypervisor(PaperTestbed.xen());
        t.getHypervisor().setRoutingPolicy(org.natsume.model.RoutingPolicies.BY_BDF);

        int gsis = Math.max(1, (devices + 3) / 4);
        List<IoApic> ioApics = new ArrayList<>();
        for (int i = 0; i * 24 < gsis + 16; i++) {
            ioApics.add(Parts.ioApic(m, "ioapic" + i, 8 + i, 0xFEC00000L + 0x1000L * i, 24, 24 * i));
        }

        PciBus root = F.createPciBus();
        root.setId(PciTree.busId(0, 0));
        m.getPciRoots().add(root);
        int perBridge = 8 * 4;
        int bridges = (devices + perBridge - 1) / perBridge;
        List<PciFunction> functions = new ArrayList<>();
        for (int b = 0; b < bridges; b++) {
            int bus = b + 1;
            int segment = 0;
            Bdf bridgeBdf = new Bdf(segment, 0, b, 0);
            PciBridge bridge = F.createPciBridge();
            bridge.setId("bridge" + b);
            bridge.setName("Bridge " + b);
            bridge.setBdf(bridgeBdf.toString());
            bridge.setVendorId(0x8086);
            bridge.setClassCode(0x060400);
            root.getFunctions().add(bridge);
            PciBus secondary = PciTree.attachSecondaryBus(bridge, bus);
            for (int i = 0; i < perBridge && functions.size() < devices; i++) {
                int n = functions.size();
                boolean nic = n % 2 == 0;
                PciFunction f = nic ? F.createNic() : F.createPciFunction();
                f.setId("fn" + n);
                f.setName((nic ? "NIC " : "Device ") + n);
                f.setBdf(new Bdf(segment, bus, i / 4, i % 4).toString());
                f.setVendorId(0x8086);
                f.setDeviceId(nic ? 0x1076 : 0x3a37);
                f.setClassCode(nic ? 0x020000 : 0x0c0300);
                f.setDriver(nic ? "e1000" : "uhci_hcd");
                f.setIntxPin(IntxPin.get(1 + i % 4));
                f.setMsiCapable(random.nextInt(3) == 0);
                f.setInterruptMode(InterruptMode.INTX);
                secondary.getFunctions().add(f);
                functions.add(f);
            }
        }

        Domain dom0 = Parts.domain("dom0", 0, "Domain-0", DomainKind.DOM0, 2048, m.getCpus().get(0));
        t.getDomains().add(dom0);
        int guests = Math.max(1, devices / 20);
        List<Domain> guestList = new ArrayList<>();
        for (int g = 0; g < guests; g++) {
            Domain d = Parts.domain("guest" + g, g + 1, "guest" + g, g == 0 ? DomainKind.RT_VM : DomainKind.DOMU,
                    256, m.getCpus().get(g == 0 ? 1 : 2 + (g - 1) % 14));
            t.getDomains().add(d);
            guestList.add(d);
        }
        // lines: 4 consecutive functions per GSI; a passed-through NIC (every 5th NIC) makes its GSI private to
        // its guest plus Dom0's other sharers.
        for (int n = 0; n < functions.size(); n++) {
            PciFunction f = functions.get(n);
            int gsi = 16 + n / 4;
            InterruptLine line = Parts.line(m, gsi);
            f.setLine(line);
            if (f instanceof Nic nic) {
                Domain guest = guestList.get((n / 2) % guests);
                if ((n / 2) % 5 == 0 && n % 4 == 0) {
                    Parts.attach(guest, nic, AttachmentMode.PASSTHROUGH, null, null, null);
                } else {
                    Parts.attach(guest, nic, AttachmentMode.PARAVIRTUAL_VIF, dom0, "xenbr" + (n % 8),
                            String.format("00:16:3e:%02x:%02x:%02x", (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff));
                }
            }
        }
        for (IoApic a : ioApics) {
            for (InterruptLine line : m.getInterruptLines()) {
                int pin = line.getGsi() - a.getGsiBase();
                if (pin >= 0 && pin < a.getPinCount()) {
                    Parts.program(a, pin, 0x30 + (line.getGsi() % 0xc0), 0xff, line);
                }
            }
        }
        t.setSettings(Timings.defaultSettings());
        t.getSettings().setId("settings");
        return t;
    }
}
