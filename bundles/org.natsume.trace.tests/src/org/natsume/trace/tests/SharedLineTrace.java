package org.natsume.trace.tests;

import static org.natsume.trace.TraceKind.*;
import static org.natsume.trace.VcpuStateArg.*;

import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;

/**
 * A hand-written trace of case 3 with a shared line (domain.md §3.2, §6.4 item 4): NIC-A (Dom0's) and NIC-B (guestB's,
 * passed through) share GSI 16, so Xen notifies both domains for every assertion.
 *
 * <ul>
 * <li>Journey 0, t=1000: NIC-A asserts; Dom0 is notified (own), guestB spuriously; Dom0's ISR at latency 900; guestB's
 * EOI at 2500 releases the line (LINE_EOI 2600, blocked 1300 ns since Xen handed it to the guests at 1300).</li>
 * <li>Journey 1, t=5000: NIC-B asserts; Dom0 spurious, guestB own; a kick IPI wakes guestB on PCPU 2; ISR latency 1200;
 * Dom0's late EOI at 6900 holds the line until 7000.</li>
 * <li>Journey 2, t=9000: NIC-A again, the line is masked; Dom0's ISR at latency 600; guestB never EOIs, so the line
 * stays masked to the end of the trace (10000).</li>
 * </ul>
 * VCPU states: Dom0 runs on PCPU 0 all along; guestB's VCPU on PCPU 2 is BLOCKED except RUNNING (BOOST) 1400–2700 and
 * 5600–6500.
 */
public final class SharedLineTrace {

    public static final int DOM0 = 0;
    public static final int GUEST_B = 2;
    public static final int NIC_A = 0;
    public static final int NIC_B = 1;
    public static final int GSI = 16;

    private SharedLineTrace() {
    }

    public static TraceMetadata metadata() {
        return TraceMetadata.builder().scenarioId("C3-R-L-SH").seed(42).durationNs(10_000)
                .cpu("PCPU0").cpu("PCPU1").cpu("PCPU2")
                .domain("Dom0").domain("guestA").domain("guestB")
                .gsi(GSI, "GSI 16 (NIC-A, NIC-B)")
                .device("NIC-A", "0000:00:19.0", DOM0).device("NIC-B, 82541GI", "0000:01:00.0", GUEST_B)
                .property("model", "testbed.natsume").build();
    }

    public static TraceStore build() {
        TraceStore s = new TraceStore(metadata());
        s.event(0, VCPU_STATE, -1, 2, GUEST_B, -1, -1, pack(0, BLOCKED, UNDER));
        s.event(0, VCPU_STATE, -1, 0, DOM0, -1, -1, pack(0, RUNNING, UNDER));
        // journey 0: NIC-A
        s.event(1000, PIN_ASSERT, 0, -1, -1, GSI, NIC_A, 0);
        s.event(1100, APIC_DELIVER, 0, 0, -1, GSI, -1, 0x29);
        s.event(1200, XEN_IRQ_ENTER, 0, 0, -1, GSI, -1, 0);
        s.event(1300, GUEST_NOTIFY, 0, 0, DOM0, GSI, NIC_A, 0);
        s.event(1350, GUEST_NOTIFY, 0, 0, GUEST_B, GSI, NIC_A, 1);
        s.event(1400, VCPU_KICK, 0, 2, GUEST_B, -1, -1, 0);
        s.event(1400, VCPU_STATE, -1, 2, GUEST_B, -1, -1, pack(0, RUNNING, BOOST));
        s.event(1500, UPCALL, 0, 0, DOM0, -1, -1, 0);
        s.event(1900, GUEST_ISR, 0, 0, DOM0, GSI, NIC_A, 900);
        s.event(2000, GUEST_EOI, 0, 0, DOM0, GSI, -1, 0);
        s.event(2200, UPCALL, 0, 2, GUEST_B, -1, -1, 0);
        s.event(2300, GUEST_ISR, 0, 2, GUEST_B, GSI, NIC_A, 1300);
        s.event(2500, GUEST_EOI, 0, 2, GUEST_B, GSI, -1, 0);
        s.event(2600, LINE_EOI, 0, 0, -1, GSI, -1, 1300);
        s.event(2700, VCPU_STATE, -1, 2, GUEST_B, -1, -1, pack(0, BLOCKED, UNDER));
        // journey 1: NIC-B
        s.event(5000, PIN_ASSERT, 1, -1, -1, GSI, NIC_B, 0);
        s.event(5100, APIC_DELIVER, 1, 0, -1, GSI, -1, 0x29);
        s.event(5200, XEN_IRQ_ENTER, 1, 0, -1, GSI, -1, 0);
        s.event(5300, GUEST_NOTIFY, 1, 0, DOM0, GSI, NIC_B, 1);
        s.event(5350, GUEST_NOTIFY, 1, 0, GUEST_B, GSI, NIC_B, 0);
        s.event(5400, IPI_SEND, 1, 0, 2, -1, -1, 0);
        s.event(5600, IPI_ARRIVE, 1, 2, -1, -1, -1, 0);
        s.event(5600, VCPU_STATE, -1, 2, GUEST_B, -1, -1, pack(0, RUNNING, BOOST));
        s.event(5800, UPCALL, 1, 2, GUEST_B, -1, -1, 0);
        s.event(6200, GUEST_ISR, 1, 2, GUEST_B, GSI, NIC_B, 1200);
        s.event(6300, GUEST_EOI, 1, 2, GUEST_B, GSI, -1, 0);
        s.event(6500, VCPU_STATE, -1, 2, GUEST_B, -1, -1, pack(0, BLOCKED, UNDER));
        s.event(6900, GUEST_EOI, 1, 0, DOM0, GSI, -1, 0);
        s.event(7000, LINE_EOI, 1, 0, -1, GSI, -1, 1700);
        // journey 2: NIC-A, line masked, guestB never EOIs
        s.event(9000, PIN_ASSERT, 2, -1, -1, GSI, NIC_A, 0);
        s.event(9050, LINE_MASK, 2, -1, -1, GSI, -1, 0);
        s.event(9100, APIC_DELIVER, 2, 0, -1, GSI, -1, 0x29);
        s.event(9200, XEN_IRQ_ENTER, 2, 0, -1, GSI, -1, 0);
        s.event(9300, GUEST_NOTIFY, 2, 0, DOM0, GSI, NIC_A, 0);
        s.event(9350, GUEST_NOTIFY, 2, 0, GUEST_B, GSI, NIC_A, 1);
        s.event(9600, GUEST_ISR, 2, 0, DOM0, GSI, NIC_A, 600);
        s.event(9700, GUEST_EOI, 2, 0, DOM0, GSI, -1, 0);
        s.event(10000, NAPI_POLL, -1, 0, DOM0, -1, NIC_A, 64);
        return s;
    }
}
