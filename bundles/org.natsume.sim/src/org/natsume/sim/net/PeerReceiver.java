package org.natsume.sim.net;

import org.natsume.sim.SimContext;
import org.natsume.sim.hw.ArrivalSource;
import org.natsume.sim.hw.Wire;
import org.natsume.sim.tcp.ColumnFifo;
import org.natsume.sim.tcp.ReceiveBuffer;
import org.natsume.sim.tcp.TcpFlow;
import org.natsume.sim.tcp.TcpKernel;
import org.natsume.sim.tcp.TcpReceiver;
import org.natsume.sim.tcp.TcpTimer;

/**
 * The external netperf receiver when the guest SENDs: a {@link TcpReceiver} of the peer's kernel with unlimited
 * CPU, so it handles each data frame the moment it arrives. Everything on the data wire has passed the last queue
 * that could drop it, so its arrival time is known when it is sent: the receiver works through new frames as they
 * go on the wire (no event per frame) and puts each ACK on the reverse link at the frame's arrival. A lone segment
 * is ACKed by the delayed-ACK timer; only that case needs an event. The reverse link carries only these ACKs.
 */
public final class PeerReceiver implements ArrivalSource {
    private final Wire data;
    private final Wire acks;
    private final TcpFlow flow;
    private final TcpReceiver receiver;
    private final TcpFlow.DataIn dataIn;
    private final TcpTimer delack;
    private final long ackSpacingNs;
    private final long delackNs;
    private final SimContext ctx;
    private long processed;
    private long pendingSince = -1;
    // delivered-in-order count after each processed frame whose arrival is still ahead of the clock
    /** (time, segments delivered in order by then) marks ahead of the clock. */
    private final ColumnFifo marks = new ColumnFifo(2, 64);
    private long deliveredBefore;

    public PeerReceiver(SimContext ctx, Wire data, TcpFlow flow, TcpKernel kernel, long memoryMiB, long mss,
            long propNs, long ackSpacingNs, int ackFrameBytes) {
        this.ctx = ctx;
        this.data = data;
        this.flow = flow;
        this.acks = new Wire(propNs, ackFrameBytes);
        this.ackSpacingNs = ackSpacingNs;
        this.delackNs = kernel.delackNs();
        this.receiver = new TcpReceiver(flow.ackLog, new ReceiveBuffer(kernel.rmemMax(memoryMiB), mss, kernel.jiffyNs()),
                delackNs);
        this.dataIn = flow.dataIn(receiver);
        this.delack = new TcpTimer(ctx.sim, this::delackFired);
        data.listener(this::onSent);
    }

    public TcpReceiver receiver() {
        return receiver;
    }

    public TcpFlow.DataIn dataIn() {
        return dataIn;
    }

    /** The window the receiver advertises before any ACK (tcp_rmem[1] = 87,380 B: 45 segments). */
    public long initialWindowSegments() {
        return receiver.buffer().windowSegments();
    }

    private void onSent() {
        long total = data.sent();
        while (processed < total) {
            long t = data.arrivalTime(processed);
            if (pendingSince >= 0 && t > pendingSince + delackNs) {
                emit(pendingSince + delackNs, receiver.delackFired(pendingSince + delackNs));
                pendingSince = -1;
            }
            long a = dataIn.deliver(t, 1);
            processed++;
            mark(t, receiver.delivered());
            emit(t, a);
            if (receiver.pendingSegments() > 0) {
                if (pendingSince < 0) {
                    pendingSince = t;
                    delack.arm(t + delackNs);
                }
            } else {
                pendingSince = -1;
            }
        }
    }

    /** Segments delivered in order by time t (goodput): the receiver runs ahead of the clock, so look it up. */
    public long deliveredBy(long t) {
        long d = deliveredBefore;
        for (int i = marks.head(); i < marks.tail() && marks.get(0, i) <= t; i++) {
            d = marks.get(1, i);
        }
        return d;
    }

    private void mark(long t, long delivered) {
        long now = ctx.now();
        while (!marks.isEmpty() && marks.get(0, marks.head()) <= now) {
            deliveredBefore = marks.get(1, marks.head());
            marks.pop();
        }
        marks.push(t, delivered);
    }

    private void delackFired(long now) {
        if (pendingSince >= 0 && now >= pendingSince + delackNs) {
            emit(now, receiver.delackFired(now));
            pendingSince = -1;
        }
    }

    private void emit(long t, long n) {
        if (n > 0) {
            flow.acks.emit(n);
            acks.send(t, n, ackSpacingNs);
        }
    }

    @Override
    public long arrivedBy(long t) {
        return acks.arrivedBy(t);
    }

    @Override
    public long arrivalTime(long k) {
        return acks.arrivalTime(k);
    }

    @Override
    public int frameBytes() {
        return acks.frameBytes();
    }

    @Override
    public void listener(Runnable r) {
        acks.listener(r);
    }
}
