package org.natsume.timeline.live;

import java.nio.file.Path;

import org.natsume.model.Topology;
import org.natsume.model.io.TopologyLoadException;
import org.natsume.model.io.TopologyStore;
import org.natsume.sim.adapter.ModelAdapter;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.scenario.ScenarioSpec;

/**
 * Where a live run's machine comes from (issue "Live": a built-in example or a file, with a workload): the paper's
 * testbed as a scenario of domain.md §6.2 (case, direction, UDP load, shared line, proposals — built from the model's
 * paper examples by the sim's {@link ModelScenarios}), or a {@code .natsume} topology file with its own workloads.
 */
public sealed interface RunSource {

    SimConfig config();

    String label();

    /** The paper testbed for one scenario id such as C3-R-L-SH. */
    record Paper(ScenarioSpec scenario) implements RunSource {
        @Override
        public SimConfig config() {
            return ModelScenarios.config(scenario);
        }

        @Override
        public String label() {
            return scenario.id();
        }
    }

    /** A topology file; errors name the file. */
    record File(Path path) implements RunSource {
        @Override
        public SimConfig config() {
            Topology t;
            try {
                t = TopologyStore.load(path);
            } catch (TopologyLoadException e) {
                throw new IllegalArgumentException("cannot load topology " + path + ": " + e.getMessage(), e);
            }
            String name = path.getFileName().toString().replaceFirst("\\.natsume$", "");
            try {
                return ModelAdapter.toSimConfig(t, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path.getFileName() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String label() {
            return path.getFileName().toString();
        }
    }
}
