package org.natsume.sim.xen;

import org.natsume.sim.SimContext;
import org.natsume.sim.sched.Pcpu;

/**
 * Stock Xen 3.4 (domain.md §3.2): {@code __do_IRQ_guest} loops over every domain bound to the IRQ, so an interrupt
 * from any INTx sharer reaches all binders and each holds the line until its EOI. Decides without reading anything.
 */
public final class ByIrqRouting implements RoutingPolicy, RoutingPolicy.Router {

    @Override
    public String id() {
        return "BY_IRQ";
    }

    /** Stateless, so one router serves every run. */
    @Override
    public Router router(SimContext ctx) {
        return this;
    }

    @Override
    public long decisionCostNs(IrqGuestAction a) {
        return 0;
    }

    @Override
    public Decision decide(IrqGuestAction a, Pcpu cpu, int journey, long now) {
        return Decision.everyBinder(a);
    }
}
