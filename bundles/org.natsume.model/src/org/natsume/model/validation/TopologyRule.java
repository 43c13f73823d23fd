package org.natsume.model.validation;

import org.natsume.model.Topology;

/** One consistency rule over a whole topology. Implementations are stateless. */
public interface TopologyRule {

    /** Short stable identifier, e.g. {@code shared-gsi-passthrough}; also the Diagnostic source suffix. */
    String id();

    void check(Topology topology, Findings out);
}
