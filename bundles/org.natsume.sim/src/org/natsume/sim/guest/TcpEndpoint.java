package org.natsume.sim.guest;

import org.natsume.sim.config.SimConfig.Direction;
import org.natsume.sim.config.TimingParam;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;

/**
 * The guest's end of a netperf TCP_STREAM (simulation-notes "TCP without writing a TCP stack"). RECEIVE: segments
 * handled in the receive softirq, one ACK per tcp_ack_every segments sent inline. SEND: netperf keeps the socket
 * full; segments go out while fewer than tcp_window bytes are unacknowledged and the TX path has room, so the
 * throughput follows from whichever of line, CPU, or window/RTT is the bottleneck.
 */
public final class TcpEndpoint implements PacketSink, WorkHandler {
    private final GuestOs os;
    private final Direction direction;
    private final int workload;
    private final long mss;
    private final long ackEvery;
    private final long windowSegs;
    private TxPath tx;
    private long received;
    private long acksSent;
    private long sent;
    private long acked;
    private boolean senderQueued;

    public TcpEndpoint(GuestOs os, Direction direction, int workload) {
        this.os = os;
        this.direction = direction;
        this.workload = workload;
        this.mss = os.ctx.t(TimingParam.TCP_MSS);
        this.ackEvery = Math.max(1, os.ctx.t(TimingParam.TCP_ACK_EVERY));
        this.windowSegs = Math.max(ackEvery, os.ctx.t(TimingParam.TCP_WINDOW) / mss / ackEvery * ackEvery);
    }

    public void tx(TxPath path) {
        this.tx = path;
        path.onSpace(this::trySend);
    }

    public long windowSegments() {
        return windowSegs;
    }

    public void start() {
        if (direction == Direction.SEND) {
            trySend();
        }
    }

    @Override
    public long costNs(long n) {
        if (direction == Direction.RECEIVE) {
            long acks = (received + n) / ackEvery - acksSent;
            return n * os.ctx.t(TimingParam.T_STACK_RX_PKT) + acks * os.ctx.t(TimingParam.T_STACK_TX_PKT);
        }
        return n * os.ctx.t(TimingParam.T_STACK_RX_PKT);
    }

    @Override
    public void deliver(long now, long n, long assertNs) {
        if (direction == Direction.RECEIVE) {
            received += n;
            os.ctx.metrics.workloadBytes[workload] += n * mss;
            long acks = received / ackEvery - acksSent;
            if (acks > 0) {
                acksSent += acks;
                tx.send(now, acks);
            }
        } else {
            acked = Math.min(sent, acked + n * ackEvery);
            trySend();
        }
    }

    private void trySend() {
        if (direction != Direction.SEND || senderQueued) {
            return;
        }
        if (sent - acked < windowSegs && tx.space() > 0) {
            senderQueued = true;
            os.submitBh(WorkItem.obtain(WorkItem.BH, this, 0));
        }
    }

    @Override
    public long onStart(WorkItem w, long now) {
        long k = Math.min(Math.min(windowSegs - (sent - acked), tx.space()), os.ctx.t(TimingParam.NAPI_WEIGHT));
        k = Math.max(0, k);
        sent += k;
        w.a = k;
        return os.cost(k * os.ctx.t(TimingParam.T_STACK_TX_PKT));
    }

    @Override
    public void onDone(WorkItem w, long now) {
        senderQueued = false;
        if (w.a > 0) {
            tx.send(now, w.a);
        }
        trySend();
    }
}
