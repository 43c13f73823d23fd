package org.natsume.sim.tcp;

import java.util.function.LongConsumer;

import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.kernel.Simulator;

/**
 * One TCP timer (delayed ACK, retransmission). TCP re-arms its timers on almost every segment, always later than
 * before, so the timer keeps one event in the queue and only moves the deadline: an event that finds the deadline
 * later goes back to sleep until then (a few events per RTO instead of one per ACK). Arming earlier than the
 * pending event schedules a new one (the old one becomes stale by generation).
 */
public final class TcpTimer implements EventHandler {
    private final Simulator sim;
    private final int target;
    private final LongConsumer onFire;
    private long gen;
    private long at = -1;
    private long scheduledAt = -1;

    public TcpTimer(Simulator sim, LongConsumer onFire) {
        this.sim = sim;
        this.onFire = onFire;
        this.target = sim.register(this);
    }

    public void arm(long time) {
        at = Math.max(time, sim.now());
        if (scheduledAt < 0 || scheduledAt > at) {
            scheduledAt = at;
            sim.at(at, target, 0, ++gen);
        }
    }

    public void cancel() {
        at = -1;
    }

    public boolean armed() {
        return at >= 0;
    }

    public long at() {
        return at;
    }

    @Override
    public void handle(int kind, long g) {
        if (g != gen) {
            return;
        }
        scheduledAt = -1;
        if (at < 0) {
            return;
        }
        long now = sim.now();
        if (now < at) {
            scheduledAt = at;
            sim.at(at, target, 0, ++gen);
            return;
        }
        at = -1;
        onFire.accept(now);
    }
}
