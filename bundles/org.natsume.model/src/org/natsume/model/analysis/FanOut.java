package org.natsume.model.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.natsume.model.Domain;
import org.natsume.model.InterruptLine;
import org.natsume.model.PciFunction;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;

/**
 * Which domains are notified when a device on a GSI interrupts (domain.md §3.2, §3.3 proposal 2).
 *
 * <p>Under {@link RoutingPolicies#BY_IRQ} (stock Xen) {@code __do_IRQ_guest} loops over every domain bound to the IRQ,
 * so an interrupt from any INTx sharer reaches all bound domains. Under {@link RoutingPolicies#BY_BDF} only the owner of
 * the asserting device is notified. An MSI/MSI-X function has its own vector: only its owner is notified under either
 * policy. Used by the editor, the simulation, the exporters and the CLI.
 */
public final class FanOut {

    /** Fan-out of one device's interrupt. */
    public record DeviceFanOut(PciFunction function, String bdf, Optional<Domain> owner, boolean usesLine,
            List<Domain> byIrq, List<Domain> byBdf) {

        public List<Domain> notified(String policy) {
            return RoutingPolicies.BY_BDF.equals(policy) ? byBdf : byIrq;
        }

        /** Domains notified although they do not own the device (spurious PIRQs). */
        public List<Domain> spurious(String policy) {
            return notified(policy).stream().filter(d -> owner.map(o -> o != d).orElse(true)).toList();
        }
    }

    /** Fan-out of every device routed to one GSI. */
    public record LineFanOut(InterruptLine line, int gsi, List<Domain> boundDomains, List<DeviceFanOut> devices) {

        /** More than one INTx sharer takes interrupts through this line. */
        public boolean shared() {
            return devices.stream().filter(DeviceFanOut::usesLine).count() > 1;
        }

        /** More than one domain is bound to the line (cross-domain EOI coupling under BY_IRQ). */
        public boolean crossDomain() {
            return boundDomains.size() > 1;
        }
    }

    private FanOut() {
    }

    /** One entry per interrupt line of the machine, in GSI order. */
    public static List<LineFanOut> compute(Topology t) {
        List<LineFanOut> out = new ArrayList<>();
        if (t.getMachine() == null) {
            return out;
        }
        List<InterruptLine> lines = new ArrayList<>(t.getMachine().getInterruptLines());
        lines.sort(Comparator.comparingInt(InterruptLine::getGsi));
        for (InterruptLine line : lines) {
            out.add(of(t, line));
        }
        return out;
    }

    /** Fan-out of one line. */
    public static LineFanOut of(Topology t, InterruptLine line) {
        List<Domain> bound = Ownership.boundDomains(t, line);
        List<DeviceFanOut> devices = new ArrayList<>();
        for (PciFunction f : line.getSharers()) {
            devices.add(of(t, f, bound));
        }
        return new LineFanOut(line, line.getGsi(), bound, List.copyOf(devices));
    }

    /** Fan-out of one function's interrupt (it need not be routed to a line). */
    public static DeviceFanOut of(Topology t, PciFunction f) {
        List<Domain> bound = f.getLine() == null ? List.of() : Ownership.boundDomains(t, f.getLine());
        return of(t, f, bound);
    }

    private static DeviceFanOut of(Topology t, PciFunction f, List<Domain> bound) {
        Optional<Domain> owner = Ownership.owner(t, f);
        boolean usesLine = Ownership.usesLine(f);
        List<Domain> own = owner.map(List::of).orElse(List.of());
        List<Domain> byIrq = usesLine ? bound : own;
        return new DeviceFanOut(f, org.natsume.model.pci.PciTree.bdfText(f), owner, usesLine, byIrq, own);
    }
}
