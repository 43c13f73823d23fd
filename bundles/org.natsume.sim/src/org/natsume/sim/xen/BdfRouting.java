package org.natsume.sim.xen;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.hw.Nic;
import org.natsume.sim.sched.Pcpu;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.trace.TraceKind;

/**
 * Proposal 2 on a shared INTx line (domain.md §3.2 "How a BDF-aware hypervisor could tell who asserted", §3.3):
 * Xen reads each sharer's Status bit 3 ({@code t_cfg_read}) to find whom to notify, then sets Interrupt Disable
 * (Command bit 10, {@code t_cfg_write}) on every asserting sharer, which drops the wired-OR so the line can be EOI'd
 * at once; the owner's EOI clears the bit again (a Xen work item on the EOI's PCPU). Non-owners never enter
 * {@code in_flight}, so the EOI coupling between domains disappears. Routing policy {@code BY_BDF}.
 */
public final class BdfRouting implements RoutingPolicy {

    @Override
    public String id() {
        return "BY_BDF";
    }

    @Override
    public Router router(SimContext ctx) {
        return new BdfRouter(ctx);
    }

    /** One run's router: it submits the owner's Interrupt Disable clearing as Xen work of that run. */
    private static final class BdfRouter implements Router, WorkHandler {
        private final SimContext ctx;

        BdfRouter(SimContext ctx) {
            this.ctx = ctx;
        }

        /**
         * Identifies the asserting sharers' owners; when each asserting sharer has one, notifies them only and takes
         * the devices off the line, otherwise every binder as stock Xen does.
         */
        @Override
        public Decision decide(IrqGuestAction a, Pcpu cpu, int journey, long now) {
            if (!applies(a)) {
                return Decision.everyBinder(a);
            }
            int identified = identify(a, journey, now);
            if (identified == 0) {
                return Decision.everyBinder(a);
            }
            takeOffLine(a, cpu, journey, now);
            return new Decision(identified, true);
        }

        @Override
        public long decisionCostNs(IrqGuestAction a) {
            return applies(a) ? costNs(a) : 0;
        }

        @Override
        public void guestEoi(IrqGuestAction a, IrqGuestAction.Binding binder, Pcpu eoiCpu, int journey) {
            ownerEoi(a, binder, eoiCpu, journey);
        }

        /** A single device or MSI needs no identification. */
        boolean applies(IrqGuestAction a) {
            return a.sharers.size() > 1 && !a.msi;
        }

        /** The config-space accesses added to do_IRQ: one read per sharer, one write per asserting sharer. */
        long costNs(IrqGuestAction a) {
            long cost = a.sharers.size() * ctx.t(TimingParameter.T_CFG_READ);
            if (ownedAsserting(a) != 0) {
                for (Nic n : a.sharers) {
                    if (n.interruptStatus()) {
                        cost += ctx.t(TimingParameter.T_CFG_WRITE);
                    }
                }
            }
            return cost;
        }

        /**
         * The status reads: the binders owning a sharer whose Status bit 3 is set, or 0 when some asserting sharer has
         * no owner or none asserts (BDF routing then degenerates to notifying every binder, domain.md §3.2).
         */
        int identify(IrqGuestAction a, int journey, long now) {
            for (Nic n : a.sharers) {
                ctx.trace.event(now, TraceKind.STATUS_READ, journey, -1, -1, a.gsi, n.deviceIndex, n.interruptStatus() ? 1 : 0);
            }
            return ownedAsserting(a);
        }

        private static int ownedAsserting(IrqGuestAction a) {
            int mask = 0;
            for (Nic n : a.sharers) {
                if (!n.interruptStatus()) {
                    continue;
                }
                int owners = 0;
                for (int i = 0; i < a.guests.size(); i++) {
                    if (a.guests.get(i).ownedDevices().contains(n)) {
                        owners |= 1 << i;
                    }
                }
                if (owners == 0) {
                    return 0;
                }
                mask |= owners;
            }
            return mask;
        }

        /** Sets Interrupt Disable on every asserting sharer: the line drops and may be EOI'd now. */
        void takeOffLine(IrqGuestAction a, Pcpu cpu, int journey, long now) {
            for (Nic n : a.sharers) {
                if (n.interruptStatus() && !n.intxDisabled()) {
                    ctx.trace.event(now, TraceKind.INTX_DISABLE, journey, cpu.id, -1, a.gsi, n.deviceIndex, 1);
                    n.intxDisable(true);
                }
            }
        }

        /** The owner's PHYSDEVOP_eoi: Xen clears Interrupt Disable of its devices on this line (one config write). */
        void ownerEoi(IrqGuestAction a, IrqGuestAction.Binding g, Pcpu eoiCpu, int journey) {
            for (Nic n : g.ownedDevices()) {
                if (n.intxDisabled()) {
                    WorkItem w = WorkItem.obtain(WorkItem.XEN, this, 0);
                    w.ref = g;
                    w.a = a.gsi;
                    w.b = eoiCpu.id;
                    w.journey = journey;
                    eoiCpu.submitXen(w);
                    return;
                }
            }
        }

        @Override
        public long onStart(WorkItem w, long now) {
            return ctx.t(TimingParameter.T_CFG_WRITE);
        }

        /** A device that still has an interrupt pending drives the line again. */
        @Override
        public void onDone(WorkItem w, long now) {
            IrqGuestAction.Binding g = (IrqGuestAction.Binding) w.ref;
            for (Nic n : g.ownedDevices()) {
                if (n.intxDisabled()) {
                    ctx.trace.event(now, TraceKind.INTX_DISABLE, w.journey, (int) w.b, g.domain().index, (int) w.a,
                            n.deviceIndex, 0);
                    n.intxDisable(false);
                }
            }
        }
    }
}
