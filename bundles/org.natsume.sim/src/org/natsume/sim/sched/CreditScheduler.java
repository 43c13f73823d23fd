package org.natsume.sim.sched;

import java.util.ArrayList;
import java.util.List;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.metrics.RunMetrics.IpiKind;
import org.natsume.trace.TraceKind;

/**
 * Xen 3.4 credit scheduler (domain.md §5.1, §5.2): per-PCPU run queues of hard-pinned VCPUs, a 10 ms tick that
 * debits the running VCPU, credit redistribution by weight every 3 ticks, BOOST on wake from blocked, tickle of the
 * target PCPU (an IPI when it is not the waking CPU), and rotation at the end of a 30 ms timeslice.
 * A VCPU whose affinity names several PCPUs runs on the first one (no migration is modelled).
 */
public final class CreditScheduler implements Scheduler, EventHandler, WorkHandler, IpiBus.Receiver {
    private static final int CREDITS_PER_TICK = 100;
    private static final int CREDITS_PER_ACCT = 300;
    private static final int CODE_SCHEDULE = 1;
    private static final int CODE_CTXSW = 2;

    private final SimContext ctx;
    private final Pcpu[] cpus;
    private final IpiBus ipis;
    private final List<List<Vcpu>> runq = new ArrayList<>();
    private final int target;
    private final long[] tickCount;

    public CreditScheduler(SimContext ctx, Pcpu[] cpus, IpiBus ipis) {
        this.ctx = ctx;
        this.cpus = cpus;
        this.ipis = ipis;
        for (int i = 0; i < cpus.length; i++) {
            runq.add(new ArrayList<>());
            cpus[i].scheduler = this;
        }
        this.tickCount = new long[cpus.length];
        this.target = ctx.sim.register(this);
        ipis.receiver(IpiKind.TICKLE, this);
    }

    public void add(Vcpu v) {
        runq.get(v.pcpu.id).add(v);
        v.credit = CREDITS_PER_ACCT;
    }

    @Override
    public void start() {
        long tick = ctx.t(TimingParameter.TICK);
        for (Pcpu p : cpus) {
            // ticks of different PCPUs are staggered as in Xen (each PCPU's timer starts when it comes up)
            ctx.sim.at(tick + p.id * 1000L, target, p.id, 0);
        }
    }

    /** Credit priority residency (domain.md §6.3): time spent at the old priority is booked before the change. */
    private void setPriority(Vcpu v, int priority) {
        if (v.priority != priority) {
            bookPriority(v);
            v.priority = priority;
        }
    }

    private void bookPriority(Vcpu v) {
        long now = ctx.now();
        long from = Math.max(v.prioritySince, ctx.metrics.measureStartNs);
        if (now > from) {
            ctx.metrics.priorityNs[v.domain][-v.priority] += now - from;
        }
        v.prioritySince = now;
    }

    @Override
    public void endMeasurement() {
        for (List<Vcpu> q : runq) {
            for (Vcpu v : q) {
                bookPriority(v);
            }
        }
    }

    private void trace(Vcpu v) {
        ctx.trace.event(ctx.now(), TraceKind.VCPU_STATE, -1, v.pcpu.id, v.domain, -1, -1,
                ((long) v.id << 8) | ((long) v.state.ordinal() << 4) | (v.priority & 0xf));
    }

    @Override
    public void wake(Vcpu v, Pcpu from) {
        if (v.state != Vcpu.State.BLOCKED) {
            return;
        }
        v.state = Vcpu.State.RUNNABLE;
        v.waitingSince = ctx.now();
        if (v.priority == Vcpu.UNDER) {
            setPriority(v, Vcpu.BOOST);
        }
        trace(v);
        Pcpu p = v.pcpu;
        if (p.current == null || v.priority > p.current.priority) {
            tickle(p, from);
        }
    }

    private void tickle(Pcpu p, Pcpu from) {
        if (from != null && from != p) {
            ipis.send(from, p, IpiKind.TICKLE, -1);
        } else {
            WorkItem w = WorkItem.obtain(WorkItem.XEN, this, CODE_SCHEDULE);
            w.a = p.id;
            p.submitXen(w);
        }
    }

