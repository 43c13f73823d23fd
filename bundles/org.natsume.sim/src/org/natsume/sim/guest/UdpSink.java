package org.natsume.sim.guest;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;

/** The flood's receiving socket: per-frame stack cost, bytes counted for the workload's throughput. */
public final class UdpSink implements PacketSink {
    private final SimContext ctx;
    private final int workload;
    private final int payloadBytes;

    public UdpSink(SimContext ctx, int workload, int payloadBytes) {
        this.ctx = ctx;
        this.workload = workload;
        this.payloadBytes = payloadBytes;
    }

    @Override
    public long costNs(long n) {
        return n * ctx.t(TimingParameter.T_STACK_RX_PKT);
    }

    @Override
    public void deliver(long now, long n, long assertNs) {
        ctx.metrics.workloadBytes[workload] += n * payloadBytes;
    }
}
