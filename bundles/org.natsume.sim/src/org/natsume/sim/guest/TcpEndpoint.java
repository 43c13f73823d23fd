package org.natsume.sim.guest;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.topology.Topology.Direction;

/**
 * The guest's end of a netperf TCP_STREAM (docs/simulation.md: TCP). RECEIVE: segments
 * handled in the receive softirq, one ACK per tcp_ack_every segments sent inline. SEND: netperf keeps the socket
 * full; segments go out while fewer than tcp_window bytes are unacknowledged and the TX path has room, so the
 * throughput follows from whichever of line, CPU, or window/RTT is the bottleneck.
 *
 * <p>Over a NIC with TSO the sender builds large packets as Linux 2.6.26 does: tcp_current_mss sizes them to
 * xmit_size_goal = min(GSO_MAX_SIZE - 1 - headers, max_window / 2), a multiple of the MSS
 * (tcp_bound_to_half_wnd), and tcp_tso_should_defer holds a send back until a full packet or 1/tcp_tso_win_divisor
 * of the window is free. The NIC reports such a packet's completion once, which moves the e1000 ITR (domain.md
 * §3.5) the way real TSO senders do.
 */
public final class TcpEndpoint implements PacketSink, WorkHandler {
    private final GuestOs os;
    private final Direction direction;
    private final int workload;
    private final long mss;
    private final long ackEvery;
    private final long windowSegs;
    private long tsoSegs = 1;
    private long sendThreshold = 1;
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
        this.mss = os.ctx.t(TimingParameter.TCP_MSS);
        this.ackEvery = Math.max(1, os.ctx.t(TimingParameter.TCP_ACK_EVERY));
        this.windowSegs = Math.max(ackEvery, os.ctx.t(TimingParameter.TCP_WINDOW) / mss / ackEvery * ackEvery);
    }

    public void tx(TxPath path) {
        this.tx = path;
        path.onSpace(this::trySend);
        if (path.tso() && direction == Direction.SEND) {
            tsoSegs = tsoSegments(os.ctx.t(TimingParameter.GSO_MAX_SIZE), os.ctx.t(TimingParameter.MTU_FRAME),
                    mss, os.ctx.t(TimingParameter.TCP_WINDOW));
            long chunk = windowSegs / Math.max(1, os.ctx.t(TimingParameter.TCP_TSO_WIN_DIVISOR));
            sendThreshold = Math.max(1, Math.min(tsoSegs, chunk));
        }
    }

    /**
     * Segments per TSO packet (tcp_current_mss, 2.6.26): GSO_MAX_SIZE - 1 minus the IP and TCP headers (the
     * 1500-B MTU minus the MSS; the on-wire frame is 38 B longer), bounded to half the peer's largest window and
     * rounded down to whole segments.
     */
    public static long tsoSegments(long gsoMaxSize, long mtuFrameWire, long mss, long peerWindow) {
        long headers = (mtuFrameWire - 38) - mss;
        long goal = gsoMaxSize - 1 - headers;
        if (peerWindow > 0 && goal > peerWindow / 2) {
            goal = peerWindow / 2;
        }
        return Math.max(1, goal / mss);
    }

    public long tsoSegments() {
        return tsoSegs;
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
            return n * os.ctx.t(TimingParameter.T_STACK_RX_PKT) + acks * os.ctx.t(TimingParameter.T_STACK_TX_PKT);
        }
        return n * os.ctx.t(TimingParameter.T_STACK_RX_PKT);
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
        // tcp_tso_should_defer: with TSO wait until a full packet or a third of the window may go
        long room = windowSegs - (sent - acked);
        if (room >= Math.min(sendThreshold, windowSegs) && room > 0 && tx.space() > 0) {
            senderQueued = true;
            os.submitBh(WorkItem.obtain(WorkItem.BH, this, 0));
        }
    }

    @Override
    public long onStart(WorkItem w, long now) {
        long bound = os.ctx.t(TimingParameter.NAPI_WEIGHT);
        if (tsoSegs > 1) {
            bound = Math.max(1, bound / tsoSegs) * tsoSegs;
        }
        long k = Math.min(Math.min(windowSegs - (sent - acked), tx.space()), bound);
        if (k > tsoSegs && tsoSegs > 1) {
            k -= k % tsoSegs; // whole TSO packets; the rest goes with the next send
        }
        k = Math.max(0, k);
        sent += k;
        w.a = k;
        return os.cost(k * os.ctx.t(TimingParameter.T_STACK_TX_PKT));
    }

    @Override
    public void onDone(WorkItem w, long now) {
        senderQueued = false;
        if (w.a > 0) {
            tx.send(now, w.a, tsoSegs);
        }
        trySend();
    }
}
