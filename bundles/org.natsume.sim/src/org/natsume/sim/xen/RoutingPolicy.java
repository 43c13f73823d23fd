package org.natsume.sim.xen;

import org.natsume.sim.SimContext;

/**
 * A named interrupt-routing policy: how Xen's {@code __do_IRQ_guest} picks the domains to notify when a guest-bound
 * line asserts (domain.md §3.2, §3.3), contributed to {@code org.natsume.sim.routingPolicies} (schema
 * {@code schema/routingPolicies.exsd}, docs/extending.md) and selected by the model's {@code Hypervisor.routingPolicy}
 * id. The built-ins are stock Xen's {@code BY_IRQ} ({@link ByIrqRouting}) and proposal 2's {@code BY_BDF}
 * ({@link BdfRouting}). Stateless, public no-argument constructor; per-run state belongs in the {@link Router}.
 */
public interface RoutingPolicy {

    /** The id the model names ({@code BY_IRQ}); equal to the contribution's id, written to the trace's metadata. */
    String id();

    /** A router for one run: created when the run's Xen is, so it may keep state across interrupts. */
    Router router(SimContext ctx);

    /** The policy's decisions and their cost, for one run. Called on the PCPU that took the vector, in Xen context. */
    interface Router {

        /**
         * The time {@code do_IRQ} spends deciding for line {@code a}, beyond stock Xen's per-binder loop (which every
         * policy pays): e.g. proposal 2's config-space reads. Added to the do_IRQ work item when it starts.
         */
        long decisionCostNs(IrqGuestAction a);

        /**
         * Which binders of {@code a} (bit i = {@code a.guests.get(i)}) this assertion notifies. May trace what it
         * read ({@code ctx.trace}) and act on devices, as proposal 2 sets Interrupt Disable. Must name at least one
         * binder.
         */
        Decision decide(IrqGuestAction a, org.natsume.sim.sched.Pcpu cpu, int journey, long now);

        /** A binder's {@code PHYSDEVOP_eoi} of {@code a}; proposal 2 re-enables its devices here. */
        default void guestEoi(IrqGuestAction a, IrqGuestAction.Binding binder, org.natsume.sim.sched.Pcpu eoiCpu,
                int journey) {
        }
    }

    /**
     * A decision for one assertion.
     *
     * @param recipients bit i set: notify binder i
     * @param isolated the asserting devices were taken off the line (PCI 2.3 Interrupt Disable), so the line is free
     *            at once and the notified binders do not hold it ({@code in_flight}) until their EOI
     */
    record Decision(int recipients, boolean isolated) {

        /** Stock Xen: every binder, each holding the line until its EOI. */
        public static Decision everyBinder(IrqGuestAction a) {
            return new Decision((1 << a.guests.size()) - 1, false);
        }
    }
}
