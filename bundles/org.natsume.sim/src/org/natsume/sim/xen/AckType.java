package org.natsume.sim.xen;

/** How Xen finishes a guest-bound IRQ (domain.md §3.2, pirq_acktype()). */
public enum AckType {
    /** Edge IO-APIC, MSI: nothing at the end. */
    NONE,
    /** Level with ioapic_ack=old: pin masked at entry, unmasked by the last guest EOI from any CPU. */
    UNMASK,
    /** Level with ioapic_ack=new: the LAPIC EOI is held back and done on the CPU that took the interrupt. */
    EOI
}
