package org.natsume.sim.guest;

/** Where a stack transmits: a NIC driver's TX ring or netfront's TX ring. */
public interface TxPath {
    long space();

    void send(long now, long n);

    /**
     * Sends n frames built by the stack as packets of up to segsPerSkb frames (TCP segmentation offload). A path
     * without TSO (netfront here) sends them as single frames.
     */
    default void send(long now, long n, long segsPerSkb) {
        send(now, n);
    }

    /** Whether the path segments TSO packets in hardware (the stack then builds large packets). */
    default boolean tso() {
        return false;
    }

    /** Called when space frees up after a send found the path full. */
    void onSpace(Runnable r);
}
