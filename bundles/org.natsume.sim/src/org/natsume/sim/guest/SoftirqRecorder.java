package org.natsume.sim.guest;

import org.natsume.sim.SimContext;
import org.natsume.sim.sched.UpcallSoftirq;
import org.natsume.sim.sched.Vcpu;
import org.natsume.trace.TraceKind;

/** Trace events and metrics of one domain's softirqs inside the upcall. */
final class SoftirqRecorder implements UpcallSoftirq.Listener {
    private final SimContext ctx;
    private final int domain;

    SoftirqRecorder(SimContext ctx, int domain) {
        this.ctx = ctx;
        this.domain = domain;
    }

    @Override
    public void heldOff(Vcpu v, long since, long now) {
        ctx.trace.event(now, TraceKind.SOFTIRQ_HOLDOFF, -1, v.pcpu.id, domain, -1, -1, now - since);
        long from = Math.max(since, ctx.metrics.measureStartNs);
        if (now > from) {
            ctx.metrics.upcallHeldOffNs[domain] += now - from;
        }
        if (since >= ctx.metrics.measureStartNs) {
            ctx.metrics.upcallHeldOffCount[domain]++;
        }
    }

    @Override
    public void ksoftirqd(Vcpu v, int restarts, long now) {
        ctx.trace.event(now, TraceKind.KSOFTIRQD_WAKE, -1, v.pcpu.id, domain, -1, -1, restarts);
        ctx.metrics.ksoftirqdWakes[domain]++;
    }
}