    @Override
    public void onIpi(Pcpu cpu, IpiKind kind, int journey, long now) {
        schedule(cpu);
    }

    /** The SCHEDULE_SOFTIRQ raised by the tickle runs on the way out of the IPI handler. */
    @Override
    public long handlerCostNs(IpiKind kind) {
        return ctx.t(TimingParameter.T_SCHED_WAKE);
    }

    @Override
    public long onStart(WorkItem w, long now) {
        return w.code == CODE_SCHEDULE ? ctx.t(TimingParameter.T_SCHED_WAKE) : ctx.t(TimingParameter.T_CTXSW_VCPU);
    }

    @Override
    public void onDone(WorkItem w, long now) {
        if (w.code == CODE_SCHEDULE) {
            schedule(cpus[(int) w.a]);
        }
    }

    @Override
    public void block(Vcpu v) {
        v.state = Vcpu.State.BLOCKED;
        trace(v);
        if (v.pcpu.current == v) {
            v.pcpu.current = null;
        }
        schedule(v.pcpu);
    }

    @Override
    public void schedule(Pcpu p) {
        Vcpu best = null;
        for (Vcpu v : runq.get(p.id)) {
            if (v.state == Vcpu.State.BLOCKED) {
                continue;
            }
            if (best == null || v.priority > best.priority
                    || (v.priority == best.priority && best != p.current && v.waitingSince < best.waitingSince)
                    || (v.priority == best.priority && v == p.current && best.state != Vcpu.State.RUNNING)) {
                best = v;
            }
        }
        if (best != p.current) {
            if (p.current != null && p.current.state == Vcpu.State.RUNNING) {
                p.current.state = Vcpu.State.RUNNABLE;
                p.current.waitingSince = ctx.now();
                trace(p.current);
            }
            p.current = best;
            if (best != null) {
                best.state = Vcpu.State.RUNNING;
                best.lastSwitchIn = ctx.now();
                trace(best);
                if (best != p.lastRan) {
                    p.lastRan = best;
                    p.submitXen(WorkItem.obtain(WorkItem.XEN, this, CODE_CTXSW));
                }
            }
        }
        p.reevaluate();
    }

    @Override
    public void charge(Vcpu v, long ns) {
        // credits are debited statistically on the tick, as in Xen 3.4
    }

    /** The tick of PCPU kind: debit, every third tick redistribute, rotate at the end of a timeslice. */
    @Override
    public void handle(int cpu, long arg) {
        Pcpu p = cpus[cpu];
        Vcpu cur = p.current;
        if (cur != null) {
            cur.credit -= CREDITS_PER_TICK;
            if (cur.priority == Vcpu.BOOST) {
                setPriority(cur, Vcpu.UNDER);
            }
            if (cur.credit < 0) {
                setPriority(cur, Vcpu.OVER);
            }
        }
        if (++tickCount[cpu] % 3 == 0) {
            List<Vcpu> q = runq.get(cpu);
            int totalWeight = 0;
            for (Vcpu v : q) {
                totalWeight += v.weight;
            }
            for (Vcpu v : q) {
                v.credit = Math.min(CREDITS_PER_ACCT, v.credit + (long) CREDITS_PER_ACCT * v.weight / Math.max(1, totalWeight));
                if (v.priority != Vcpu.BOOST) {
                    setPriority(v, v.credit >= 0 ? Vcpu.UNDER : Vcpu.OVER);
                }
            }
            if (cur != null && ctx.now() - cur.lastSwitchIn >= ctx.t(TimingParameter.TSLICE)) {
                cur.waitingSince = ctx.now();
                schedule(p);
            }
        }
        if (cur != null && p.current == cur) {
            // a lower priority after debit may let a waiting VCPU in
            schedule(p);
        }
        ctx.sim.after(ctx.t(TimingParameter.TICK), target, cpu, 0);
    }
}
