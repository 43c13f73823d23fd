package org.natsume.sim.net;

import org.natsume.sim.SimContext;
import org.natsume.sim.hw.Wire;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.tcp.CongestionAlgorithm;
import org.natsume.sim.tcp.TcpFlow;
import org.natsume.sim.tcp.TcpKernel;
import org.natsume.sim.tcp.TcpSender;
import org.natsume.sim.tcp.TcpTimer;
import org.natsume.trace.TraceKind;

/**
 * The external netperf host when the guest RECEIVEs (domain.md §2.4): a TCP sender with unlimited CPU running
 * its kernel's TCP ({@link TcpSender}: cwnd, SACK recovery, RTO), clocked by the guest's ACKs. Its frames wait in
 * its own qdisc and TX ring (txqueuelen + ring descriptors) until the link takes them; a send that finds them full
 * is refused locally (NET_XMIT_DROP), which Linux answers with CWR, not with a loss. It wakes when the next ACK
 * arrives or its retransmission timer expires.
 */
public final class NetperfPeer implements EventHandler {
    private final SimContext ctx;
    private final Wire data;
    private final Wire acks;
    private final TcpFlow flow;
    private final TcpSender sender;
    private final TcpFlow.AcksIn acksIn;
    private final long spacingNs;
    private final long queueLimit;
    private final int target;
    private long ackSeen;
    private long wakeGen;
    private long wakeAt = Long.MAX_VALUE;

    public NetperfPeer(SimContext ctx, Wire data, Wire acks, TcpFlow flow, TcpKernel kernel,
            CongestionAlgorithm algorithm, long memoryMiB, long receiverInitialWindowSegs, long mss, long spacingNs,
            long queueLimit, int traceDevice) {
        this.ctx = ctx;
        this.data = data;
        this.acks = acks;
        this.flow = flow;
        this.spacingNs = spacingNs;
        this.queueLimit = queueLimit;
        this.sender = new TcpSender(algorithm.create(),
                kernel.sndbufSegments(memoryMiB, mss),
                receiverInitialWindowSegs, kernel.rtoMinNs(), true, new PeerEvents(ctx, traceDevice));
        this.sender.timer(new TcpTimer(ctx.sim, t -> {
            sender.rtoFired(t);
            wakeNow(t);
        }));
        this.acksIn = flow.acksIn(sender);
        this.target = ctx.sim.register(this);
        acks.listener(() -> plan(ctx.now()));
    }

    public void start(long at) {
        ctx.sim.at(at, target, 0, ++wakeGen);
    }

    public long sent() {
        return flow.data.emitted();
    }

    public TcpSender sender() {
        return sender;
    }

    public TcpFlow.AcksIn acksIn() {
        return acksIn;
    }

    private void wakeNow(long now) {
        wakeAt = now;
        ctx.sim.at(now, target, 0, ++wakeGen);
    }

    private void plan(long now) {
        long next = acks.arrivalTime(ackSeen);
        if (next == Long.MAX_VALUE) {
            return;
        }
        long t = Math.max(next, now);
        if (t < wakeAt) {
            wakeAt = t;
            ctx.sim.at(t, target, 0, ++wakeGen);
        }
    }

    @Override
    public void handle(int kind, long gen) {
        if (gen != wakeGen) {
            return;
        }
        long now = ctx.now();
        wakeAt = Long.MAX_VALUE;
        long a = acks.arrivedBy(now);
        if (a > ackSeen) {
            acksIn.deliver(now, a - ackSeen);
            ackSeen = a;
        }
        long want = sender.allowance();
        if (want > 0) {
            long queued = data.sent() - data.departedBy(now);
            long room = Math.max(0, queueLimit - queued);
            long k = Math.min(want, room);
            if (k > 0) {
                k = sender.emit(now, k, flow.segments);
                flow.data.emit(k);
                data.send(now, k, spacingNs);
            }
            if (want > room) {
                sender.localCongestion(now);
            }
        }
        plan(now);
    }

    /** The peer's TCP events: no domain or CPU of the modelled machine. */
    static final class PeerEvents implements TcpSender.Events {
        private final SimContext ctx;
        private final int device;

        PeerEvents(SimContext ctx, int device) {
            this.ctx = ctx;
            this.device = device;
        }

        @Override
        public void loss(long now, long lost, long cwnd, long ssthresh) {
            ctx.metrics.tcpRecoveries++;
            ctx.trace.event(now, TraceKind.TCP_LOSS, -1, -1, -1, -1, device, lost);
        }

        @Override
        public void retransmit(long now, long first, long count) {
            ctx.metrics.tcpRetransmits += count;
            ctx.trace.event(now, TraceKind.TCP_RETRANSMIT, -1, -1, -1, -1, device, count);
        }

        @Override
        public void rto(long now, long backoff, long ssthresh) {
            ctx.metrics.tcpRtos++;
            ctx.trace.event(now, TraceKind.TCP_RTO, -1, -1, -1, -1, device, backoff);
        }

        @Override
        public void recovered(long now, long cwnd) {
            ctx.trace.event(now, TraceKind.TCP_RECOVERED, -1, -1, -1, -1, device, cwnd);
        }
    }
}
