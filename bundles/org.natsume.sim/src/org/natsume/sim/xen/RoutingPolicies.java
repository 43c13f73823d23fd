package org.natsume.sim.xen;

import java.util.List;
import java.util.Optional;

import org.natsume.extensions.Contribution;
import org.natsume.extensions.Contributions;

/** The routing policies contributed to {@value #POINT} (docs/extending.md), BY_IRQ and BY_BDF included. */
public final class RoutingPolicies {

    public static final String POINT = "org.natsume.sim.routingPolicies";

    public static final Contributions<RoutingPolicy> POLICIES = new Contributions<>(POINT, "policy", RoutingPolicy.class,
            RoutingPolicy::id);

    private RoutingPolicies() {
    }

    public static List<Contribution<RoutingPolicy>> policies() {
        return POLICIES.all();
    }

    public static Optional<RoutingPolicy> byId(String id) {
        return POLICIES.byId(id);
    }

    public static List<String> ids() {
        return POLICIES.ids();
    }

    /** The policy the model names, or an error naming the known ones (a bundle left out of the product). */
    public static RoutingPolicy require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown routing policy '" + id
                + "'; routing policies: " + String.join(", ", ids())));
    }
}
