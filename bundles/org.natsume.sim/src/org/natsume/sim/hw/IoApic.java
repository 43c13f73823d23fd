package org.natsume.sim.hw;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.sched.Pcpu;
import org.natsume.trace.TraceKind;

/**
 * The IO-APIC (domain.md §4.1): turns an asserted, unmasked pin into a message to one LAPIC after t_ioapic_msg.
 * Level pins set Remote-IRR when the message is accepted and stay silent until an EOI with the pin's vector
 * clears it; edge pins send on every rising edge. Lowest-priority logical delivery picks the first CPU of the
 * destination mask (FIRST_IN_MASK, the default arbitration policy).
 */
public final class IoApic implements EventHandler {
    private final SimContext ctx;
    private final int gsiBase;
    private final RedirectionEntry[] rte;
    private final InterruptLine[] lines;
    private final Pcpu[] cpus;
    private final Lapic[] lapics;
    private final int target;

    public IoApic(SimContext ctx, int gsiBase, int pins, Pcpu[] cpus, Lapic[] lapics) {
        this.ctx = ctx;
        this.gsiBase = gsiBase;
        this.rte = new RedirectionEntry[pins];
        this.lines = new InterruptLine[pins];
        for (int i = 0; i < pins; i++) {
            rte[i] = new RedirectionEntry();
            rte[i].masked = true;
        }
        this.cpus = cpus;
        this.lapics = lapics;
        this.target = ctx.sim.register(this);
    }

    public RedirectionEntry entry(int gsi) {
        return rte[gsi - gsiBase];
    }

    public InterruptLine line(int gsi) {
        int pin = gsi - gsiBase;
        if (pin < 0 || pin >= lines.length) {
            throw new IllegalArgumentException("GSI " + gsi + " is not a pin of this IO-APIC (" + gsiBase + ".."
                    + (gsiBase + lines.length - 1) + ")");
        }
        if (lines[pin] == null) {
            lines[pin] = new InterruptLine(ctx, gsi);
            lines[pin].attach(this);
        }
        return lines[pin];
    }

    void lineChanged(InterruptLine line, boolean risingEdge) {
        RedirectionEntry e = rte[line.gsi - gsiBase];
        if (e.levelTriggered || risingEdge) {
            trySend(line.gsi);
        }
    }

    /** Sends a message for gsi if the line asserts and the pin may send (§6.5: not while Remote-IRR or masked). */
    public void trySend(int gsi) {
        int pin = gsi - gsiBase;
        InterruptLine line = lines[pin];
        RedirectionEntry e = rte[pin];
        if (line == null || !line.asserted() || e.masked || (e.levelTriggered && e.remoteIrr)) {
            return;
        }
        ctx.invariants.ioApicMessage(ctx.now(), gsi, e.levelTriggered, e.remoteIrr, e.masked);
        int journey = line.carry();
        if (e.levelTriggered) {
            e.remoteIrr = true;
        }
        Pcpu dest = destination(e);
        long arg = ((long) journey << 36) | ((long) dest.id << 24) | ((long) gsi << 8) | e.vector;
        ctx.sim.after(ctx.t(TimingParameter.T_IOAPIC_MSG), target, 0, arg);
    }

    private Pcpu destination(RedirectionEntry e) {
        if (!e.logical) {
            for (Pcpu c : cpus) {
                if (c.apicId == e.destination) {
                    return c;
                }
            }
            return cpus[0];
        }
        for (Pcpu c : cpus) {
            if (c.id < 8 && (e.destination & (1 << c.id)) != 0) {
                return c;
            }
        }
        return cpus[0];
    }

    /** An MSI write (no pin, no Remote-IRR, never shared): straight to the LAPIC after the same message delay. */
    public int sendMsi(Pcpu dest, int vector, int deviceIndex) {
        ctx.accounting.raised++;
        int journey = ctx.newJourney();
        ctx.trace.event(ctx.now(), TraceKind.PIN_ASSERT, journey, -1, -1, -1, deviceIndex, 1);
        long arg = ((long) journey << 36) | ((long) dest.id << 24) | (0xffffL << 8) | vector;
        ctx.sim.after(ctx.t(TimingParameter.T_IOAPIC_MSG), target, 0, arg);
        return journey;
    }

    @Override
    public void handle(int kind, long arg) {
        int vector = (int) (arg & 0xff);
        int gsi = (int) ((arg >>> 8) & 0xffff);
        gsi = gsi == 0xffff ? -1 : gsi;
        int cpu = (int) ((arg >>> 24) & 0xfff);
        int journey = (int) (arg >>> 36);
        ctx.trace.event(ctx.now(), TraceKind.APIC_DELIVER, journey, cpu, -1, gsi, -1, vector);
        lapics[cpu].accept(vector, journey);
    }

    /** The EOI broadcast of a LAPIC for vector: clears Remote-IRR of the pins with that vector (§4.1 bit 14). */
    public void eoi(int vector) {
        for (int pin = 0; pin < rte.length; pin++) {
            RedirectionEntry e = rte[pin];
            if (e.levelTriggered && e.remoteIrr && e.vector == vector) {
                e.remoteIrr = false;
                trySend(pin + gsiBase);
            }
        }
    }

    public void mask(int gsi, boolean masked) {
        rte[gsi - gsiBase].masked = masked;
        if (!masked) {
            trySend(gsi);
        }
    }
}
