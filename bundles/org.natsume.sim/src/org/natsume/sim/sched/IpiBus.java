package org.natsume.sim.sched;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.metrics.RunMetrics.IpiKind;
import org.natsume.trace.TraceKind;

/**
 * Inter-processor interrupts (domain.md §4.2): a write to the sender's ICR, arrival at the target after t_ipi,
 * then a short Xen handler on the target. Kinds: vcpu kick (event check), remote EOI (set_eoi_ready), scheduler
 * tickle (SCHEDULE_SOFTIRQ).
 */
public final class IpiBus implements EventHandler, WorkHandler {
    /** What the target CPU does when the IPI's handler has run. */
    public interface Receiver {
        void onIpi(Pcpu cpu, IpiKind kind, int journey, long now);

        /** Work the receiver does inside the IPI handler, beyond the handler entry. */
        default long handlerCostNs(IpiKind kind) {
            return 0;
        }
    }

    private final SimContext ctx;
    private final Pcpu[] cpus;
    private final int target;
    private final Receiver[] receivers = new Receiver[IpiKind.values().length];

    public IpiBus(SimContext ctx, Pcpu[] cpus) {
        this.ctx = ctx;
        this.cpus = cpus;
        this.target = ctx.sim.register(this);
    }

    public void receiver(IpiKind kind, Receiver r) {
        receivers[kind.ordinal()] = r;
    }

    /** @param forDomain the domain this IPI is for (its VCPU kicked or woken, its EOI's remote EOI), -1 for none */
    public void send(Pcpu from, Pcpu to, IpiKind kind, int journey, int forDomain) {
        ctx.metrics.ipi(kind, from.id, to.id, forDomain);
        ctx.trace.event(ctx.now(), TraceKind.IPI_SEND, journey, from.id, to.id, -1, -1, kind.ordinal());
        long arg = ((long) journey << 16) | ((long) to.id << 4) | kind.ordinal();
        ctx.sim.after(ctx.t(TimingParameter.T_IPI), target, 0, arg);
    }

    @Override
    public void handle(int kind, long arg) {
        Pcpu to = cpus[(int) ((arg >>> 4) & 0xfff)];
        int k = (int) (arg & 0xf);
        int journey = (int) (arg >>> 16);
        ctx.trace.event(ctx.now(), TraceKind.IPI_ARRIVE, journey, to.id, -1, -1, -1, k);
        WorkItem w = WorkItem.obtain(WorkItem.XEN, this, k);
        w.journey = journey;
        w.ref = to;
        to.submitXen(w);
    }

    @Override
    public long onStart(WorkItem w, long now) {
        Receiver r = receivers[w.code];
        return ctx.t(TimingParameter.T_IRQ_ENTRY) + (r == null ? 0 : r.handlerCostNs(IpiKind.values()[w.code]));
    }

    @Override
    public void onDone(WorkItem w, long now) {
        IpiKind kind = IpiKind.values()[w.code];
        Receiver r = receivers[w.code];
        if (r != null) {
            r.onIpi((Pcpu) w.ref, kind, w.journey, now);
        }
    }
}
