package org.natsume.editor.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.natsume.editor.diagram.ConnectionKind;
import org.natsume.editor.diagram.DeviceKind;
import org.natsume.editor.diagram.DiagramIndex;
import org.natsume.editor.diagram.DiagramNotation;
import org.natsume.editor.diagram.NodeKind;
import org.natsume.editor.diagram.Wire;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.ExternalHost;
import org.natsume.model.Identified;
import org.natsume.model.InterruptLine;
import org.natsume.model.IntxPin;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.NatsumePackage.Literals;
import org.natsume.model.NetworkLink;
import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.Polarity;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.TriggerMode;
import org.natsume.model.Vcpu;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.ioapic.PinProgramming;
import org.natsume.model.pci.PciTree;

/**
 * Every edit the diagram can make, as an EMF command for the editing domain's command stack (domain.md §2): create a
 * node, connect two nodes, delete, move, rename, change a BDF or the routing policy. Nothing here touches the model
 * directly; the caller executes the command, so undo/redo, the dirty marker and the Properties view all follow.
 * A method returns {@code null} when the edit makes no sense (for example pinning a device to a CPU), which GEF shows
 * as the "not allowed" cursor.
 */
public final class TopologyCommands {
    private static final NatsumeFactory F = NatsumeFactory.eINSTANCE;

    private final EditingDomain domain;
    private final Topology topology;
    private final DiagramNotation notation;

    public TopologyCommands(EditingDomain domain, Topology topology, DiagramNotation notation) {
        this.domain = domain;
        this.topology = topology;
        this.notation = notation;
    }

    public Topology topology() {
        return topology;
    }

    public DiagramNotation notation() {
        return notation;
    }

    public EditingDomain domain() {
        return domain;
    }

    // ---------------------------------------------------------------------------------------------- creation

    /**
     * Creates a node of {@code kind}. Devices and bridges need a {@link PciBus} as {@code container}, VCPUs a
     * {@link Domain}; everything else goes on the diagram at {@code x,y}.
     */
    public Command create(NodeKind kind, EObject container, int x, int y) {
        CompoundCommand c = new CompoundCommand("Create " + kind.label());
        Machine machine = topology.getMachine();
        if (machine == null && needsMachine(kind)) {
            machine = F.createMachine();
            machine.setId(uniqueId("machine"));
            machine.setName("machine");
            c.append(new SetCommand(domain, topology, Literals.TOPOLOGY__MACHINE, machine));
        }
        EObject created;
        switch (kind) {
        case CPU -> {
            LogicalCpu cpu = F.createLogicalCpu();
            int n = machine.getCpus().stream().mapToInt(LogicalCpu::getCpuId).max().orElse(-1) + 1;
            cpu.setCpuId(n);
            cpu.setApicId(n);
            cpu.setCore(n);
            cpu.setId(uniqueId("cpu" + n));
            c.append(new AddCommand(domain, machine, Literals.MACHINE__CPUS, cpu));
            created = cpu;
        }
        case IO_APIC -> {
            IoApic a = newIoApic(machine);
            c.append(new AddCommand(domain, machine, Literals.MACHINE__IO_APICS, a));
            created = a;
        }
        case PCI_BUS -> {
            PciBus bus = F.createPciBus();
            bus.setBusNumber(freeBusNumber(machine));
            bus.setId(uniqueId(PciTree.busId(0, bus.getBusNumber())));
            c.append(new AddCommand(domain, machine, Literals.MACHINE__PCI_ROOTS, bus));
            created = bus;
        }
        case PCI_BRIDGE, NIC, USB, STORAGE, DEVICE -> {
            PciBus bus = container instanceof PciBus b ? b : machine.getPciRoots().stream().findFirst().orElse(null);
            if (bus == null) {
                return null; // a device needs a bus: the tool is refused on an empty diagram
            }
            PciFunction f = device(kind.deviceKind(), bus, machine);
            if (f == null) {
                return null; // all 32 device numbers of the bus are taken
            }
            c.append(new AddCommand(domain, bus, Literals.PCI_BUS__FUNCTIONS, f));
            if (f instanceof PciBridge b) {
                // the bridge lives inside its bus; the bus behind it is a node of its own, placed below the drop point
                c.append(notation.move(domain, b.getSecondaryBus(), x + 40, y + 140));
            }
            return c;
        }
        case INTERRUPT_LINE -> {
            InterruptLine line = F.createInterruptLine();
            line.setGsi(freeGsi(machine));
            line.setTrigger(TriggerMode.LEVEL);
            line.setPolarity(Polarity.LOW);
            line.setId(uniqueId("gsi" + line.getGsi()));
            c.append(new AddCommand(domain, machine, Literals.MACHINE__INTERRUPT_LINES, line));
            created = line;
        }
        case DOM0, DOMU, RT_VM -> {
            Domain d = domain(kind.domainKind());
            c.append(new AddCommand(domain, topology, Literals.TOPOLOGY__DOMAINS, d));
            created = d;
        }
        case VCPU -> {
            if (!(container instanceof Domain d)) {
                return null;
            }
            Vcpu v = F.createVcpu();
            v.setVcpuId(d.getVcpus().stream().mapToInt(Vcpu::getVcpuId).max().orElse(-1) + 1);
            v.setId(uniqueId(d.getId() + "-vcpu" + v.getVcpuId()));
            c.append(new AddCommand(domain, d, Literals.DOMAIN__VCPUS, v));
            return c;
        }
        case EXTERNAL_HOST -> {
            ExternalHost h = F.createExternalHost();
            h.setId(uniqueId("host"));
            h.setName(h.getId());
            c.append(new AddCommand(domain, topology, Literals.TOPOLOGY__EXTERNAL_HOSTS, h));
            created = h;
        }
        default -> throw new IllegalArgumentException(kind.name());
        }
        c.append(notation.move(domain, created, x, y));
        return c;
    }

