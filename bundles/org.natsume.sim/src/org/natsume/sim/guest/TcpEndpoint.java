package org.natsume.sim.guest;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.sim.tcp.CongestionAlgorithm;
import org.natsume.sim.tcp.ReceiveBuffer;
import org.natsume.sim.tcp.TcpFlow;
import org.natsume.sim.tcp.TcpKernel;
import org.natsume.sim.tcp.TcpReceiver;
import org.natsume.sim.tcp.TcpSender;
import org.natsume.sim.tcp.TcpTimer;
import org.natsume.topology.Topology.Direction;
import org.natsume.trace.TraceKind;

/**
 * The guest's end of a netperf TCP_STREAM (docs/simulation.md: TCP as Linux does it). RECEIVE: a
 * {@link TcpReceiver} in the receive softirq, its ACKs sent inline, the window autotuned up to tcp_rmem[2] of the
 * guest's kernel and memory. SEND: netperf keeps the socket full; a {@link TcpSender} with the kernel's
 * congestion control sends what cwnd, the peer's window and tcp_wmem[2] allow while the TX path has room, so the
 * throughput follows from whichever of line, CPU, window or losses is the bottleneck.
 *
 * <p>Over a path that segments large packets (an e1000 with TSO, or a vif with GSO) the sender builds them as
 * Linux does: tcp_current_mss sizes them to xmit_size_goal = min(GSO_MAX_SIZE - 1 - headers, max_window / 2), a
 * multiple of the MSS (tcp_bound_to_half_wnd), and tcp_tso_should_defer holds a send back until a full packet or
 * 1/tcp_tso_win_divisor of the window may go.
 */
public final class TcpEndpoint implements PacketSink, WorkHandler {
    private final GuestOs os;
    private final Direction direction;
    private final int workload;
    private final long mss;
    private final TcpFlow flow;
    private final TcpKernel kernel;
    private TcpSender sender;
    private TcpReceiver receiver;
    private TcpFlow.DataIn dataIn;
    private TcpFlow.AcksIn acksIn;
    private final CongestionAlgorithm algorithm;
    private final long memoryMiB;
    private final long initialWindow;
    private int traceDevice = -1;
    private long tsoSegs = 1;
    private boolean tsoPath;
    private TxPath tx;
    private boolean senderQueued;

    /** An endpoint with the kernel's default congestion control. */
    public TcpEndpoint(GuestOs os, Direction direction, int workload, TcpFlow flow, TcpKernel kernel, long memoryMiB,
            long peerInitialWindowSegs) {
        this(os, direction, workload, flow, kernel, kernel.congestion, memoryMiB, peerInitialWindowSegs);
    }

    public TcpEndpoint(GuestOs os, Direction direction, int workload, TcpFlow flow, TcpKernel kernel,
            CongestionAlgorithm algorithm, long memoryMiB, long peerInitialWindowSegs) {
        this.os = os;
        this.direction = direction;
        this.workload = workload;
        this.flow = flow;
        this.kernel = kernel;
        this.mss = os.ctx.t(TimingParameter.TCP_MSS);
        this.algorithm = algorithm;
        this.memoryMiB = memoryMiB;
        this.initialWindow = peerInitialWindowSegs;
        if (direction == Direction.RECEIVE) {
            ReceiveBuffer buf = new ReceiveBuffer(kernel.rmemMax(memoryMiB), mss, kernel.jiffyNs());
            receiver = new TcpReceiver(flow.ackLog, buf, kernel.delackNs());
            receiver.timer(new TcpTimer(os.ctx.sim, this::delackFired));
            dataIn = flow.dataIn(receiver);
        }
    }

    /** Names the device in trace events (the NIC or vif the stream uses). */
    public void device(int deviceIndex) {
        this.traceDevice = deviceIndex;
    }

