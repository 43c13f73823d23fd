package org.natsume.editor.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.Identified;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NamedElement;
import org.natsume.model.NatsumePackage.Literals;
import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.pci.PciTree;
import org.natsume.editor.layout.FreeSpot;

/**
 * Copy and paste of devices and domains (Edit > Copy / Paste in the diagram). Copy keeps detached copies, so a paste
 * works in the same or another topology editor, any number of times. Each paste is one undoable command; what it
 * creates gets ids and names no other object has, a device the first free device number on its bus (the bus
 * selected at paste time, else the original's, else the first root bus), a domain the next domid. What cannot be
 * copied as it is is adjusted and said in {@link Pasted#notes()}: a device is pasted unwired (its INTx line would
 * become shared) and without its MAC; a domain without its device attachments (a device belongs to one domain) and
 * a second Dom0 becomes a DomU; a bus with no free device number refuses the device.
 */
public final class CopyPaste {

    private record Entry(EObject copy, String originalId) {
    }

    /** What a paste does: the command (null when nothing can be pasted), the objects it adds and the adjustments. */
    public record Pasted(org.eclipse.emf.common.command.Command command, List<EObject> created, List<String> notes) {
        public String summary() {
            String what = created.size() == 1 ? "Pasted " + label(created.get(0)) : "Pasted " + created.size() + " objects";
            if (created.isEmpty()) {
                what = "Nothing pasted";
            }
            return notes.isEmpty() ? what : what + " (" + String.join("; ", notes) + ")";
        }
    }

    private static List<Entry> clipboard = List.of();

    private CopyPaste() {
    }

    /** Whether o can be copied: a device that is not a bridge, or a domain. */
    public static boolean copyable(Object o) {
        return (o instanceof PciFunction && !(o instanceof PciBridge)) || o instanceof Domain;
    }

    /** Puts copies of the copyable objects on the clipboard; returns how many. Nothing copyable leaves it as it was. */
    public static int copy(List<?> objects) {
        List<Entry> out = new ArrayList<>();
        for (Object o : objects) {
            if (copyable(o)) {
                EObject e = (EObject) o;
                out.add(new Entry(EcoreUtil.copy(e), ((Identified) e).getId()));
            }
        }
        if (!out.isEmpty()) {
            clipboard = List.copyOf(out);
        }
        return out.size();
    }

    public static boolean hasContents() {
        return !clipboard.isEmpty();
    }

    public static void clear() {
        clipboard = List.of();
    }

    /** The paste of the clipboard into cmds' topology; targetBus (nullable) receives the devices. */
    public static Pasted paste(TopologyCommands cmds, PciBus targetBus) {
        return paste(cmds, targetBus, List.of(), n -> DEFAULT_SIZE);
    }

    private static final int[] DEFAULT_SIZE = {120, 60};

