package org.natsume.sim.adapter;

import org.natsume.model.Direction;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.examples.PaperParameters;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.model.examples.PaperTestbed.PaperCase;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.topology.Timing;

/**
 * The scenario matrix built from the models the product ships (domain.md §6.2; the one paper testbed,
 * {@link PaperTestbed}): the case and the layout (SH/UN) choose the topology, the variant sets direction, load and
 * the proposals. The free parameters come from {@link PaperParameters}: their defaults, or one
 * {@link PaperParameters.Choice} for the whole matrix (reproduce-paper --sensitivity), never one per scenario.
 */
public final class ModelScenarios {
    private ModelScenarios() {
    }

    public static Topology topology(ScenarioSpec s) {
        return topology(s, PaperParameters.DEFAULTS);
    }

    public static Topology topology(ScenarioSpec s, PaperParameters.Choice p) {
        PaperCase c = switch (s.caseNo()) {
            case 1 -> PaperCase.NATIVE;
            case 2 -> PaperCase.VIF;
            default -> PaperCase.PASSTHROUGH;
        };
        Topology t = PaperTestbed.build(c, s.shared(), p);
        PaperTestbed.withTraffic(t,
                s.direction() == org.natsume.topology.Topology.Direction.SEND ? Direction.SEND : Direction.RECEIVE,
                s.load());
        PaperTestbed.withProposals(t, s.p1(), s.p2());
        return t;
    }

    public static SimConfig config(ScenarioSpec s) {
        return config(s, PaperParameters.DEFAULTS);
    }

    public static SimConfig config(ScenarioSpec s, PaperParameters.Choice p) {
        return ModelAdapter.toSimConfig(topology(s, p), s.id());
    }

    /** The shipped model of {@code s} with other timing values (a test's ablation of one mechanism). */
    public static SimConfig config(ScenarioSpec s, Timing timing) {
        SimConfig c = config(s);
        return new SimConfig(c.name(), c.cpus(), c.ioApic(), c.functions(), c.domains(), c.xen(), c.workloads(), timing);
    }

    /** A built-in model example by name (e.g. paper-case3-passthrough-shared). */
    public static SimConfig example(String name) {
        return ModelAdapter.toSimConfig(Examples.load(name), name);
    }
}
