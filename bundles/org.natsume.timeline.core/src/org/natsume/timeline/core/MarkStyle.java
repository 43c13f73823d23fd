package org.natsume.timeline.core;

import org.natsume.trace.TraceKind;

/**
 * What a primitive of a {@link Frame} shows; the UI maps each to a colour (issue "Timeline view": states of VCPUs and
 * lines shaded, spurious deliveries and IPIs in their own colours). Ordinals are stored in frames as bytes.
 */
public enum MarkStyle {
    /** PCPU running some VCPU. */
    CPU_BUSY,
    /** VCPU states (domain.md §2.2); the primitive's value is the credit priority class (§5.1) for shading. */
    VCPU_RUNNING, VCPU_RUNNABLE, VCPU_BLOCKED,
    /** Line states (domain.md §3.2): pin asserted, awaiting the guests' EOIs (line-blocked), masked. */
    LINE_ASSERTED, LINE_IN_FLIGHT, LINE_MASKED,
    /** Zoomed out: how many events fall in the pixel column (value = count). */
    DENSITY,
    /** A device asserting its pin or sending an MSI. */
    ASSERT,
    /** IO-APIC/LAPIC delivery and Xen's do_IRQ. */
    DELIVER,
    /** A guest notified for an interrupt of its own device. */
    NOTIFY,
    /** A spurious notification: the domain does not own the asserting device (value = count when zoomed out). */
    SPURIOUS,
    /** Kicks and IPIs. */
    IPI,
    /** Upcall and the guest ISR. */
    ISR,
    /** Guest EOI hypercall, line EOI, EOI timer. */
    EOI,
    /** Line masked, coalesced interrupts, dropped packets. */
    WARNING,
    /** Network-side events: NAPI polls, netback batches, ring notifications. */
    NETWORK,
    /** Anything else. */
    OTHER,
    /** A link between two consecutive steps of a journey. */
    JOURNEY_LINK,
    /** A link of the selected journey. */
    SELECTED_LINK,
    /** A VCPU running on a PCPU (a band under its run state); the value is the PCPU. */
    VCPU_ON_PCPU,
    /** A line held by a binder whose notified VCPU is not running (a band over the line's state); value = domain. */
    LINE_HELD_ABSENT;

    private static final MarkStyle[] VALUES = values();

    public static MarkStyle of(int ordinal) {
        return VALUES[ordinal];
    }

    /** The style of a raw event. */
    public static MarkStyle forEvent(TraceKind kind, long arg) {
        return switch (kind) {
            case PIN_ASSERT -> ASSERT;
            case APIC_DELIVER, XEN_IRQ_ENTER, STATUS_READ, INTX_DISABLE -> DELIVER;
            case GUEST_NOTIFY -> arg == 1 ? SPURIOUS : NOTIFY;
            case VCPU_KICK, IPI_SEND, IPI_ARRIVE -> IPI;
            case UPCALL, GUEST_ISR -> ISR;
            case GUEST_EOI, LINE_EOI, EOI_TIMER -> EOI;
            case LINE_MASK, COALESCED, PACKET_DROP, IRQS_OFF, TCP_LOSS, TCP_RETRANSMIT, TCP_RTO -> WARNING;
            case LINE_HELD_ABSENT -> arg == 1 ? WARNING : EOI;
            case NAPI_POLL, NETBACK_BATCH, RING_NOTIFY, GRANT_MAP, TCP_RECOVERED -> NETWORK;
            case VCPU_MIGRATE -> IPI;
            default -> OTHER;
        };
    }
}
