package org.natsume.sim.hw;

import org.natsume.sim.SimContext;
import org.natsume.sim.sched.Pcpu;
import org.natsume.trace.TraceKind;

/**
 * Local APIC (domain.md §4.2): IRR and ISR vector sets; the CPU takes the highest requested vector whose
 * priority class (vector >> 4) is above every vector in service; EOI retires the highest in-service vector.
 * A vector already requested is coalesced.
 */
public final class Lapic {
    /** Whoever runs on the CPU when it takes a vector: Xen's do_IRQ, or a native kernel. */
    public interface VectorTaker {
        void take(Pcpu cpu, int vector, int journey);
    }

    private final SimContext ctx;
    private final Pcpu cpu;
    private final long[] irr = new long[4];
    private final long[] isr = new long[4];
    private final int[] journeyOf = new int[256];
    private IoApic ioApic;
    private VectorTaker taker;

    public Lapic(SimContext ctx, Pcpu cpu) {
        this.ctx = ctx;
        this.cpu = cpu;
    }

    public void wire(IoApic ioApic, VectorTaker taker) {
        this.ioApic = ioApic;
        this.taker = taker;
    }

    private static boolean test(long[] s, int v) {
        return (s[v >>> 6] & (1L << (v & 63))) != 0;
    }

    private static void set(long[] s, int v, boolean on) {
        if (on) {
            s[v >>> 6] |= 1L << (v & 63);
        } else {
            s[v >>> 6] &= ~(1L << (v & 63));
        }
    }

    private static int highest(long[] s) {
        for (int i = 3; i >= 0; i--) {
            if (s[i] != 0) {
                return i * 64 + 63 - Long.numberOfLeadingZeros(s[i]);
            }
        }
        return -1;
    }

    public boolean inService(int vector) {
        return test(isr, vector);
    }

    public int highestInService() {
        return highest(isr);
    }

    /** A message (IO-APIC or MSI) arrives. */
    public void accept(int vector, int journey) {
        if (test(irr, vector)) {
            ctx.accounting.coalescedIrr++;
            ctx.trace.event(ctx.now(), TraceKind.COALESCED, journey, cpu.id, -1, -1, -1, vector);
            return;
        }
        set(irr, vector, true);
        journeyOf[vector] = journey;
        dispatch();
    }

    private void dispatch() {
        while (true) {
            int v = highest(irr);
            if (v < 0) {
                return;
            }
            int s = highest(isr);
            if (s >= 0 && (v >>> 4) <= (s >>> 4)) {
                return;
            }
            set(irr, v, false);
            set(isr, v, true);
            ctx.accounting.delivered++;
            taker.take(cpu, v, journeyOf[v]);
        }
    }

    /** EOI write: retires the highest vector in service and broadcasts the EOI to the IO-APIC. */
    public int eoi() {
        int v = highest(isr);
        if (v < 0) {
            return -1;
        }
        set(isr, v, false);
        ioApic.eoi(v);
        dispatch();
        return v;
    }
}
