package org.natsume.timeline.live;

import java.util.List;

import org.natsume.sim.config.SimConfig;
import org.natsume.timeline.core.breakpoint.BreakpointCondition;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;

/**
 * Prepares a live run: the trace store named after the machine (so lanes are labelled from the first event), the
 * {@link LiveRun} control with its breakpoints armed, and the {@link SimulationJob}. Scheduling is left to the caller.
 */
public final class LiveRunLauncher {

    private LiveRunLauncher() {
    }

    public static SimulationJob prepare(SimConfig cfg, String label, long warmupNs, long durationNs, long seed, BreakpointChoice bp) {
        TraceMetadata meta = SimTraceMetadata.of(cfg, seed, warmupNs + durationNs);
        List<BreakpointCondition> conditions = bp.resolve(meta);
        TraceStore store = new TraceStore(meta);
        RunRequest request = new RunRequest(cfg, label, warmupNs, durationNs, seed, conditions);
        return new SimulationJob(request, new LiveRun(store));
    }
}
