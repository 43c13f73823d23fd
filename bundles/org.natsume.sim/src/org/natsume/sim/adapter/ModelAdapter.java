package org.natsume.sim.adapter;

import org.natsume.model.Topology;
import org.natsume.sim.config.SimConfig;
import org.natsume.topology.emf.TopologyReader;

/**
 * An org.natsume.model {@link Topology} as a {@link SimConfig}: the one reader resolves it, the simulator takes its
 * view of the result. Functions attached to no domain are driven by Dom0 (or the native OS), so an idle USB
 * controller on a shared GSI still binds that GSI as in real Xen.
 */
public final class ModelAdapter {
    private ModelAdapter() {
    }

    public static SimConfig toSimConfig(Topology t, String name) {
        return SimConfig.of(TopologyReader.read(t), name);
    }
}
