package org.natsume.model.tests;

import org.natsume.model.Domain;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.pci.PciTree;

/** Look-ups into the built-in examples, so tests read as statements about the paper's testbed. */
final class ModelFixtures {

    private ModelFixtures() {
    }

    static Topology shared() {
        return Examples.load("paper-case3-passthrough-shared");
    }

    static Topology unshared() {
        return Examples.load("paper-case3-passthrough-unshared");
    }

    static Domain domain(Topology t, String name) {
        return t.getDomains().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
    }

    static PciFunction fn(Topology t, String bdf) {
        return PciTree.find(t.getMachine(), bdf).orElseThrow();
    }
}
