package org.natsume.editor.wizard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.natsume.configio.lspci.BoardImport;
import org.natsume.configio.lspci.BoardImporter;
import org.natsume.configio.lspci.LspciFormatException;
import org.natsume.configio.lspci.LspciParser;
import org.natsume.configio.lspci.ProcInterrupts;
import org.natsume.configio.lspci.ProcInterruptsParser;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.Hypervisor;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.PciBus;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.examples.Examples;
import org.natsume.model.pci.PciTree;

/**
 * The three starting points of the New Topology wizard (domain.md §2, §6): an empty machine, a built-in example, or a
 * board imported from an {@code lspci -vvnn} dump with configio's importer.
 */
public final class NewTopologies {
    private static final NatsumeFactory F = NatsumeFactory.eINSTANCE;

    private NewTopologies() {
    }

    /** A machine with 4 CPUs, one 24-pin IO-APIC and PCI bus 00, Xen 3.4.1 and a Dom0 with one VCPU. */
    public static Topology empty(String name) {
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
        IoApic a = F.createIoApic();
        a.setId("ioapic0");
        a.setIoApicId(8);
        a.setPinCount(24);
        for (int pin = 0; pin < 24; pin++) {
            RedirectionEntry e = F.createRedirectionEntry();
            e.setId("ioapic0-pin" + pin);
            e.setPin(pin);
            e.setMasked(true);
            a.getEntries().add(e);
        }
        m.getIoApics().add(a);
        PciBus bus = F.createPciBus();
        bus.setId(PciTree.busId(0, 0));
        m.getPciRoots().add(bus);
        Hypervisor h = F.createHypervisor();
        h.setId("xen");
        h.setName("Xen");
        t.setHypervisor(h);
        Domain dom0 = F.createDomain();
        dom0.setId("dom0");
        dom0.setName("Dom0");
        dom0.setKind(DomainKind.DOM0);
        Vcpu v = F.createVcpu();
        v.setId("dom0-vcpu0");
        dom0.getVcpus().add(v);
        t.getDomains().add(dom0);
        return t;
    }

    /** A built-in example by name (see {@link Examples#names()}). */
    public static Topology example(String name) {
        return Examples.load(name);
    }

    /**
     * A board imported from an {@code lspci -vvnn} dump and, optionally, a copy of {@code /proc/interrupts}.
     *
     * @throws IOException naming the file and line when a file cannot be read or is not what it should be
     */
    public static BoardImport fromLspci(Path lspci, Optional<Path> procInterrupts) throws IOException {
        try {
            Optional<ProcInterrupts> irqs = procInterrupts.isEmpty() ? Optional.empty()
                    : Optional.of(ProcInterruptsParser.parse(procInterrupts.get()));
            return BoardImporter.importBoard(LspciParser.parse(lspci), irqs);
        } catch (LspciFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
