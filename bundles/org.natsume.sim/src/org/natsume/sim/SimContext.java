package org.natsume.sim;

import java.util.SplittableRandom;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.kernel.RandomStreams;
import org.natsume.sim.kernel.Simulator;
import org.natsume.sim.metrics.Accounting;
import org.natsume.sim.metrics.InvariantMonitor;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.topology.Timing;
import org.natsume.trace.TraceSink;

/** What every component of one run shares: clock, parameters, trace sink, metrics, random streams. */
public final class SimContext {
    public final Simulator sim = new Simulator();
    public final Timing timing;
    public final TraceSink trace;
    public final RunMetrics metrics;
    public final Accounting accounting = new Accounting();
    public final InvariantMonitor invariants;
    public final RandomStreams random;
    private final double jitter;
    private int nextJourney = 1;

    public SimContext(Timing timing, TraceSink trace, RunMetrics metrics, InvariantMonitor invariants, long seed) {
        this.timing = timing;
        this.trace = trace == null ? TraceSink.NONE : trace;
        this.metrics = metrics;
        this.invariants = invariants == null ? InvariantMonitor.NONE : invariants;
        this.random = new RandomStreams(seed);
        this.jitter = timing.get(TimingParameter.COST_JITTER) / 1000.0;
    }

    public long t(TimingParameter p) {
        return timing.get(p);
    }

    public long now() {
        return sim.now();
    }

    public int newJourney() {
        return nextJourney++;
    }

    /** A CPU cost with the configured uniform spread (cache and TLB effects), never below 1 ns for non-zero costs. */
    public long jitter(SplittableRandom r, long cost) {
        if (cost == 0 || jitter == 0) {
            return cost;
        }
        long c = Math.round(cost * (1.0 + jitter * (2.0 * r.nextDouble() - 1.0)));
        return Math.max(1, c);
    }
}
