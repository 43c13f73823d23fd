package org.natsume.sim.guest;

/** Where a receive path hands frames: a protocol stack, the Dom0 bridge, a UDP socket. */
public interface PacketSink {
    /** CPU cost of handling n frames in the same softirq (protocol processing, replies sent inline). */
    long costNs(long n);

    /** n frames handled; assertNs is when the interrupt that brought them was raised (for vif latency). */
    void deliver(long now, long n, long assertNs);
}
