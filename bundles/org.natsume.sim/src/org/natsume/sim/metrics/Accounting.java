package org.natsume.sim.metrics;

/**
 * Fate of every raised interrupt (a device's pin assertion or MSI write), never reset by the warm-up: each is
 * delivered (carried by an APIC message that a CPU took), coalesced (merged into a message already pending), or
 * dropped with a reason. {@link #pending()} are those still on their way when the run ends.
 */
public final class Accounting {
    public long raised;
    /** A level line still asserted after its EOI is delivered again without a new assertion. */
    public long reDelivered;
    public long delivered;
    public long coalescedLine;
    public long coalescedIrr;
    public long droppedWithdrawn;
    public long droppedMasked;

    public long coalesced() {
        return coalescedLine + coalescedIrr;
    }

    /** Raised or re-delivered but not yet delivered, coalesced or dropped. */
    public long pending() {
        return raised + reDelivered - delivered - coalesced() - dropped();
    }

    public long dropped() {
        return droppedWithdrawn + droppedMasked;
    }
}
