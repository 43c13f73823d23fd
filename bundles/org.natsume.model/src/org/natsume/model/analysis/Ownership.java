package org.natsume.model.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;

/**
 * Who owns a PCI function's interrupts (domain.md §2.3, §3.2): the domain with a PASSTHROUGH or NATIVE attachment,
 * otherwise the driver domain — Dom0, or the bare-metal OS when there is no hypervisor — which also runs the backend
 * of every vif and emulated device. A vif attachment therefore never makes its guest the owner of the physical IRQ.
 */
public final class Ownership {

    private Ownership() {
    }

    /** True for modes in which the attached domain runs the real driver and binds the physical IRQ. */
    public static boolean isExclusive(AttachmentMode mode) {
        return mode == AttachmentMode.PASSTHROUGH || mode == AttachmentMode.NATIVE;
    }

    /** All attachments of {@code f} across the topology's domains, in domain order. */
    public static List<DeviceAttachment> attachments(Topology t, PciFunction f) {
        List<DeviceAttachment> out = new ArrayList<>();
        for (Domain d : t.getDomains()) {
            for (DeviceAttachment a : d.getAttachments()) {
                if (a.getFunction() == f) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The domain that binds {@code f}'s physical interrupt, if any domain does. */
    public static Optional<Domain> owner(Topology t, PciFunction f) {
        for (DeviceAttachment a : attachments(t, f)) {
            if (isExclusive(a.getMode())) {
                return Optional.of((Domain) a.eContainer());
            }
        }
        return driverDomain(t);
    }

    /**
     * The default driver domain: the first DOM0 domain, or the first NATIVE domain when the OS runs on bare metal.
     * Functions without an exclusive attachment belong to it.
     */
    public static Optional<Domain> driverDomain(Topology t) {
        for (DomainKind kind : List.of(DomainKind.DOM0, DomainKind.NATIVE)) {
            for (Domain d : t.getDomains()) {
                if (d.getKind() == kind) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** True when the function signals through its IO-APIC line (INTx mode and routed to a GSI). */
    public static boolean usesLine(PciFunction f) {
        return f.getInterruptMode() == InterruptMode.INTX && f.getLine() != null;
    }

    /** The sharers of a line that actually take their interrupts through it (MSI/MSI-X functions have own vectors). */
    public static List<PciFunction> activeSharers(InterruptLine line) {
        return line.getSharers().stream().filter(f -> f.getInterruptMode() == InterruptMode.INTX).toList();
    }

    /** The domains bound to a GSI: the distinct owners of its active sharers, in sharer order (Xen's guest[]). */
    public static List<Domain> boundDomains(Topology t, InterruptLine line) {
        Set<Domain> out = new LinkedHashSet<>();
        for (PciFunction f : activeSharers(line)) {
            owner(t, f).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** "guestB" or, for a domain without a name, "domain 2". */
    public static String label(Domain d) {
        return d.getName() != null && !d.getName().isBlank() ? d.getName() : "domain " + d.getDomid();
    }
}
