package org.natsume.timeline.live;

import java.util.List;

import org.natsume.sim.config.SimConfig;
import org.natsume.timeline.core.breakpoint.BreakpointCondition;

/**
 * What to simulate live (issue "Live"): the machine and workloads as a {@link SimConfig}, a label for the progress
 * view, the simulated warm-up and measured duration, the seed, and the breakpoints to arm from the first event.
 */
public record RunRequest(SimConfig config, String label, long warmupNs, long durationNs, long seed,
        List<BreakpointCondition> breakpoints) {

    public RunRequest {
        if (config == null) {
            throw new IllegalArgumentException("a run needs a simulation configuration");
        }
        if (durationNs <= 0) {
            throw new IllegalArgumentException("simulated duration must be positive, got " + durationNs + " ns");
        }
        if (warmupNs < 0) {
            throw new IllegalArgumentException("warm-up must not be negative, got " + warmupNs + " ns");
        }
        breakpoints = List.copyOf(breakpoints);
    }

    public long totalNs() {
        return warmupNs + durationNs;
    }
}
