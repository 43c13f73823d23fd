package org.natsume.sim.guest;

/** Where a stack transmits: a NIC driver's TX ring or netfront's TX ring. */
public interface TxPath {
    long space();

    void send(long now, long n);

    /** Called when space frees up after a send found the path full. */
    void onSpace(Runnable r);
}
