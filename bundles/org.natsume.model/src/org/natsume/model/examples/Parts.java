package org.natsume.model.examples;

import org.natsume.model.AttachmentMode;
import org.natsume.model.DeliveryMode;
import org.natsume.model.DestinationMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.IntxPin;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.PciFunction;
import org.natsume.model.Polarity;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.TriggerMode;
import org.natsume.model.Vcpu;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.pci.PciTree;

/** Small factory helpers shared by the built-in examples, so each example reads as a list of facts. */
final class Parts {

    static final NatsumeFactory F = NatsumeFactory.eINSTANCE;

    private Parts() {
    }

    /** Logical CPUs of a Nehalem part with {@code cores} cores and 2 threads each, numbered as Linux/Xen do. */
    static void nehalemCpus(Machine m, int cores, int enabled) {
        for (int i = 0; i < cores * 2; i++) {
            LogicalCpu c = F.createLogicalCpu();
            c.setId("cpu" + i);
            c.setCpuId(i);
            c.setCore(i % cores);
            c.setThread(i / cores);
            c.setSocket(0);
            c.setApicId((i % cores) * 2 + i / cores);
            c.setEnabled(i < enabled);
            m.getCpus().add(c);
        }
    }

    /** An IO-APIC whose pins are all masked; {@link #program} fills in the used ones. */
    static IoApic ioApic(Machine m, String id, int ioApicId, long mmio, int pins, int gsiBase) {
        IoApic a = F.createIoApic();
        a.setId(id);
        a.setIoApicId(ioApicId);
        a.setMmioBase(mmio);
        a.setPinCount(pins);
        a.setGsiBase(gsiBase);
        for (int pin = 0; pin < pins; pin++) {
            RedirectionEntry e = F.createRedirectionEntry();
            e.setId(id + "-pin" + pin);
            e.setPin(pin);
            e.setMasked(true);
            e.setTrigger(pin < 16 ? TriggerMode.EDGE : TriggerMode.LEVEL);
            e.setPolarity(pin < 16 ? Polarity.HIGH : Polarity.LOW);
            a.getEntries().add(e);
        }
        m.getIoApics().add(a);
        return a;
    }

    /** Xen 3.4 "flat" default for a used pin: lowest priority, logical, all online CPUs (domain.md §4.1). */
    static void program(IoApic a, int pin, int vector, int cpuMask, InterruptLine line) {
        RedirectionEntry e = a.getEntries().get(pin);
        e.setVector(vector);
        e.setDeliveryMode(DeliveryMode.LOWEST_PRIORITY);
        e.setDestinationMode(DestinationMode.LOGICAL);
        e.setDestination(cpuMask);
        e.setMasked(false);
        if (line != null) {
            e.setTrigger(line.getTrigger());
            e.setPolarity(line.getPolarity());
        }
    }

    static InterruptLine line(Machine m, int gsi) {
        for (InterruptLine l : m.getInterruptLines()) {
            if (l.getGsi() == gsi) {
                return l;
            }
        }
        InterruptLine l = F.createInterruptLine();
        l.setId("gsi" + gsi);
        l.setGsi(gsi);
        l.setTrigger(TriggerMode.LEVEL);
        l.setPolarity(Polarity.LOW);
        int index = 0;
        while (index < m.getInterruptLines().size() && m.getInterruptLines().get(index).getGsi() < gsi) {
            index++;
        }
        m.getInterruptLines().add(index, l);
        return l;
    }

    static <T extends PciFunction> T fn(Machine m, T f, String id, String bdf, String name, int vendor, int device,
            int classCode, String driver) {
        f.setId(id);
        f.setName(name);
        f.setVendorId(vendor);
        f.setDeviceId(device);
        f.setClassCode(classCode);
        f.setDriver(driver);
        PciTree.place(m, f, Bdf.parse(bdf));
        return f;
    }

    static void intx(Machine m, PciFunction f, IntxPin pin, int gsi) {
        f.setIntxPin(pin);
        f.setInterruptMode(InterruptMode.INTX);
        f.setLine(line(m, gsi));
    }

    static Domain domain(String id, int domid, String name, DomainKind kind, int memoryMiB, LogicalCpu pinnedTo) {
        Domain d = F.createDomain();
        d.setId(id);
        d.setDomid(domid);
        d.setName(name);
        d.setKind(kind);
        d.setMemoryMiB(memoryMiB);
        Vcpu v = F.createVcpu();
        v.setId(id + "-vcpu0");
        v.setVcpuId(0);
        if (pinnedTo != null) {
            v.getHardAffinity().add(pinnedTo);
        }
        d.getVcpus().add(v);
        return d;
    }

    /** Gives d unpinned VCPUs up to n in all (VCPU 0 is already there). */
    static void addUnpinnedVcpus(Domain d, int n) {
        for (int k = d.getVcpus().size(); k < n; k++) {
            Vcpu v = F.createVcpu();
            v.setId(d.getId() + "-vcpu" + k);
            v.setVcpuId(k);
            d.getVcpus().add(v);
        }
    }

    static DeviceAttachment attach(Domain d, PciFunction f, AttachmentMode mode, Domain backend, String bridge,
            String mac) {
        DeviceAttachment a = F.createDeviceAttachment();
        a.setId(d.getId() + "-" + f.getId());
        a.setFunction(f);
        a.setMode(mode);
        a.setBackendDomain(backend);
        a.setBridge(bridge);
        a.setMac(mac);
        d.getAttachments().add(a);
        return a;
    }
}