    private static boolean needsMachine(NodeKind kind) {
        return switch (kind) {
        case DOM0, DOMU, RT_VM, VCPU, EXTERNAL_HOST -> false;
        default -> true;
        };
    }

    /** A 24-pin IO-APIC whose GSIs follow the machine's last one, every pin masked (not yet added to {@code m}). */
    public IoApic newIoApic(Machine m) {
        IoApic a = F.createIoApic();
        a.setIoApicId(m.getIoApics().stream().mapToInt(IoApic::getIoApicId).max().orElse(7) + 1);
        a.setGsiBase(m.getIoApics().stream().mapToInt(x -> x.getGsiBase() + x.getPinCount()).max().orElse(0));
        a.setPinCount(24);
        a.setId(uniqueId("ioapic" + a.getIoApicId()));
        for (int pin = 0; pin < a.getPinCount(); pin++) {
            RedirectionEntry e = F.createRedirectionEntry();
            e.setId(a.getId() + "-pin" + pin);
            e.setPin(pin);
            e.setMasked(true);
            // ISA GSIs 0-15 are EDGE/HIGH, the PCI ones above LEVEL/LOW (domain.md §4.3)
            boolean isa = a.getGsiBase() + pin < 16;
            e.setTrigger(isa ? TriggerMode.EDGE : TriggerMode.LEVEL);
            e.setPolarity(isa ? Polarity.HIGH : Polarity.LOW);
            a.getEntries().add(e);
        }
        return a;
    }

    private static int freeBusNumber(Machine m) {
        return m == null ? 0 : PciTree.buses(m).stream().mapToInt(PciBus::getBusNumber).max().orElse(-1) + 1;
    }

    private static int freeGsi(Machine m) {
        Set<Integer> used = new HashSet<>();
        m.getInterruptLines().forEach(l -> used.add(l.getGsi()));
        int gsi = 16; // ICH PIRQA#-H# feed GSI 16-23 (domain.md §4.3); start where PCI INTx lines live
        while (used.contains(gsi)) {
            gsi++;
        }
        return gsi;
    }

    /** Device numbers on {@code bus} taken by a function numbered {@code function} (by any function when < 0). */
    private static Set<Integer> usedDevices(PciBus bus, int function) {
        Set<Integer> used = new HashSet<>();
        for (PciFunction f : bus.getFunctions()) {
            PciTree.bdf(f).filter(b -> function < 0 || b.function() == function).ifPresent(b -> used.add(b.device()));
        }
        return used;
    }

