package org.natsume.timeline.live;

import java.util.List;

import org.natsume.sim.config.SimConfig;
import org.natsume.sim.scenario.Simulation;
import org.natsume.timeline.core.breakpoint.BreakpointCondition;
import org.natsume.trace.TraceStore;

/**
 * Prepares a live run: the simulation wired to a {@link LiveRun} in front of a trace store (the simulation publishes
 * its trace metadata while it wires the machine, so lanes are labelled from the first event and breakpoints resolve
 * names against the run's own numbering), the breakpoints armed, and the {@link SimulationJob}. Scheduling is left to
 * the caller. A machine the simulation refuses throws {@link IllegalArgumentException} here, before any job starts.
 */
public final class LiveRunLauncher {

    private LiveRunLauncher() {
    }

    public static SimulationJob prepare(SimConfig cfg, String label, long warmupNs, long durationNs, long seed, BreakpointChoice bp) {
        LiveRun run = new LiveRun(new TraceStore());
        Simulation sim = new Simulation(cfg, seed, run, null);
        List<BreakpointCondition> conditions = bp.resolve(sim.traceMetadata());
        RunRequest request = new RunRequest(cfg, label, warmupNs, durationNs, seed, conditions);
        return new SimulationJob(request, run, sim);
    }
}
