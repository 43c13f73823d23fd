package org.natsume.sim.guest;

import java.util.SplittableRandom;

import org.natsume.sim.SimContext;
import org.natsume.sim.sched.Scheduler;
import org.natsume.sim.sched.Vcpu;
import org.natsume.sim.sched.WorkItem;

/** The operating system of a domain (or of the native machine): its VCPU and how work reaches it. */
public abstract class GuestOs {
    public final SimContext ctx;
    public final int index;
    public final String name;
    public final Vcpu vcpu;
    protected final Scheduler scheduler;
    public final SplittableRandom random;

    protected GuestOs(SimContext ctx, int index, String name, Vcpu vcpu, Scheduler scheduler) {
        this.ctx = ctx;
        this.index = index;
        this.name = name;
        this.vcpu = vcpu;
        this.scheduler = scheduler;
        this.random = ctx.random.stream("os/" + name);
    }

    /** Queues softirq/process work, waking the VCPU if it blocked. */
    public void submitBh(WorkItem w) {
        vcpu.submitBh(w);
        if (vcpu.state == Vcpu.State.BLOCKED) {
            scheduler.wake(vcpu, vcpu.pcpu);
        }
    }

    /** Queues interrupt-level work raised locally (a timer), waking the VCPU if it blocked. */
    public void interrupt(WorkItem w) {
        vcpu.submitIrq(w);
        if (vcpu.state == Vcpu.State.BLOCKED) {
            scheduler.wake(vcpu, vcpu.pcpu);
        }
    }

    public long cost(long ns) {
        return ctx.jitter(random, ns);
    }

    /** End of an IRQ whose chained handlers have run: PHYSDEVOP_eoi for a PV guest, LAPIC EOI natively. */
    protected abstract void endIrq(IrqChain chain, int journey, long now);

    /** Cost of the end-of-IRQ step. */
    protected abstract long endIrqCost();
}