    private PciFunction device(DeviceKind kind, PciBus bus, Machine machine) {
        Set<Integer> used = usedDevices(bus, -1);
        int dev = 0;
        while (used.contains(dev)) {
            dev++;
        }
        if (dev > Bdf.MAX_DEVICE) {
            return null;
        }
        Bdf bdf = new Bdf(bus.getSegment(), bus.getBusNumber(), dev, 0);
        PciFunction f = switch (kind) {
        case NIC -> F.createNic();
        case BRIDGE -> F.createPciBridge();
        default -> F.createPciFunction();
        };
        f.setBdf(bdf.toString());
        f.setClassCode(kind.classCode());
        f.setName(kind.label());
        f.setIntxPin(kind == DeviceKind.BRIDGE ? IntxPin.NONE : IntxPin.A);
        switch (kind) {
        case NIC -> {
            f.setDriver("e1000e");
            f.setVendorId(0x8086);
            f.setMsiCapable(true);
        }
        case USB -> f.setDriver("uhci_hcd");
        case STORAGE -> {
            f.setDriver("ahci");
            f.setMsiCapable(true);
        }
        default -> {
        }
        }
        f.setId(uniqueId(String.format("pci-%02x-%02x.%d", bdf.bus(), bdf.device(), bdf.function())));
        if (f instanceof PciBridge b) {
            PciBus secondary = PciTree.attachSecondaryBus(b, freeBusNumber(machine));
            secondary.setId(uniqueId(secondary.getId()));
        }
        return f;
    }

    private Domain domain(DomainKind kind) {
        Domain d = F.createDomain();
        d.setKind(kind);
        int domid = kind == DomainKind.DOM0 ? 0
                : topology.getDomains().stream().mapToInt(Domain::getDomid).max().orElse(0) + 1;
        d.setDomid(domid);
        String base = switch (kind) {
        case DOM0 -> "dom0";
        case RT_VM -> "rt-vm";
        default -> "guest";
        };
        d.setId(uniqueId(base));
        d.setName(d.getId());
        Vcpu v = F.createVcpu();
        v.setVcpuId(0);
        v.setId(d.getId() + "-vcpu0");
        d.getVcpus().add(v);
        return d;
    }

