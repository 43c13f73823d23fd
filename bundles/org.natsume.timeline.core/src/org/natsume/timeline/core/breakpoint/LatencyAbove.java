package org.natsume.timeline.core.breakpoint;

import org.natsume.timeline.core.TimeFormat;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;

/**
 * Holds when a guest ISR starts more than boundNs after its device asserted (the delivery latency of domain.md §6.3,
 * the {@code arg} of {@link TraceKind#GUEST_ISR}), in one domain or (domain = -1) in any. With the trace's metadata,
 * only the ISR of the domain that owns the asserting device counts — the latency §6.3 reports — and not a spurious
 * ISR run by another sharer of the line.
 */
public record LatencyAbove(long boundNs, int domain, TraceMetadata owners) implements BreakpointCondition {

    /** Any ISR in the domain, own device or not. */
    public LatencyAbove(long boundNs, int domain) {
        this(boundNs, domain, null);
    }

    @Override
    public String describe() {
        return (owners != null ? "own-device " : "") + "guest ISR latency above " + TimeFormat.duration(boundNs)
                + (domain >= 0 ? " in domain " + domain : "");
    }

    @Override
    public boolean test(long timeNs, TraceKind kind, int journey, int cpu, int dom, int gsi, int device, long arg) {
        if (kind != TraceKind.GUEST_ISR || arg <= boundNs || (domain >= 0 && dom != domain)) {
            return false;
        }
        if (owners == null) {
            return true;
        }
        int owner = owners.ownerOf(device);
        return owner < 0 || owner == dom;
    }
}
