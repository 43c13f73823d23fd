package org.natsume.sim.guest;

import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.sim.xen.Domain;
import org.natsume.sim.xen.PortHandler;

/**
 * A periodic real-time task (domain.md §2.4, optional): each period the guest's timer fires (a VIRQ_TIMER event
 * for a PV guest, a local APIC timer interrupt natively), the timer handler wakes the task, and the task runs its
 * cost. Response time = completion - release; it grows with whatever else the guest's CPU must do first
 * (interrupts, spurious PIRQs, softirq work).
 */
public final class RtTask implements EventHandler, PortHandler, WorkHandler {
    private static final int TIMER_ISR = 0;
    private static final int JOB = 1;

    private final GuestOs os;
    private final long periodNs;
    private final long costNs;
    private final int target;
    private int port = -1;
    private long released = -1;
    private long nextRelease;
    private long skipped;

    public RtTask(GuestOs os, long periodNs, long costNs) {
        this.os = os;
        this.periodNs = periodNs;
        this.costNs = costNs;
        this.target = os.ctx.sim.register(this);
        if (os instanceof PvKernel pk) {
            port = pk.domain.bindPort(this);
        }
    }

    public void start(long phase) {
        nextRelease = phase;
        os.ctx.sim.at(phase, target, 0, 0);
    }

    /** Jobs released while the previous one had not finished (overruns). */
    public long skipped() {
        return skipped;
    }

    /** The period timer expires: the guest is told through its timer interrupt. */
    @Override
    public void handle(int kind, long arg) {
        long now = os.ctx.now();
        if (released >= 0) {
            skipped++;
        } else {
            released = now;
            if (os instanceof PvKernel pk) {
                pk.xen().evtchnSetPending(pk.domain, port, os.vcpu.pcpu, -1, now);
            } else {
                os.interrupt(WorkItem.obtain(WorkItem.IRQ, this, TIMER_ISR));
            }
        }
        nextRelease += periodNs;
        os.ctx.sim.at(nextRelease, target, 0, 0);
    }

    @Override
    public void onEvent(Domain d, int port, int journey, long now) {
        os.vcpu.submitIrq(WorkItem.obtain(WorkItem.IRQ, this, TIMER_ISR));
    }

    @Override
    public long onStart(WorkItem w, long now) {
        return switch (w.code) {
            case TIMER_ISR -> os.cost(os.ctx.t(org.natsume.model.timing.TimingParameter.T_IRQ_ENTRY));
            default -> os.cost(costNs);
        };
    }

    @Override
    public void onDone(WorkItem w, long now) {
        if (w.code == TIMER_ISR) {
            WorkItem job = WorkItem.obtain(WorkItem.BH, this, JOB);
            job.process = true; // the task is a user process woken by its timer
            os.submitBh(job);
        } else if (w.code == JOB) {
            os.ctx.metrics.rtResponse.add(now - released);
            released = -1;
        }
    }
}
