package org.natsume.sim.xen;

import java.util.ArrayList;
import java.util.List;

import org.natsume.sim.hw.Nic;

/**
 * Xen's irq_guest_action_t for one GSI (domain.md §3.2): bound guests in bind order, their pirq_mask bits,
 * in_flight, the ack type and cpu_eoi_map; plus the bookkeeping for line-blocked time.
 */
public final class IrqGuestAction {
    /** One binder: the domain, its port for this PIRQ, and the devices on this line it owns. */
    public record Binding(Domain domain, int port, List<Nic> ownedDevices) {
    }

    public final int gsi;
    public final int vector;
    public final AckType ackType;
    public final List<Binding> guests = new ArrayList<>();
    /** Devices on the line in sharer order (for BY_BDF status reads). */
    public final List<Nic> sharers = new ArrayList<>();
    boolean[] pirqMask = new boolean[8];
    /** The binder was notified with its asserting devices' INTx disabled instead of holding the line (proposal 2). */
    boolean[] intxHeld = new boolean[8];
    /** The binder holds the line (in flight) while its notified VCPU is not running; since when. */
    boolean[] absent = new boolean[8];
    long[] absentSince = new long[8];
    int inFlight;
    int cpuEoiMap;
    long blockedSince = -1;
    long measuredWaitSince = -1;
    // irq_ratelimit window
    long windowStart;
    int windowCount;

    public final boolean msi;

    public IrqGuestAction(int gsi, int vector, AckType ackType, boolean msi) {
        this.msi = msi;
        this.gsi = gsi;
        this.vector = vector;
        this.ackType = ackType;
    }

    public int inFlight() {
        return inFlight;
    }

    public int nrGuests() {
        return guests.size();
    }

    void ensureBindings(int n) {
        if (pirqMask.length < n) {
            pirqMask = java.util.Arrays.copyOf(pirqMask, n * 2);
            intxHeld = java.util.Arrays.copyOf(intxHeld, n * 2);
            absent = java.util.Arrays.copyOf(absent, n * 2);
            absentSince = java.util.Arrays.copyOf(absentSince, n * 2);
        }
    }

    int indexOf(Domain d) {
        for (int i = 0; i < guests.size(); i++) {
            if (guests.get(i).domain() == d) {
                return i;
            }
        }
        return -1;
    }
}
