package org.natsume.timeline.core.breakpoint;

import org.natsume.trace.TraceKind;

/**
 * Holds when Xen notifies a domain of an interrupt from a device it does not own (domain.md §3.2, the paper's root
 * cause): {@link TraceKind#GUEST_NOTIFY} with arg 1, to one domain or (domain = -1) to any.
 */
public record SpuriousDelivery(int domain) implements BreakpointCondition {

    @Override
    public String describe() {
        return "spurious delivery" + (domain >= 0 ? " to domain " + domain : "");
    }

    @Override
    public boolean test(long timeNs, TraceKind kind, int journey, int cpu, int dom, int gsi, int device, long arg) {
        return kind == TraceKind.GUEST_NOTIFY && arg == 1 && (domain < 0 || dom == domain);
    }
}