    /** {@code base} if no object of the topology has that id, else {@code base-2}, {@code base-3}, ... */
    public String uniqueId(String base) {
        Set<String> ids = new HashSet<>();
        for (Iterator<EObject> it = topology.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified i && i.getId() != null) {
                ids.add(i.getId());
            }
        }
        if (!ids.contains(base)) {
            return base;
        }
        int n = 2;
        while (ids.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    // ---------------------------------------------------------------------------------------------- connections

    /** Why {@link #connect} refuses a pair, for the status line; {@code null} when it accepts it. */
    public String refusal(ConnectionKind kind, EObject source, EObject target) {
        return switch (kind) {
        case INTX -> source instanceof PciFunction && !(source instanceof PciBridge)
                ? target instanceof InterruptLine ? null : "INTx wiring ends on an interrupt line"
                : "INTx wiring starts at a device";
        case PINNING -> source instanceof Vcpu ? target instanceof LogicalCpu ? null : "pinning ends on a CPU"
                : "pinning starts at a VCPU";
        case ASSIGN_VIF, ASSIGN_PASSTHROUGH, ASSIGN_NATIVE -> source instanceof PciFunction
                && !(source instanceof PciBridge) ? target instanceof Domain ? null : "assignment ends on a domain"
                        : "assignment starts at a device";
        case LINK -> source instanceof Nic ? target instanceof ExternalHost ? null
                : "a network link ends on an external host" : "a network link starts at a NIC";
        };
    }

    /** Whether a connection of {@code kind} may start at {@code source}. */
    public boolean canStart(ConnectionKind kind, EObject source) {
        return switch (kind) {
        case INTX, ASSIGN_VIF, ASSIGN_PASSTHROUGH, ASSIGN_NATIVE -> source instanceof PciFunction
                && !(source instanceof PciBridge);
        case PINNING -> source instanceof Vcpu;
        case LINK -> source instanceof Nic;
        };
    }

    /** Connects {@code source} to {@code target} with {@code kind}; {@code null} if the pair does not fit. */
    public Command connect(ConnectionKind kind, EObject source, EObject target) {
        if (target == null || refusal(kind, source, target) != null) {
            return null;
        }
        CompoundCommand c = new CompoundCommand(kind.label());
        switch (kind) {
        case INTX -> {
            PciFunction f = (PciFunction) source;
            if (f.getLine() == target) {
                return null;
            }
            if (f.getIntxPin() == IntxPin.NONE) {
                c.append(new SetCommand(domain, f, Literals.PCI_FUNCTION__INTX_PIN, IntxPin.A));
            }
            c.append(new SetCommand(domain, f, Literals.PCI_FUNCTION__LINE, target));
            appendIfAny(c, programPin((InterruptLine) target, ((InterruptLine) target).getGsi()));
        }
        case PINNING -> {
            Vcpu v = (Vcpu) source;
            if (v.getHardAffinity().contains(target)) {
                return null;
            }
            c.append(new AddCommand(domain, v, Literals.VCPU__HARD_AFFINITY, target));
        }
        case ASSIGN_VIF, ASSIGN_PASSTHROUGH, ASSIGN_NATIVE -> {
            PciFunction f = (PciFunction) source;
            Domain d = (Domain) target;
            if (d.getAttachments().stream().anyMatch(a -> a.getFunction() == f)) {
                return null;
            }
            DeviceAttachment a = F.createDeviceAttachment();
            a.setFunction(f);
            a.setMode(kind.mode());
            if (kind.mode() == AttachmentMode.PARAVIRTUAL_VIF) {
                Ownership.driverDomain(topology).filter(b -> b != d).ifPresent(a::setBackendDomain);
                a.setBridge("xenbr0");
            }
            a.setId(uniqueId(d.getId() + "-" + (f.getId() == null ? "dev" : f.getId())));
            c.append(new AddCommand(domain, d, Literals.DOMAIN__ATTACHMENTS, a));
        }
        case LINK -> {
            NetworkLink l = F.createNetworkLink();
            l.setNic((Nic) source);
            l.setHost((ExternalHost) target);
            l.setId(uniqueId("link-" + ((Identified) source).getId()));
            c.append(new AddCommand(domain, topology, Literals.TOPOLOGY__LINKS, l));
        }
        }
        return c;
    }

    /**
     * Moves one end of an existing edge: {@code newSource} or {@code newTarget} (the other {@code null}) replaces that
     * end, as one undoable step. An INTx wire is rerouted, a pinning moved to another VCPU or PCPU, an attachment
     * given to another domain or device, a link moved to another NIC or host. {@code null} when the new end does not
     * fit the edge (see {@link #reconnectRefusal}) or is the old one.
     */
    public Command reconnect(Object edge, EObject newSource, EObject newTarget) {
        EObject source = newSource != null ? newSource : DiagramIndex.source(edge);
        EObject target = newTarget != null ? newTarget : DiagramIndex.target(edge);
        if (reconnectRefusal(edge, source, target) != null
                || (source == DiagramIndex.source(edge) && target == DiagramIndex.target(edge))) {
            return null;
        }
        CompoundCommand c = new CompoundCommand("Reconnect");
        if (edge instanceof Wire.Intx w) {
            if (source != w.source()) {
                c.append(new SetCommand(domain, w.source(), Literals.PCI_FUNCTION__LINE, null));
            }
            PciFunction f = (PciFunction) source;
            if (f.getIntxPin() == IntxPin.NONE) {
                c.append(new SetCommand(domain, f, Literals.PCI_FUNCTION__INTX_PIN, IntxPin.A));
            }
            c.append(new SetCommand(domain, f, Literals.PCI_FUNCTION__LINE, target));
            appendIfAny(c, programPin((InterruptLine) target, ((InterruptLine) target).getGsi()));
        } else if (edge instanceof Wire.Pinning p) {
            c.append(new RemoveCommand(domain, p.source(), Literals.VCPU__HARD_AFFINITY, p.target()));
            c.append(new AddCommand(domain, source, Literals.VCPU__HARD_AFFINITY, target));
        } else if (edge instanceof DeviceAttachment a) {
            if (source != a.getFunction()) {
                c.append(new SetCommand(domain, a, Literals.DEVICE_ATTACHMENT__FUNCTION, source));
            }
            if (target != a.eContainer()) {
                c.append(new RemoveCommand(domain, a.eContainer(), Literals.DOMAIN__ATTACHMENTS, a));
                c.append(new AddCommand(domain, target, Literals.DOMAIN__ATTACHMENTS, a));
            }
            // the id names domain and device, as a new attachment's does
            String id = ((Domain) target).getId() + "-" + (((PciFunction) source).getId() == null ? "dev"
                    : ((PciFunction) source).getId());
            if (!id.equals(a.getId())) {
                c.append(new SetCommand(domain, a, Literals.IDENTIFIED__ID, uniqueId(id)));
            }
        } else if (edge instanceof NetworkLink l) {
            c.append(new SetCommand(domain, l, source != l.getNic() ? Literals.NETWORK_LINK__NIC
                    : Literals.NETWORK_LINK__HOST, source != l.getNic() ? source : target));
        }
        return c;
    }

    /** Why {@link #reconnect} refuses an end, for the status line; {@code null} when it accepts it. */
    public String reconnectRefusal(Object edge, EObject source, EObject target) {
        if (edge instanceof Wire.Bridge) {
            return "a bridge's secondary bus is part of the bridge; it cannot be moved";
        }
        if (edge instanceof Wire.Pinning p && target instanceof LogicalCpu cpu && source instanceof Vcpu v
                && v.getHardAffinity().contains(cpu) && (v != p.source() || cpu != p.target())) {
            return "that VCPU is already pinned to that CPU";
        }
        if (edge instanceof DeviceAttachment a && target instanceof Domain d && source instanceof PciFunction f
                && d.getAttachments().stream().anyMatch(x -> x != a && x.getFunction() == f)) {
            return "that domain already has this device";
        }
        ConnectionKind kind = edge instanceof Wire.Intx ? ConnectionKind.INTX
                : edge instanceof Wire.Pinning ? ConnectionKind.PINNING
                : edge instanceof NetworkLink ? ConnectionKind.LINK
                : edge instanceof DeviceAttachment a ? ConnectionKind.forMode(a.getMode()) : null;
        return kind == null ? "this edge cannot be moved" : refusal(kind, source, target);
    }

    /**
     * Moves a device (or a bridge with everything behind it) to another PCI bus, as one undoable step: it keeps its
     * device and function numbers if they are free there, else it takes the lowest free device number; its BDF
     * follows the bus. Its INTx wire stays as it was (reconnect it if the new slot routes elsewhere). {@code null}
     * when {@link #moveRefusal} refuses.
     */
    public Command moveToBus(PciFunction f, PciBus bus) {
        if (moveRefusal(f, bus) != null) {
            return null;
        }
        Bdf old = PciTree.bdf(f).orElse(new Bdf(bus.getSegment(), bus.getBusNumber(), 0, 0));
        Set<Integer> used = usedDevices(bus, old.function());
        int dev = used.contains(old.device()) ? 0 : old.device();
        while (used.contains(dev)) {
            dev++;
        }
        CompoundCommand c = new CompoundCommand("Move to bus " + PciTree.busId(bus.getSegment(), bus.getBusNumber()));
        c.append(new RemoveCommand(domain, f.eContainer(), Literals.PCI_BUS__FUNCTIONS, f));
        c.append(new AddCommand(domain, bus, Literals.PCI_BUS__FUNCTIONS, f));
        c.append(new SetCommand(domain, f, Literals.PCI_FUNCTION__BDF,
                new Bdf(bus.getSegment(), bus.getBusNumber(), dev, old.function()).toString()));
        return c;
    }

    /** Why {@link #moveToBus} refuses, for the status line; {@code null} when it accepts. */
    public String moveRefusal(PciFunction f, PciBus bus) {
        if (f.eContainer() == bus) {
            return "the device is on that bus already";
        }
        if (f instanceof PciBridge b && b.getSecondaryBus() == bus) {
            return "a bridge cannot move onto its own secondary bus";
        }
        if (f instanceof PciBridge b && b.getSecondaryBus() != null && isWithin(bus, b.getSecondaryBus())) {
            return "a bridge cannot move onto a bus behind itself";
        }
        return usedDevices(bus, -1).size() > Bdf.MAX_DEVICE ? "all 32 device numbers of that bus are taken" : null;
    }

    // ---------------------------------------------------------------------------------------------- deletion

    /**
     * Deletes nodes and edges. A deleted device takes its INTx routing, attachments and links with it (an attachment of
     * a device that no longer exists could not be saved); a bridge's secondary-bus edge is not deletable by itself.
     */
    public Command delete(Collection<?> items) {
        CompoundCommand c = new CompoundCommand("Delete");
        Set<EObject> objects = new LinkedHashSet<>();
        for (Object item : items) {
            if (item instanceof Wire.Intx w) {
                c.append(new SetCommand(domain, w.source(), Literals.PCI_FUNCTION__LINE, null));
            } else if (item instanceof Wire.Pinning p) {
                c.append(new RemoveCommand(domain, p.source(), Literals.VCPU__HARD_AFFINITY, p.target()));
            } else if (item instanceof EObject o && !(item instanceof Topology) && o.eContainer() != null) {
                objects.add(o);
            }
        }
        List<EObject> dependants = new ArrayList<>();
        for (EObject o : objects) {
            List<EObject> subtree = new ArrayList<>();
            subtree.add(o);
            o.eAllContents().forEachRemaining(subtree::add);
            for (EObject x : subtree) {
                if (x instanceof PciFunction f) {
                    if (f.getLine() != null) {
                        c.append(new SetCommand(domain, f, Literals.PCI_FUNCTION__LINE, null));
                    }
                    dependants.addAll(Ownership.attachments(topology, f));
                    topology.getLinks().stream().filter(l -> l.getNic() == f).forEach(dependants::add);
                }
                if (x instanceof ExternalHost h) {
                    topology.getLinks().stream().filter(l -> l.getHost() == h).forEach(dependants::add);
                }
            }
        }
        dependants.removeIf(d -> objects.stream().anyMatch(o -> isWithin(d, o)));
        objects.addAll(dependants);
        if (!objects.isEmpty()) {
            c.append(new DeleteCommand(domain, objects));
        }
        return c.isEmpty() ? null : c;
    }

    private static boolean isWithin(EObject o, EObject ancestor) {
        for (EObject x = o; x != null; x = x.eContainer()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- edits

    public Command move(EObject node, int x, int y) {
        return notation.move(domain, node, x, y);
    }

    public Command rename(EObject object, String name) {
        return new SetCommand(domain, object, Literals.NAMED_ELEMENT__NAME, name);
    }

    /** Sets a function's BDF in canonical form; throws {@link org.natsume.model.bdf.BdfFormatException} if bad. */
    public Command setBdf(PciFunction f, String text) {
        return new SetCommand(domain, f, Literals.PCI_FUNCTION__BDF, Bdf.canonical(text));
    }

    /** Moves a line to another GSI; if devices use it, the new pin is programmed as firmware would. */
    public Command setGsi(InterruptLine line, int gsi) {
        CompoundCommand c = new CompoundCommand("Set GSI");
        c.append(new SetCommand(domain, line, Literals.INTERRUPT_LINE__GSI, gsi));
        if (!Ownership.activeSharers(line).isEmpty()) {
            appendIfAny(c, programPin(line, gsi));
        }
        return c.unwrap();
    }

    /**
     * Programs the IO-APIC pin of {@code gsi} for {@code line} the way the board's firmware and Xen do when a PCI
     * device's INTx is routed there ({@link PinProgramming#firmware}): LEVEL/LOW as the line, unmasked, a free vector,
     * Xen's default destination. {@code null} when the pin is not modelled or already delivers the line's interrupts,
     * so a pin the user programmed by hand is left alone.
     */
    public Command programPin(InterruptLine line, int gsi) {
        Machine m = topology.getMachine();
        RedirectionEntry e = m == null ? null : PinProgramming.entry(m, gsi).orElse(null);
        if (e == null || PinProgramming.problem(e, line).isEmpty()) {
            return null;
        }
        PinProgramming.Setting s = PinProgramming.firmware(m, line, e);
        CompoundCommand c = new CompoundCommand("Program IO-APIC pin " + e.getPin());
        setIfChanged(c, e, Literals.REDIRECTION_ENTRY__VECTOR, s.vector());
        setIfChanged(c, e, Literals.REDIRECTION_ENTRY__DELIVERY_MODE, s.deliveryMode());
        setIfChanged(c, e, Literals.REDIRECTION_ENTRY__DESTINATION_MODE, s.destinationMode());
        setIfChanged(c, e, Literals.REDIRECTION_ENTRY__DESTINATION, s.destination());
        setIfChanged(c, e, Literals.REDIRECTION_ENTRY__TRIGGER, s.trigger());
        setIfChanged(c, e, Literals.REDIRECTION_ENTRY__POLARITY, s.polarity());
        setIfChanged(c, e, Literals.REDIRECTION_ENTRY__MASKED, s.masked());
        return c;
    }

    private void setIfChanged(CompoundCommand c, EObject o, org.eclipse.emf.ecore.EStructuralFeature f, Object v) {
        if (!java.util.Objects.equals(o.eGet(f), v)) {
            c.append(new SetCommand(domain, o, f, v));
        }
    }

    private static void appendIfAny(CompoundCommand c, Command part) {
        if (part != null) {
            c.append(part);
        }
    }

    /** Sets the hypervisor's routing policy (an installed policy's id); {@code null} for a bare-metal topology. */
    public Command setRoutingPolicy(String policy) {
        if (topology.getHypervisor() == null || java.util.Objects.equals(topology.getHypervisor().getRoutingPolicy(), policy)) {
            return null;
        }
        CompoundCommand c = new CompoundCommand("Routing policy " + policy);
        c.append(new SetCommand(domain, topology.getHypervisor(), Literals.HYPERVISOR__ROUTING_POLICY, policy));
        return c;
    }
}
