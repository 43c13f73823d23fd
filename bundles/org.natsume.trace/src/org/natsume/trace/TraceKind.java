package org.natsume.trace;

/**
 * The steps of an interrupt's journey and the scheduler/network events around it (domain.md §3, §6.5).
 * The ordinal is stored in trace files: append new kinds at the end, never reorder.
 */
public enum TraceKind {
    /** A device asserts its INTx pin or sends an MSI. device, gsi set; arg = 1 for MSI. */
    PIN_ASSERT,
    /** The IO-APIC (or MSI) message reaches a LAPIC. cpu = target PCPU; arg = vector. */
    APIC_DELIVER,
    /** Xen do_IRQ starts on cpu for gsi. */
    XEN_IRQ_ENTER,
    /** __do_IRQ_guest notifies one bound domain (send_guest_pirq). arg = 1 when the domain does not own the asserting device (spurious). */
    GUEST_NOTIFY,
    /** vcpu_kick of the domain's VCPU. cpu = PCPU the VCPU runs on. */
    VCPU_KICK,
    /** An IPI leaves cpu. arg = IpiKind ordinal (0 kick, 1 remote EOI, 2 scheduler tickle); domain = target PCPU. */
    IPI_SEND,
    /** An IPI is taken on cpu. arg = IpiKind ordinal. */
    IPI_ARRIVE,
    /** The guest's event upcall starts. */
    UPCALL,
    /** First instruction of the guest ISR for device. arg = latency from PIN_ASSERT in ns. */
    GUEST_ISR,
    /** The guest's PHYSDEVOP_eoi for the PIRQ. */
    GUEST_EOI,
    /** The line is EOI'd / unmasked in hardware: in_flight reached 0. arg = line-blocked ns. */
    LINE_EOI,
    /** The line (pin) is masked. */
    LINE_MASK,
    /** Xen's EOI timer fired for gsi. */
    EOI_TIMER,
    /** A PCI config read of a sharer's Status register (BDF routing, proposal 2). device = the sharer read. */
    STATUS_READ,
    /** An interrupt was coalesced into one already pending (not delivered again). */
    COALESCED,
    /** A NAPI poll round. arg = packets consumed. */
    NAPI_POLL,
    /** A netback batch. arg = packets in the batch. */
    NETBACK_BATCH,
    /** An event-channel ring notification (netback to netfront or back). */
    RING_NOTIFY,
    /** A VCPU changes state. domain, cpu set; arg = (vcpuId << 8) | VcpuRunState ordinal << 4 | credit priority class. */
    VCPU_STATE,
    /** Packets dropped. arg = count; device = NIC. */
    PACKET_DROP,
    /** Xen writes a sharer's PCI Command bit 10, Interrupt Disable (BDF routing, proposal 2). device = the sharer; arg = 1 disable, 0 enable. */
    INTX_DISABLE,
    /** A VCPU's PCPU changes (v->processor: stolen by an idle PCPU, or moved by csched_cpu_pick at a tick). cpu = new PCPU, domain set; arg = (vcpuId << 8) | old PCPU. */
    VCPU_MIGRATE,
    /** A line waits for a binder whose notified VCPU is not running (descheduled or waiting in a run queue). gsi, domain set; cpu = the PCPU that VCPU is on; arg = 1 when the wait begins, 0 when it ends (the VCPU runs, or the binder EOI'd). */
    LINE_HELD_ABSENT,
    /** A driver runs with interrupts (PV: event delivery) off, e.g. the e1000 watchdog's statistics read. device, domain, cpu set; arg = duration in ns. */
    IRQS_OFF,
    /** A TCP sender enters loss recovery (SACK/FACK: data SACKed more than 3 segments above the first hole). domain = the sender's domain (-1 for the external peer); device = the device its stream uses; arg = segments marked lost. */
    TCP_LOSS,
    /** A TCP sender retransmits. domain, device as TCP_LOSS; arg = segments retransmitted in this run. */
    TCP_RETRANSMIT,
    /** A TCP retransmission timer expires (cwnd to 1). domain, device as TCP_LOSS; arg = the new backoff multiplier. */
    TCP_RTO,
    /** A TCP sender leaves Recovery or Loss (snd_una passed the recovery point). domain, device as TCP_LOSS; arg = cwnd in segments. */
    TCP_RECOVERED,
    /** netback's batched grant map of a guest's TX requests (one hypercall). domain = Dom0; device = the vif; arg = slots (4-KB pages) mapped. */
    GRANT_MAP,
    /** A PV kernel's softirqs, run by irq_exit inside evtchn_do_upcall, held an event back (nested upcalls bail) until __do_softirq returned. domain, cpu set; arg = ns the first held event waited. */
    SOFTIRQ_HOLDOFF,
    /** __do_softirq inside the upcall gave up after MAX_SOFTIRQ_RESTART restarts and woke ksoftirqd, which runs the rest where events preempt it. domain, cpu set; arg = restarts. */
    KSOFTIRQD_WAKE
}