    /**
     * As {@link #paste(TopologyCommands, PciBus)}; a pasted domain goes to a free spot next to its original, clear
     * of every node of {@code nodes} (the diagram's top-level nodes) at its stored position and its size.
     */
    public static Pasted paste(TopologyCommands cmds, PciBus targetBus, List<EObject> nodes,
            java.util.function.Function<EObject, int[]> sizes) {
        Topology t = cmds.topology();
        CompoundCommand c = new CompoundCommand("Paste");
        List<EObject> created = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> ids = ids(t);
        Set<String> names = names(t);
        // devices placed by this paste, per bus: later devices of the same paste take the next numbers
        java.util.Map<PciBus, Set<Integer>> taken = new java.util.HashMap<>();
        int nextDomid = t.getDomains().stream().mapToInt(Domain::getDomid).max().orElse(0) + 1;
        boolean hasDom0 = t.getDomains().stream().anyMatch(d -> d.getKind() == DomainKind.DOM0);
        List<int[]> occupied = new ArrayList<>();
        for (EObject n : nodes) {
            int[] xy = cmds.notation().position(n);
            if (xy != null) {
                int[] wh = sizes.apply(n);
                occupied.add(new int[] {xy[0], xy[1], wh[0], wh[1]});
            }
        }
        for (Entry e : clipboard) {
            EObject original = find(t, e.originalId()).orElse(null);
            if (e.copy() instanceof PciFunction proto) {
                PciFunction f = EcoreUtil.copy(proto);
                PciBus bus = targetBus != null ? targetBus
                        : original != null && original.eContainer() instanceof PciBus b ? b : firstBus(t.getMachine());
                if (bus == null) {
                    notes.add(label(f) + " not pasted: the machine has no PCI bus");
                    continue;
                }
                int fn = PciTree.bdf(proto).map(Bdf::function).orElse(0);
                Set<Integer> used = taken.computeIfAbsent(bus, b -> usedDevices(b));
                int dev = 0;
                while (used.contains(dev)) {
                    dev++;
                }
                if (dev > Bdf.MAX_DEVICE) {
                    notes.add(label(f) + " not pasted: bus " + String.format("%02x", bus.getBusNumber())
                            + " has no free device number");
                    continue;
                }
                used.add(dev);
                Bdf bdf = new Bdf(bus.getSegment(), bus.getBusNumber(), dev, fn);
                f.setBdf(bdf.toString());
                f.setId(unique(ids, String.format("pci-%02x-%02x.%d", bdf.bus(), bdf.device(), bdf.function())));
                f.setName(unique(names, f.getName() == null ? "device" : f.getName()));
                if (f.getLine() != null) {
                    f.setLine(null);
                    notes.add(f.getName() + " is unwired (draw its INTx wire)");
                }
                if (f instanceof Nic n && n.getMacAddress() != null && !n.getMacAddress().isEmpty()) {
                    n.setMacAddress(null);
                }
                c.append(new AddCommand(cmds.domain(), bus, Literals.PCI_BUS__FUNCTIONS, f));
                created.add(f);
            } else if (e.copy() instanceof Domain proto) {
                Domain d = EcoreUtil.copy(proto);
                if (d.getKind() == DomainKind.DOM0 && hasDom0) {
                    d.setKind(DomainKind.DOMU);
                    notes.add("a second Dom0 is not allowed: " + proto.getName() + " is pasted as a DomU");
                }
                if (d.getKind() == DomainKind.DOM0) {
                    d.setDomid(0);
                    hasDom0 = true;
                } else {
                    d.setDomid(nextDomid++);
                }
                d.setId(unique(ids, proto.getId() == null ? "domain" : proto.getId()));
                d.setName(unique(names, proto.getName() == null ? d.getId() : proto.getName()));
                for (Vcpu v : d.getVcpus()) {
                    v.setId(unique(ids, d.getId() + "-vcpu" + v.getVcpuId()));
                    List<LogicalCpu> pins = new ArrayList<>();
                    for (LogicalCpu cpu : v.getHardAffinity()) {
                        cpuOf(t.getMachine(), cpu.getCpuId()).ifPresent(pins::add);
                    }
                    v.getHardAffinity().clear();
                    v.getHardAffinity().addAll(pins);
                }
                if (!d.getAttachments().isEmpty()) {
                    d.getAttachments().clear();
                    notes.add(d.getName() + " without device attachments (a device belongs to one domain)");
                }
                c.append(new AddCommand(cmds.domain(), t, Literals.TOPOLOGY__DOMAINS, d));
                int[] at = original != null ? cmds.notation().position(original) : null;
                int[] size = original != null ? sizes.apply(original) : DEFAULT_SIZE;
                int[] xy = FreeSpot.near(at != null ? new int[] {at[0], at[1], size[0], size[1]}
                        : new int[] {20, 20, size[0], size[1]}, size, occupied);
                occupied.add(new int[] {xy[0], xy[1], size[0], size[1]}); // the next pasted domain avoids this one
                c.append(cmds.notation().move(cmds.domain(), d, xy[0], xy[1]));
                created.add(d);
            }
        }
        return new Pasted(created.isEmpty() ? null : c, created, notes);
    }

    private static String label(EObject o) {
        return o instanceof NamedElement n && n.getName() != null ? n.getName() : o.eClass().getName();
    }

    private static Optional<EObject> find(Topology t, String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Iterator<EObject> it = t.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Identified i && id.equals(i.getId())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private static PciBus firstBus(Machine m) {
        return m == null || m.getPciRoots().isEmpty() ? null : m.getPciRoots().get(0);
    }

    private static Optional<LogicalCpu> cpuOf(Machine m, int cpuId) {
        return m == null ? Optional.empty() : m.getCpus().stream().filter(c -> c.getCpuId() == cpuId).findFirst();
    }

    private static Set<Integer> usedDevices(PciBus bus) {
        Set<Integer> used = new HashSet<>();
        for (PciFunction f : bus.getFunctions()) {
            PciTree.bdf(f).ifPresent(b -> used.add(b.device()));
        }
        return used;
    }

    private static Set<String> ids(Topology t) {
        Set<String> ids = new HashSet<>();
        for (Iterator<EObject> it = t.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified i && i.getId() != null) {
                ids.add(i.getId());
            }
        }
        return ids;
    }

    private static Set<String> names(Topology t) {
        Set<String> names = new HashSet<>();
        for (Iterator<EObject> it = t.eAllContents(); it.hasNext();) {
            if (it.next() instanceof NamedElement n && n.getName() != null) {
                names.add(n.getName());
            }
        }
        return names;
    }

    /** base, or base-2, base-3, ... whichever is not in used; the result is added to used. */
    private static String unique(Set<String> used, String base) {
        String b = base.replaceFirst("-\\d+$", "");
        String s = used.contains(base) ? null : base;
        for (int n = 2; s == null; n++) {
            if (!used.contains(b + "-" + n)) {
                s = b + "-" + n;
            }
        }
        used.add(s);
        return s;
    }
}
