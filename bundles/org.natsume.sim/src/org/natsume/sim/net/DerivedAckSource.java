package org.natsume.sim.net;

import org.natsume.sim.hw.ArrivalSource;
import org.natsume.sim.hw.Wire;

/**
 * ACKs of an external TCP receiver with unlimited CPU (the netperf peer when the guest SENDs): one ACK per
 * ackEvery data frames, leaving as the frame arrives and reaching the guest's NIC one ACK frame time plus the
 * propagation delay later. The reverse direction carries only these ACKs, so it never queues.
 */
public final class DerivedAckSource implements ArrivalSource {
    private final Wire data;
    private final long ackEvery;
    private final long delayNs;
    private final int frameBytes;

    public DerivedAckSource(Wire data, long ackEvery, long delayNs, int frameBytes) {
        this.data = data;
        this.ackEvery = ackEvery;
        this.delayNs = delayNs;
        this.frameBytes = frameBytes;
    }

    @Override
    public long arrivedBy(long t) {
        return data.arrivedBy(t - delayNs) / ackEvery;
    }

    @Override
    public long arrivalTime(long k) {
        long t = data.arrivalTime((k + 1) * ackEvery - 1);
        return t == Long.MAX_VALUE ? t : t + delayNs;
    }

    @Override
    public int frameBytes() {
        return frameBytes;
    }

    @Override
    public void listener(Runnable r) {
        data.listener(r);
    }
}
