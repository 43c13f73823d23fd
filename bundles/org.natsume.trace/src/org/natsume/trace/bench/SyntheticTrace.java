package org.natsume.trace.bench;

import java.util.SplittableRandom;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceSink;
import org.natsume.trace.VcpuStateArg;

/**
 * A synthetic but well-formed trace for benchmarks: the case-3 testbed with a shared GSI 16 (domain.md §6.1, §6.4
 * item 4). NIC-A (Dom0's) and NIC-B (guestB's) alternate at random; every assertion notifies both domains, one of them
 * spuriously; guestB's VCPU is woken by a kick IPI and blocks again after its ISR; the line is EOI'd when the slower
 * sharer has EOI'd. About 16 events per journey. Not a simulation: only for sizing and speed measurements.
 */
public final class SyntheticTrace {

    public static final int DOM0 = 0;
    public static final int GUEST_A = 1;
    public static final int GUEST_B = 2;
    public static final int NIC_A = 0;
    public static final int NIC_B = 1;
    public static final int GSI = 16;

    private SyntheticTrace() {
    }

    public static TraceMetadata metadata(long durationNs) {
        return TraceMetadata.builder().scenarioId("synthetic C3-R-L-SH").seed(1).durationNs(durationNs)
                .cpu("PCPU0").cpu("PCPU1").cpu("PCPU2").cpu("PCPU3")
                .domain("Dom0").domain("guestA").domain("guestB")
                .gsi(GSI, "GSI 16 (NIC-A, NIC-B)")
                .device("NIC-A", "0000:00:19.0", DOM0).device("NIC-B", "0000:01:00.0", GUEST_B).build();
    }

    /** Mean gap between journeys; 10 M events then span about 12 s of simulated time. */
    public static final long MEAN_GAP_NS = 20_000;

    /** Expected simulated duration of a trace of the given size. */
    public static long durationFor(int events) {
        return (long) events / 16 * MEAN_GAP_NS;
    }

    /** Writes at least {@code events} events (whole journeys) into sink; returns the number written. */
    public static int generate(TraceSink sink, int events, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long t = 0;
        int written = 0;
        int j = 0;
        while (written < events) {
            t += MEAN_GAP_NS / 2 + r.nextLong(MEAN_GAP_NS);
            boolean ownB = r.nextInt(3) == 0; // NIC-A floods, NIC-B is guestB's own traffic
            int dev = ownB ? NIC_B : NIC_A;
            long start = t;
            sink.event(t, TraceKind.PIN_ASSERT, j, -1, -1, GSI, dev, 0);
            sink.event(t += 300, TraceKind.APIC_DELIVER, j, 0, -1, GSI, -1, 0x29);
            sink.event(t += 150, TraceKind.XEN_IRQ_ENTER, j, 0, -1, GSI, -1, 0);
            sink.event(t += 200, TraceKind.GUEST_NOTIFY, j, 0, DOM0, GSI, dev, ownB ? 1 : 0);
            sink.event(t += 100, TraceKind.GUEST_NOTIFY, j, 0, GUEST_B, GSI, dev, ownB ? 0 : 1);
            sink.event(t += 100, TraceKind.IPI_SEND, j, 0, 2, -1, -1, 0);
            sink.event(t += 900 + r.nextInt(400), TraceKind.IPI_ARRIVE, j, 2, -1, -1, -1, 0);
            sink.event(t, TraceKind.VCPU_STATE, -1, 2, GUEST_B, -1, -1, VcpuStateArg.pack(0, VcpuStateArg.RUNNING, VcpuStateArg.BOOST));
            sink.event(t += 300, TraceKind.UPCALL, j, 2, GUEST_B, -1, -1, 0);
            long dom0Isr = t + 200 + r.nextInt(ownB ? 20_000 : 2_000); // Dom0 is busy with the flood
            sink.event(t += 400, TraceKind.GUEST_ISR, j, 2, GUEST_B, GSI, dev, t - start);
            sink.event(t += 600, TraceKind.GUEST_EOI, j, 2, GUEST_B, GSI, -1, 0);
            sink.event(t += 100, TraceKind.VCPU_STATE, -1, 2, GUEST_B, -1, -1,
                    VcpuStateArg.pack(0, VcpuStateArg.BLOCKED, VcpuStateArg.UNDER));
            t = Math.max(t, dom0Isr);
            sink.event(t, TraceKind.GUEST_ISR, j, 0, DOM0, GSI, dev, t - start);
            sink.event(t += 500, TraceKind.GUEST_EOI, j, 0, DOM0, GSI, -1, 0);
            sink.event(t += 100, TraceKind.LINE_EOI, j, 0, -1, GSI, -1, t - start);
            sink.event(t += 50, TraceKind.NAPI_POLL, -1, 0, DOM0, -1, NIC_A, 1 + r.nextInt(64));
            written += 16;
            j++;
        }
        return written;
    }
}
