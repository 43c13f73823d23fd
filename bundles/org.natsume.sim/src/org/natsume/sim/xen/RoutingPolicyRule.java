package org.natsume.sim.xen;

import org.natsume.model.Hypervisor;
import org.natsume.model.Topology;
import org.natsume.model.validation.Findings;
import org.natsume.model.validation.Severity;
import org.natsume.model.validation.TopologyRule;

/**
 * The hypervisor's routing policy must be one an installed bundle contributes (a model saved with a policy whose
 * bundle is not in this product). Contributed by this bundle, not the model's, as only the simulator's registry knows
 * the policies.
 */
public final class RoutingPolicyRule implements TopologyRule {

    @Override
    public String id() {
        return "routing-policy";
    }

    @Override
    public void check(Topology t, Findings out) {
        Hypervisor h = t.getHypervisor();
        if (h == null || RoutingPolicies.byId(h.getRoutingPolicy()).isPresent()) return;
        out.add(Severity.ERROR, this, "routing policy '" + h.getRoutingPolicy() + "' is not installed; installed: "
                + String.join(", ", RoutingPolicies.ids()), h);
    }
}
