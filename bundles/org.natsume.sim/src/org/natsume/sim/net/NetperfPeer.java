package org.natsume.sim.net;

import org.natsume.sim.SimContext;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.hw.Wire;

/**
 * The external netperf host when the guest RECEIVEs (domain.md §2.4): a TCP sender with unlimited CPU, allowed
 * tcp_window bytes in flight, clocked by the guest's ACKs. It wakes when the next ACK arrives or, if its link is
 * still busy then, when the link frees up (sending earlier would only queue behind the same frames).
 */
public final class NetperfPeer implements EventHandler {
    private final SimContext ctx;
    private final Wire data;
    private final Wire acks;
    private final long windowSegs;
    private final long ackEvery;
    private final long spacingNs;
    private final int target;
    private long sent;
    private long ackedSegs;
    private long ackSeen;
    private long wakeGen;
    private long wakeAt = Long.MAX_VALUE;

    public NetperfPeer(SimContext ctx, Wire data, Wire acks, long windowSegs, long ackEvery, long spacingNs) {
        this.ctx = ctx;
        this.data = data;
        this.acks = acks;
        this.windowSegs = windowSegs;
        this.ackEvery = ackEvery;
        this.spacingNs = spacingNs;
        this.target = ctx.sim.register(this);
        acks.listener(() -> plan(ctx.now()));
    }

    public void start(long at) {
        ctx.sim.at(at, target, 0, ++wakeGen);
    }

    public long sent() {
        return sent;
    }

    private void plan(long now) {
        long next = acks.arrivalTime(ackSeen);
        if (next == Long.MAX_VALUE) {
            return;
        }
        long t = Math.max(Math.max(next, now), data.freeAt());
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
            ackedSegs = Math.min(sent, ackedSegs + (a - ackSeen) * ackEvery);
            ackSeen = a;
        }
        long room = windowSegs - (sent - ackedSegs);
        if (room > 0) {
            data.send(now, room, spacingNs);
            sent += room;
        }
        plan(now);
    }
}
