package org.natsume.sim.hw;

import org.natsume.sim.SimContext;
import org.natsume.trace.TraceKind;

/**
 * A GSI (domain.md §4.3): the wired-OR of its sharers' INTx outputs. Level lines stay asserted while any sharer
 * asserts. Assertions made while the pin cannot send (Remote-IRR set or masked) wait on the line and are carried
 * by the next message (counted as coalesced beyond the first), or withdrawn if every sharer deasserts first.
 */
public final class InterruptLine {
    public final int gsi;
    private final SimContext ctx;
    private IoApic ioApic;
    private int assertedMask;
    /** Raised assertions not yet carried by a message. */
    private int waiting;
    private int journey = -1;
    private long firstWaitingAssert;

    public InterruptLine(SimContext ctx, int gsi) {
        this.ctx = ctx;
        this.gsi = gsi;
    }

    void attach(IoApic a) {
        this.ioApic = a;
    }

    public boolean asserted() {
        return assertedMask != 0;
    }

    /** Which sharers (bit = sharer index) assert now. */
    public int assertedMask() {
        return assertedMask;
    }

    /**
     * Sharer {@code sharer} (a device index) drives its pin. Returns the journey that will carry an assertion
     * (-1 for a deassertion or no change).
     */
    public int set(int sharer, int deviceIndex, boolean on) {
        int bit = 1 << sharer;
        if (on) {
            if ((assertedMask & bit) != 0) {
                return -1;
            }
            boolean wasIdle = assertedMask == 0;
            assertedMask |= bit;
            ctx.accounting.raised++;
            if (waiting == 0) {
                journey = ctx.newJourney();
                firstWaitingAssert = ctx.now();
            }
            waiting++;
            ctx.trace.event(ctx.now(), TraceKind.PIN_ASSERT, journey, -1, -1, gsi, deviceIndex, 0);
            int j = journey;
            ioApic.lineChanged(this, wasIdle);
            return j;
        } else {
            if ((assertedMask & bit) == 0) {
                return -1;
            }
            assertedMask &= ~bit;
            if (assertedMask == 0 && waiting > 0) {
                ctx.accounting.droppedWithdrawn += waiting;
                waiting = 0;
                journey = -1;
            }
            return -1;
        }
    }

    /** The IO-APIC sends a message for this line: it carries every waiting assertion. Returns the journey. */
    int carry() {
        int j;
        if (waiting == 0) {
            // a level line still asserted after its EOI: the same assertion is delivered again
            j = ctx.newJourney();
            ctx.accounting.reDelivered++;
        } else {
            j = journey;
            ctx.accounting.coalescedLine += waiting - 1;
        }
        waiting = 0;
        journey = -1;
        return j;
    }

    long firstWaitingAssert() {
        return firstWaitingAssert;
    }
}
