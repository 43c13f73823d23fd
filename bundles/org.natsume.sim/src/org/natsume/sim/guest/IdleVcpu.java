package org.natsume.sim.guest;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.sched.Scheduler;
import org.natsume.sim.sched.Vcpu;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;

/**
 * A PV VCPU other than VCPU 0, which none of the model's event channels notifies (Linux binds PIRQs and interdomain
 * ports to VCPU 0, and netback's tasklets are global): it idles in xen_idle → raw_safe_halt, where stop_hz_timer
 * sets a single-shot timer for the next Linux timer and blocks (2.6.18-xen time-xen.c; Xen stops the VCPU's
 * periodic timer while it is descheduled). So it wakes every {@code idle_vcpu_wake_period} (the per-CPU slab
 * cache_reap, 2 s), runs {@code t_idle_vcpu_wake} of timer work and blocks again. The phase is drawn from the VCPU's
 * own random stream.
 */
public final class IdleVcpu implements EventHandler, WorkHandler {
    private final SimContext ctx;
    private final Vcpu vcpu;
    private final Scheduler scheduler;
    private final int target;
    private final long period;
    private final java.util.SplittableRandom random;

    public IdleVcpu(SimContext ctx, Vcpu vcpu, Scheduler scheduler) {
        this.ctx = ctx;
        this.vcpu = vcpu;
        this.scheduler = scheduler;
        this.period = ctx.t(TimingParameter.IDLE_VCPU_WAKE_PERIOD);
        this.random = ctx.random.stream("idle-vcpu/" + vcpu.name);
        this.target = ctx.sim.register(this);
    }

    public void start() {
        if (period > 0) {
            ctx.sim.at(random.nextLong(period), target, 0, 0);
        }
    }

    /** The single-shot timer fires in Xen on the PCPU the VCPU last ran on: VIRQ_TIMER, then the wake. */
    @Override
    public void handle(int kind, long arg) {
        vcpu.submitIrq(WorkItem.obtain(WorkItem.IRQ, this, 0));
        if (vcpu.state == Vcpu.State.BLOCKED) {
            scheduler.wake(vcpu, vcpu.pcpu);
        }
        ctx.sim.after(period, target, 0, 0);
    }

    @Override
    public long onStart(WorkItem w, long now) {
        return ctx.jitter(random, ctx.t(TimingParameter.T_UPCALL) + ctx.t(TimingParameter.T_IDLE_VCPU_WAKE));
    }

    @Override
    public void onDone(WorkItem w, long now) {
        // nothing else to do: the VCPU blocks when its queues are empty
    }
}
