package org.natsume.model;

/**
 * The ids of the built-in interrupt-routing policies, the values {@link Hypervisor#getRoutingPolicy()} stores. The
 * attribute is a string because policies are contributed (extension point {@code org.natsume.sim.routingPolicies},
 * docs/extending.md); these two were the literals of the former enum, so saved files read the same.
 */
public final class RoutingPolicies {

    /** Stock Xen: every domain bound to the IRQ is notified. */
    public static final String BY_IRQ = "BY_IRQ";
    /** Natsume proposal 2: only the owners of the asserting devices. */
    public static final String BY_BDF = "BY_BDF";

    private RoutingPolicies() {
    }
}
