package org.natsume.sim.hw;

/**
 * Frames reaching a receiver as a rate process (docs/simulation.md: rate processes): the receiver
 * asks how many have arrived by a time instead of getting one event per frame.
 */
public interface ArrivalSource {
    /** Frames arrived by time t (inclusive). Works for any t, not only increasing ones. */
    long arrivedBy(long t);

    /** Arrival time of frame k (0-based), or Long.MAX_VALUE if it is not on its way yet. */
    long arrivalTime(long k);

    /** Bytes of one frame as the driver counts them (for the ITR classes). */
    int frameBytes();

    /** Called whenever new frames are put on their way. */
    void listener(Runnable r);
}
