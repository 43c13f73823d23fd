package org.natsume.sim.hw;

/** One IO-APIC redirection table entry (domain.md §4.1), kept as fields rather than 64 packed bits. */
public final class RedirectionEntry {
    public enum DeliveryMode { FIXED, LOWEST_PRIORITY }

    public int vector;
    public DeliveryMode deliveryMode = DeliveryMode.LOWEST_PRIORITY;
    /** false = physical (destination is an APIC ID), true = logical flat (destination is a CPU bit mask). */
    public boolean logical = true;
    public int destination = 0xff;
    public boolean levelTriggered = true;
    public boolean activeLow = true;
    public boolean masked;
    public boolean remoteIrr;

    /** The packed 64-bit register value, for display and export. */
    public long raw() {
        long v = vector & 0xff;
        v |= (long) (deliveryMode == DeliveryMode.FIXED ? 0 : 1) << 8;
        v |= (logical ? 1L : 0L) << 11;
        v |= (activeLow ? 1L : 0L) << 13;
        v |= (remoteIrr ? 1L : 0L) << 14;
        v |= (levelTriggered ? 1L : 0L) << 15;
        v |= (masked ? 1L : 0L) << 16;
        v |= ((long) destination & 0xff) << 56;
        return v;
    }
}
