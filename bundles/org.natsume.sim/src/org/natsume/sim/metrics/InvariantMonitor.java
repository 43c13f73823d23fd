package org.natsume.sim.metrics;

/**
 * Receives the state transitions the invariants of domain.md §6.5 are about. The simulation calls it at the
 * exact points; a checker in the tests records violations. NONE ignores them.
 */
public interface InvariantMonitor {
    InvariantMonitor NONE = new InvariantMonitor() {
    };

    /** in_flight of gsi changed to value. */
    default void inFlight(long timeNs, int gsi, int value) {
    }

    /** The IO-APIC sent a message for gsi while its Remote-IRR was remoteIrr and its mask bit was masked. */
    default void ioApicMessage(long timeNs, int gsi, boolean level, boolean remoteIrr, boolean masked) {
    }

    /** Xen marked pirq of domain in flight; alreadyPending is the guest's pirq_mask bit before. */
    default void pirqCounted(long timeNs, int domain, int gsi, boolean alreadyPending) {
    }

    /**
     * The pirq just counted for domain is held by its device's Interrupt Disable bit instead of in_flight (BDF
     * routing, proposal 2), so it is pending without being in flight until the domain's EOI.
     */
    default void pirqHeldByDevice(long timeNs, int domain, int gsi) {
    }

    /** A guest's EOI cleared its pirq_mask bit for gsi (wasPending: the bit was set). */
    default void pirqEoi(long timeNs, int domain, int gsi, boolean wasPending) {
    }
}
