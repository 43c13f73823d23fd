package org.natsume.sim.xen;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.natsume.extensions.Contribution;
import org.natsume.extensions.PerRegistry;

/** The routing policies contributed to {@value #POINT} (docs/extending.md), BY_IRQ and BY_BDF included. */
public final class RoutingPolicies {

    public static final String POINT = "org.natsume.sim.routingPolicies";

    private static final PerRegistry<List<Contribution<RoutingPolicy>>> POLICIES = new PerRegistry<>(RoutingPolicies::policies);

    private RoutingPolicies() {
    }

    public static List<Contribution<RoutingPolicy>> policies(IExtensionRegistry registry) {
        return Contribution.load(registry, POINT, "policy", RoutingPolicy.class, RoutingPolicy::id);
    }

    public static List<Contribution<RoutingPolicy>> policies() {
        return POLICIES.get();
    }

    public static Optional<RoutingPolicy> byId(String id) {
        return policies().stream().filter(p -> p.id().equals(id)).map(Contribution::instance).findFirst();
    }

    public static List<String> ids() {
        return policies().stream().map(Contribution::id).toList();
    }

    /** The policy the model names, or an error naming the known ones (a bundle left out of the product). */
    public static RoutingPolicy require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown routing policy '" + id
                + "'; routing policies: " + String.join(", ", ids())));
    }
}
