package org.natsume.sim.adapter;

import org.natsume.model.Topology;
import org.natsume.model.UdpFlood;
import org.natsume.model.Workload;
import org.natsume.model.examples.Examples;
import org.natsume.model.examples.PaperTestbed.PaperCase;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.scenario.PaperTestbed;
import org.natsume.sim.scenario.ScenarioSpec;

/**
 * The scenario matrix built from the model's built-in paper testbed (domain.md §6.2): the case and the sharing
 * layout choose the topology, the variant sets direction, load and the proposals. "Load" is a UDP flood of
 * {@link PaperTestbed#FLOOD_FRAME_BYTES}-byte frames at line rate (see docs/simulation.md, "Flood size").
 */
public final class ModelScenarios {
    private ModelScenarios() {
    }

    public static Topology topology(ScenarioSpec s) {
        PaperCase c = switch (s.caseNo()) {
            case 1 -> PaperCase.NATIVE;
            case 2 -> PaperCase.VIF;
            default -> PaperCase.PASSTHROUGH;
        };
        Topology t = org.natsume.model.examples.PaperTestbed.build(c, s.shared());
        org.natsume.model.examples.PaperTestbed.withTraffic(t,
                s.direction() == org.natsume.topology.Topology.Direction.SEND ? org.natsume.model.Direction.SEND : org.natsume.model.Direction.RECEIVE,
                s.load());
        org.natsume.model.examples.PaperTestbed.withProposals(t, s.p1(), s.p2());
        for (Workload w : t.getWorkloads()) {
            if (w instanceof UdpFlood u) {
                u.setPacketSizeBytes(PaperTestbed.FLOOD_FRAME_BYTES);
            }
        }
        return t;
    }

    public static SimConfig config(ScenarioSpec s) {
        return ModelAdapter.toSimConfig(topology(s), s.id());
    }

    /** A built-in model example by name (e.g. paper-case3-passthrough-shared). */
    public static SimConfig example(String name) {
        return ModelAdapter.toSimConfig(Examples.load(name), name);
    }
}