    /** Connects the stack to its transmit path; a sender is built for what the path offers (TSO / GSO or not). */
    public void tx(TxPath path) {
        this.tx = path;
        path.onSpace(this::trySend);
        if (direction == Direction.SEND) {
            tsoPath = path.tso();
            sender = new TcpSender(algorithm.create(), kernel.sndbufSegments(memoryMiB, mss), initialWindow,
                    kernel.rtoMinNs(), tsoPath, new Trace(os));
            sender.timer(new TcpTimer(os.ctx.sim, this::rtoFired));
            acksIn = flow.acksIn(sender);
            if (tsoPath) {
                updateTso();
            }
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

    private void updateTso() {
        tsoSegs = tsoSegments(os.ctx.t(TimingParameter.GSO_MAX_SIZE), os.ctx.t(TimingParameter.MTU_FRAME), mss,
                sender.maxWindowSegs() * mss);
    }

    public long tsoSegments() {
        return tsoSegs;
    }

    public TcpSender sender() {
        return sender;
    }

    public TcpReceiver receiver() {
        return receiver;
    }

    /** RECEIVE: the end of the data stream (null when sending). */
    public TcpFlow.DataIn dataIn() {
        return dataIn;
    }

    /** SEND: the end of the ACK stream (null when receiving, or before {@link #tx}). */
    public TcpFlow.AcksIn acksIn() {
        return acksIn;
    }

    public void start() {
        if (direction == Direction.SEND) {
            trySend();
        }
    }

    @Override
    public long costNs(long n) {
        if (direction == Direction.RECEIVE) {
            long acks = (receiver.pendingSegments() + n) / 2;
            return n * os.ctx.t(TimingParameter.T_STACK_RX_PKT) + acks * os.ctx.t(TimingParameter.T_STACK_TX_PKT);
        }
        return n * os.ctx.t(TimingParameter.T_STACK_RX_PKT);
    }

    @Override
    public void deliver(long now, long n, long assertNs) {
        if (direction == Direction.RECEIVE) {
            long before = receiver.delivered();
            long acks = dataIn.deliver(now, n);
            os.ctx.metrics.workloadBytes[workload] += (receiver.delivered() - before) * mss;
            sendAcks(now, acks);
        } else {
            acksIn.deliver(now, n);
            trySend();
        }
    }

    private void sendAcks(long now, long acks) {
        if (acks > 0) {
            flow.acks.emit(acks);
            tx.send(now, acks);
        }
    }

    private void delackFired(long now) {
        sendAcks(now, receiver.delackFired(now));
    }

    private void rtoFired(long now) {
        sender.rtoFired(now);
        trySend();
    }

    private void trySend() {
        if (direction != Direction.SEND || senderQueued) {
            return;
        }
        long allowed = sender.allowance();
        if (allowed <= 0 || tx.space() <= 0) {
            return;
        }
        if (tsoPath) {
            // tcp_tso_should_defer: wait for a full packet or 1/tcp_tso_win_divisor of the window, unless idle
            long chunk = Math.min(sender.cwnd(), sender.maxWindowSegs())
                    / Math.max(1, os.ctx.t(TimingParameter.TCP_TSO_WIN_DIVISOR));
            if (allowed < Math.min(tsoSegs, Math.max(1, chunk)) && sender.pipe() > 0 && !sender.windowLimited()) {
                return;
            }
        }
        senderQueued = true;
        WorkItem send = WorkItem.obtain(WorkItem.BH, this, 0);
        send.process = true; // netperf's send loop
        os.submitBh(send);
    }

    @Override
    public long onStart(WorkItem w, long now) {
        if (tsoPath) {
            updateTso();
        }
        long bound = os.ctx.t(TimingParameter.NAPI_WEIGHT);
        if (tsoSegs > 1) {
            bound = Math.max(1, bound / tsoSegs) * tsoSegs;
        }
        long k = Math.min(Math.min(sender.allowance(), tx.space()), bound);
        if (k > tsoSegs && tsoSegs > 1) {
            k -= k % tsoSegs; // whole TSO packets; the rest goes with the next send
        }
        k = Math.max(0, k);
        k = sender.emit(now, k, flow.segments);
        flow.data.emit(k);
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

    /** Sender events as trace events and metrics. */
    final class Trace implements TcpSender.Events {
        private final GuestOs owner;

        Trace(GuestOs owner) {
            this.owner = owner;
        }

        @Override
        public void loss(long now, long lost, long cwnd, long ssthresh) {
            owner.ctx.metrics.tcpRecoveries++;
            owner.ctx.trace.event(now, TraceKind.TCP_LOSS, -1, owner.vcpu.pcpu.id, owner.index, -1, traceDevice, lost);
        }

        @Override
        public void retransmit(long now, long first, long count) {
            owner.ctx.metrics.tcpRetransmits += count;
            owner.ctx.trace.event(now, TraceKind.TCP_RETRANSMIT, -1, owner.vcpu.pcpu.id, owner.index, -1, traceDevice,
                    count);
        }

        @Override
        public void rto(long now, long backoff, long ssthresh) {
            owner.ctx.metrics.tcpRtos++;
            owner.ctx.trace.event(now, TraceKind.TCP_RTO, -1, owner.vcpu.pcpu.id, owner.index, -1, traceDevice, backoff);
        }

        @Override
        public void recovered(long now, long cwnd) {
            owner.ctx.trace.event(now, TraceKind.TCP_RECOVERED, -1, owner.vcpu.pcpu.id, owner.index, -1, traceDevice,
                    cwnd);
        }
    }
}
