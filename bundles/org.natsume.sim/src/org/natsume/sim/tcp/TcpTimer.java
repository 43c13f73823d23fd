package org.natsume.sim.tcp;

import java.util.function.LongConsumer;

import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.kernel.Simulator;

/** One TCP timer (delayed ACK, retransmission): re-arming or cancelling makes earlier events stale (generation). */
public final class TcpTimer implements EventHandler {
    private final Simulator sim;
    private final int target;
    private final LongConsumer onFire;
    private long gen;
    private long at = -1;

    public TcpTimer(Simulator sim, LongConsumer onFire) {
        this.sim = sim;
        this.onFire = onFire;
        this.target = sim.register(this);
    }

    public void arm(long time) {
        at = time;
        sim.at(Math.max(time, sim.now()), target, 0, ++gen);
    }

    public void cancel() {
        at = -1;
        gen++;
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
        at = -1;
        onFire.accept(sim.now());
    }
}
