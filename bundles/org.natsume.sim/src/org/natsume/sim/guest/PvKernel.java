package org.natsume.sim.guest;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.sched.Scheduler;
import org.natsume.sim.sched.UpcallSoftirq;
import org.natsume.sim.sched.Vcpu;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.sim.xen.Domain;
import org.natsume.sim.xen.Xen;
import org.natsume.trace.TraceKind;

/**
 * A paravirtualised Linux kernel of the classic Xen tree (2.6.18-xen; domain.md §3.2 step 4): the event upcall
 * (evtchn_do_upcall) dispatches pending ports to their handlers, a PIRQ ends with the PHYSDEVOP_eoi hypercall, and
 * the softirqs the handlers raised run inside the upcall (UpcallSoftirq).
 */
public final class PvKernel extends GuestOs implements WorkHandler {
    public final Domain domain;
    private final Xen xen;

    public PvKernel(SimContext ctx, Domain domain, Scheduler scheduler, Xen xen) {
        super(ctx, domain.index, domain.name, domain.vcpu, scheduler);
        this.domain = domain;
        this.xen = xen;
        domain.vcpu.upcallHandler = this;
        domain.vcpu.softirq = new UpcallSoftirq((int) ctx.t(TimingParameter.MAX_SOFTIRQ_RESTART),
                ctx.t(TimingParameter.NETDEV_BUDGET), new SoftirqRecorder(ctx, domain.index), ctx::now);
    }

    public Xen xen() {
        return xen;
    }

    @Override
    public long onStart(WorkItem w, long now) {
        ctx.trace.event(now, TraceKind.UPCALL, domain.firstPendingJourney(), vcpu.pcpu.id, index, -1, -1, 0);
        Vcpu v = (Vcpu) w.ref;
        if (v.softirq != null) {
            v.softirq.upcallStarted();
        }
        return cost(ctx.t(TimingParameter.T_UPCALL));
    }

    @Override
    public void onDone(WorkItem w, long now) {
        ((Vcpu) w.ref).upcallTaken();
        domain.dispatchPending(now);
    }

    @Override
    protected void endIrq(IrqChain chain, int journey, long now) {
        xen.pirqGuestEoi(domain, chain.gsi, vcpu.pcpu, journey, now);
    }

    @Override
    protected long endIrqCost() {
        return ctx.t(TimingParameter.T_HYPERCALL);
    }
}
