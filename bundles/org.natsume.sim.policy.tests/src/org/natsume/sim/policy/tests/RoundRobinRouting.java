package org.natsume.sim.policy.tests;

import java.util.Arrays;

import org.natsume.sim.SimContext;
import org.natsume.sim.sched.Pcpu;
import org.natsume.sim.xen.IrqGuestAction;
import org.natsume.sim.xen.RoutingPolicy;

/**
 * Routing policy {@code ROUND_ROBIN}: each assertion of a shared line notifies one binder, the next in bind order
 * after the one notified last. Xen reads no device register (decision cost 0, like stock Xen), so the fan-out and its
 * spurious interrupts shrink to one per assertion; the price is that the owner of the asserting device may be notified
 * only after the line has re-asserted once per other binder, each spurious notification ending in an EOI that
 * unmasks a line the device still drives. A design point between BY_IRQ (everyone, at once) and BY_BDF (the owner,
 * after reading every sharer's Status register).
 */
public final class RoundRobinRouting implements RoutingPolicy {

    @Override
    public String id() {
        return "ROUND_ROBIN";
    }

    @Override
    public Router router(SimContext ctx) {
        return new Turns();
    }

    /** One run's position per GSI. */
    private static final class Turns implements Router {
        private int[] next = new int[256];

        @Override
        public long decisionCostNs(IrqGuestAction a) {
            return 0;
        }

        @Override
        public Decision decide(IrqGuestAction a, Pcpu cpu, int journey, long now) {
            int n = a.guests.size();
            if (n <= 1) return Decision.everyBinder(a);
            if (a.gsi >= next.length) next = Arrays.copyOf(next, Math.max(a.gsi + 1, next.length * 2));
            int i = next[a.gsi] % n;
            next[a.gsi] = i + 1;
            return new Decision(1 << i, false);
        }
    }
}
