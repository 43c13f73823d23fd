package org.natsume.timeline.core;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;
import org.natsume.trace.VcpuStateArg;

/**
 * One-line descriptions of trace events for tooltips and status bars, with the names from the trace metadata and the
 * meaning of {@code arg} per kind (as documented on {@link TraceKind}; steps of domain.md §3.2).
 */
public final class EventText {

    private static final String[] IPI_KINDS = {"kick", "remote EOI", "scheduler tickle"};

    private EventText() {
    }

    public static String describe(TraceStore s, int i) {
        TraceMetadata m = s.metadata();
        TraceKind kind = s.kind(i);
        long arg = s.arg(i);
        StringBuilder b = new StringBuilder();
        b.append(kind.name()).append(" at ").append(TimeFormat.format(s.timeNs(i), 1));
        if (s.journey(i) >= 0) {
            b.append(", journey ").append(s.journey(i));
        }
        int cpu = s.cpu(i);
        int dom = s.domain(i);
        if (cpu >= 0) {
            b.append(", ").append(m.cpuName(cpu));
        }
        if (dom >= 0) {
            b.append(kind == TraceKind.IPI_SEND ? " → " + m.cpuName(dom) : ", " + m.domainName(dom));
        }
        if (s.gsi(i) >= 0) {
            b.append(", ").append(m.gsiName(s.gsi(i)));
        }
        int dev = s.device(i);
        if (dev >= 0) {
            b.append(", ").append(m.deviceName(dev));
            if (!m.deviceBdf(dev).isEmpty()) {
                b.append(' ').append(m.deviceBdf(dev));
            }
        }
        switch (kind) {
            case PIN_ASSERT -> b.append(arg == 1 ? ", MSI" : ", INTx");
            case APIC_DELIVER -> b.append(", vector 0x").append(Long.toHexString(arg));
            case GUEST_NOTIFY -> b.append(arg == 1 ? ", spurious (not the device's owner)" : ", own device");
            case IPI_SEND, IPI_ARRIVE -> b.append(", ").append(arg >= 0 && arg < IPI_KINDS.length ? IPI_KINDS[(int) arg] : "IPI " + arg);
            case GUEST_ISR -> b.append(", latency ").append(TimeFormat.duration(arg));
            case LINE_EOI -> b.append(", line blocked ").append(TimeFormat.duration(arg));
            case NAPI_POLL, NETBACK_BATCH -> b.append(", ").append(arg).append(" packets");
            case PACKET_DROP -> b.append(", ").append(arg).append(" dropped");
            case STATUS_READ -> b.append(arg == 1 ? ", Interrupt Status set" : ", Interrupt Status clear");
            case INTX_DISABLE -> b.append(arg == 1 ? ", Interrupt Disable set: off the line" : ", Interrupt Disable cleared");
            case VCPU_MIGRATE -> b.append(", vcpu").append(arg >>> 8).append(" moved from PCPU ").append(arg & 0xFF);
            case LINE_HELD_ABSENT -> b.append(arg == 1 ? ", line held: the binder's notified VCPU is not running"
                    : ", line no longer held by an absent binder");
            case IRQS_OFF -> b.append(", interrupts off for ").append(TimeFormat.duration(arg));
            case TCP_LOSS -> b.append(", ").append(arg).append(" segments marked lost: loss recovery");
            case TCP_RETRANSMIT -> b.append(", ").append(arg).append(" segments retransmitted");
            case TCP_RTO -> b.append(", retransmission timeout, backoff x").append(arg).append(", cwnd 1");
            case TCP_RECOVERED -> b.append(", recovered, cwnd ").append(arg).append(" segments");
            case GRANT_MAP -> b.append(", ").append(arg).append(" ring slots grant-mapped");
            case VCPU_STATE -> b.append(", vcpu").append(VcpuStateArg.vcpuId(arg)).append(' ')
                    .append(VcpuStateArg.runStateName(VcpuStateArg.runState(arg))).append(' ')
                    .append(VcpuStateArg.priorityName(VcpuStateArg.priorityClass(arg)));
            default -> {
            }
        }
        return b.toString();
    }
}
