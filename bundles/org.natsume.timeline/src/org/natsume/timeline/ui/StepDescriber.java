package org.natsume.timeline.ui;

import org.natsume.timeline.core.TimeFormat;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;

/**
 * One step of an interrupt journey in words (domain.md §3.2: device → IO-APIC → CPU → Xen → each notified guest → EOI),
 * e.g. "GUEST_NOTIFY guestB (RT-VM), spurious: guestB does not own nic-a" for the timeline cursor and the status line.
 */
public final class StepDescriber {

    private StepDescriber() {
    }

    public static String describe(TraceStore store, int i) {
        TraceMetadata m = store.metadata();
        TraceKind k = store.kind(i);
        int cpu = store.cpu(i);
        int dom = store.domain(i);
        int gsi = store.gsi(i);
        int dev = store.device(i);
        long arg = store.arg(i);
        StringBuilder b = new StringBuilder(k.name());
        switch (k) {
            case PIN_ASSERT -> b.append(' ').append(m.deviceName(dev)).append(arg == 1 ? " sends an MSI" : " asserts ")
                    .append(arg == 1 ? "" : m.gsiName(gsi));
            case APIC_DELIVER -> b.append(" to ").append(m.cpuName(cpu)).append(", vector 0x").append(Long.toHexString(arg));
            case XEN_IRQ_ENTER -> b.append(" on ").append(m.cpuName(cpu)).append(" for ").append(m.gsiName(gsi));
            case GUEST_NOTIFY -> {
                b.append(' ').append(m.domainName(dom));
                if (arg == 1) {
                    b.append(", spurious: the domain owns no device that asserted");
                }
            }
            case IPI_SEND -> b.append(" from ").append(m.cpuName(cpu)).append(" to ").append(m.cpuName(dom));
            case IPI_ARRIVE, VCPU_KICK -> b.append(" on ").append(m.cpuName(cpu));
            case GUEST_ISR -> b.append(' ').append(m.domainName(dom)).append(", latency ").append(TimeFormat.duration(arg));
            case UPCALL, GUEST_EOI -> b.append(' ').append(m.domainName(dom));
            case LINE_EOI -> b.append(' ').append(m.gsiName(gsi)).append(", line blocked ").append(TimeFormat.duration(arg));
            case LINE_MASK, EOI_TIMER, COALESCED -> b.append(' ').append(m.gsiName(gsi));
            case STATUS_READ -> b.append(' ').append(m.deviceName(dev)).append(arg == 1 ? ": interrupt pending" : ": idle");
            default -> {
                if (dom >= 0) {
                    b.append(' ').append(m.domainName(dom));
                }
            }
        }
        return b.toString();
    }
}
