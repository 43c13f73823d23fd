package org.natsume.editor.diagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.InterruptLine;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NamedElement;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.analysis.FanOut;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.ioapic.PinProgramming;

/**
 * The diagram filter "one interrupt path" (Diagram > Show Interrupt Path Only): from a device (or an interrupt line)
 * through its INTx line and the IO-APIC with its pin, the domains bound to the line (the binders, domain.md §3.2) and
 * the device's owner, their VCPUs, and the PCPUs those VCPUs are pinned to and the pin's destination CPU. Everything
 * else is hidden, so one path of a 500-device board can be read; the containers of what is shown (a device's bus and
 * the buses and bridges above it) stay, their other devices do not.
 */
public final class PathFilter {
    private final EObject subject;
    private final Set<EObject> shown = new LinkedHashSet<>();

    private PathFilter(EObject subject) {
        this.subject = subject;
    }

    /** The filter for a device, an attachment's device or a line; null when subject starts no interrupt path. */
    public static PathFilter of(Topology t, EObject subject) {
        if (subject instanceof DeviceAttachment a) {
            subject = a.getFunction();
        }
        if (!(subject instanceof PciFunction) && !(subject instanceof InterruptLine)) {
            return null;
        }
        PathFilter p = new PathFilter(subject);
        p.compute(t);
        return p;
    }

    public EObject subject() {
        return subject;
    }

    private void compute(Topology t) {
        Machine m = t.getMachine();
        Set<Domain> domains = new LinkedHashSet<>();
        List<PciFunction> devices;
        InterruptLine line;
        if (subject instanceof PciFunction f) {
            devices = List.of(f);
            line = Ownership.usesLine(f) ? f.getLine() : null;
            FanOut.DeviceFanOut d = FanOut.of(t, f);
            d.owner().ifPresent(domains::add);
            if (line != null) {
                domains.addAll(Ownership.boundDomains(t, line));
            }
        } else {
            line = (InterruptLine) subject;
            devices = List.copyOf(line.getSharers());
            domains.addAll(Ownership.boundDomains(t, line));
            for (PciFunction f : devices) {
                Ownership.owner(t, f).ifPresent(domains::add);
            }
        }
        for (PciFunction f : devices) {
            for (EObject o = f; o != null && !(o instanceof Machine); o = o.eContainer()) {
                shown.add(o);
            }
        }
        if (line != null) {
            shown.add(line);
            if (m != null) {
                PinProgramming.ioApic(m, line.getGsi()).ifPresent(shown::add);
                PinProgramming.entry(m, line.getGsi()).ifPresent(e -> {
                    shown.add(e);
                    m.getCpus().stream().filter(c -> c.getApicId() == e.getDestination()).findFirst().ifPresent(shown::add);
                });
            }
        }
        for (Domain d : domains) {
            shown.add(d);
            for (Vcpu v : d.getVcpus()) {
                shown.add(v);
                for (LogicalCpu c : v.getHardAffinity()) {
                    shown.add(c);
                }
            }
            for (DeviceAttachment a : d.getAttachments()) {
                if (devices.contains(a.getFunction())) {
                    shown.add(a);
                }
            }
        }
    }

    /** Whether the node or edge object o is on the path. */
    public boolean shows(Object o) {
        if (o instanceof Wire w) {
            return shows(w.source()) && shows(w.target());
        }
        if (o instanceof DeviceAttachment a) {
            return shown.contains(a);
        }
        return shown.contains(o);
    }

    /** The shown objects that are nodes of their own (for the header's count). */
    public Set<EObject> shown() {
        return Set.copyOf(shown);
    }

    public String describe() {
        String name = subject instanceof NamedElement n && n.getName() != null ? n.getName()
                : subject instanceof InterruptLine l ? "GSI " + l.getGsi() : subject.eClass().getName();
        int space = name.indexOf(' ');
        return "interrupt path of " + (name.length() > 20 && space > 0 ? name.substring(0, space) : name);
    }
}
