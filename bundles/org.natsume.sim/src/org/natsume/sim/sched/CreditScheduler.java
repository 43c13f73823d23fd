package org.natsume.sim.sched;

import java.util.ArrayList;
import java.util.List;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.metrics.RunMetrics.IpiKind;
import org.natsume.trace.TraceKind;

/**
 * Xen 3.4's credit scheduler as xen/common/sched_credit.c (tag 3.4.0-rc3) writes it (domain.md §5.1, §5.2; the
 * function names below are Xen's):
 * <ul>
 * <li>per-PCPU run queues sorted by priority, FIFO within one ({@code __runq_insert});</li>
 * <li>{@code csched_vcpu_wake}: an UNDER VCPU becomes BOOST, joins the queue of the PCPU it last ran on
 * ({@code v->processor}) and {@code __runq_tickle} raises SCHEDULE there only for a strictly higher priority than
 * the running VCPU's; when that PCPU is busy every idle PCPU in the VCPU's affinity is tickled too;</li>
 * <li>{@code csched_schedule}: the current VCPU goes back in the queue if runnable; the head runs if it is UNDER or
 * BOOST, otherwise {@code csched_load_balance} / {@code csched_runq_steal} takes the first strictly-higher,
 * affinity-allowed VCPU waiting on a busy peer, looking from the next PCPU up; a 30 ms slice timer;</li>
 * <li>{@code csched_tick} every 10 ms on a busy PCPU: BOOST → UNDER, 100 credits debited, the VCPU joins its
 * domain's active list, or, if already there, {@code csched_cpu_pick} may choose another PCPU (preferring the idle
 * PCPU with the most idle siblings) and the VCPU is migrated when it is descheduled ({@code vcpu_migrate}, which
 * wakes it on the new PCPU through {@code csched_vcpu_wake} again);</li>
 * <li>{@code csched_acct} every 30 ms: 300 credits per PCPU shared by weight among active domains, each capped
 * at 300 per active VCPU, split evenly over the domain's active VCPUs; negative → OVER, otherwise UNDER; a VCPU
 * above 300 credits leaves the active list with 0. Each PCPU re-sorts its queue at its next tick.</li>
 * </ul>
 * An idle PCPU's tick does nothing in Xen (no current VCPU to account, an empty queue to sort), so it is not
 * simulated: a PCPU ticks only while it runs a VCPU, on the same 10 ms grid. Caps (and so parking) are not
 * modelled: every domain has cap 0. vcpu_migration_delay is 0 (the 3.4 default), so no VCPU is cache-hot.
 * One package is assumed: CPUs with the same {@code core} are hyper-thread siblings.
 */
public final class CreditScheduler implements Scheduler, EventHandler, WorkHandler, IpiBus.Receiver {
    static final int IDLE = -64;
    private static final int CREDITS_PER_TICK = 100;
    private static final int CREDITS_PER_TSLICE = 300;
    private static final int CREDITS_PER_ACCT = 300;
    private static final int CODE_SCHEDULE = 1;
    private static final int CODE_CTXSW = 2;
    private static final int EV_TICK = 0;
    private static final int EV_ACCT = 1;
    private static final int EV_SLICE = 2;

    /** csched_dom: the domain's weight and its active VCPUs, most recently activated first (list_add). */
    private static final class Dom {
        final int index;
        final int weight;
        final List<Vcpu> active = new ArrayList<>();

        Dom(int index, int weight) {
            this.index = index;
            this.weight = weight;
        }
    }

    private final SimContext ctx;
    private final Pcpu[] cpus;
    private final int[] core;
    private final IpiBus ipis;
    private final List<List<Vcpu>> runq = new ArrayList<>();
    private final List<Vcpu> all = new ArrayList<>();
    private final List<Dom> doms = new ArrayList<>();
    /** csched_priv.active_sdom, in Xen's list order. */
    private final List<Dom> activeDoms = new ArrayList<>();
    private final int target;
    private final long tickNs;
    private final long sliceNs;
    private long idlers;
    private int weightTotal;
    private int creditBalance;
    private int runqSort;
    private final int[] runqSortLast;
    private final boolean[] tickArmed;
    private final boolean[] sliceArmed;
    private final long[] sliceEnd;

    public CreditScheduler(SimContext ctx, Pcpu[] cpus, IpiBus ipis) {
        this(ctx, cpus, null, ipis);
    }

    /** core[i] is PCPU i's physical core (siblings share one); null = every PCPU is its own core. */
    public CreditScheduler(SimContext ctx, Pcpu[] cpus, int[] core, IpiBus ipis) {
        if (cpus.length > 64) {
            throw new IllegalArgumentException("at most 64 PCPUs (affinity masks are 64-bit)");
        }
        this.ctx = ctx;
        this.cpus = cpus;
        this.core = new int[cpus.length];
        for (int i = 0; i < cpus.length; i++) {
            this.core[i] = core == null ? i : core[i];
            runq.add(new ArrayList<>());
            cpus[i].scheduler = this;
        }
        this.ipis = ipis;
        this.idlers = cpus.length == 64 ? -1L : (1L << cpus.length) - 1; // csched_pcpu_init: start off idling
        this.runqSortLast = new int[cpus.length];
        this.tickArmed = new boolean[cpus.length];
        this.sliceArmed = new boolean[cpus.length];
        this.sliceEnd = new long[cpus.length];
        this.tickNs = ctx.t(TimingParameter.TICK);
        this.sliceNs = ctx.t(TimingParameter.TSLICE);
        this.target = ctx.sim.register(this);
        ipis.receiver(IpiKind.TICKLE, this);
    }

    /** Every PCPU of the machine (the "any PCPU" affinity). */
    public long allCpus() {
        return cpus.length == 64 ? -1L : (1L << cpus.length) - 1;
    }

    /** csched_vcpu_init: credit 0, UNDER, not active; blocked until its first event. */
    public void add(Vcpu v) {
        while (doms.size() <= v.domain) {
            doms.add(null);
        }
        if (doms.get(v.domain) == null) {
            doms.set(v.domain, new Dom(v.domain, v.weight));
        }
        v.credit = 0;
        all.add(v);
    }

    @Override
    public void start() {
        for (Pcpu p : cpus) {
            if (p.current != null) {
                armTick(p.id);
            }
        }
        ctx.sim.at(tickNs * 3, target, EV_ACCT, 0);
    }

    // ---------------------------------------------------------------- priorities and trace

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
        for (Vcpu v : all) {
            bookPriority(v);
        }
    }

    private void trace(Vcpu v) {
        ctx.trace.event(ctx.now(), TraceKind.VCPU_STATE, -1, v.pcpu.id, v.domain, -1, -1,
                ((long) v.id << 8) | ((long) v.state.ordinal() << 4) | (v.priority & 0xf));
        if (v.stateListener != null) {
            v.stateListener.accept(v);
        }
    }

    /** v->processor changes: the Timeline's VCPU-on-PCPU lanes follow it. */
    private void moveTo(Vcpu v, Pcpu to) {
        if (v.pcpu != to) {
            int from = v.pcpu.id;
            v.pcpu = to;
            ctx.metrics.vcpuMigrations++;
            ctx.trace.event(ctx.now(), TraceKind.VCPU_MIGRATE, -1, to.id, v.domain, -1, -1, ((long) v.id << 8) | from);
        }
    }

    private static int pri(Vcpu v) {
        return v == null ? IDLE : v.priority;
    }

    // ---------------------------------------------------------------- run queues

    /** __runq_insert: before the first VCPU of lower priority (FIFO among equals). */
    private void runqInsert(int cpu, Vcpu v) {
        List<Vcpu> q = runq.get(cpu);
        int i = 0;
        while (i < q.size() && v.priority <= q.get(i).priority) {
            i++;
        }
        q.add(i, v);
        v.onRunq = true;
    }

    private void runqRemove(Vcpu v) {
        runq.get(v.pcpu.id).remove(v);
        v.onRunq = false;
    }

    /** csched_runq_sort: after an accounting, UNDERs (and BOOSTs) move ahead of OVERs, keeping their order. */
    private void runqSort(int cpu) {
        if (runqSortLast[cpu] == runqSort) {
            return;
        }
        runqSortLast[cpu] = runqSort;
        List<Vcpu> q = runq.get(cpu);
        List<Vcpu> sorted = new ArrayList<>(q.size());
        for (Vcpu v : q) {
            if (v.priority >= Vcpu.UNDER) {
                sorted.add(v);
            }
        }
        for (Vcpu v : q) {
            if (v.priority < Vcpu.UNDER) {
                sorted.add(v);
            }
        }
        q.clear();
        q.addAll(sorted);
    }

    /** Read-only view of a PCPU's run queue, head first (tests). */
    public List<Vcpu> runq(int cpu) {
        return java.util.Collections.unmodifiableList(runq.get(cpu));
    }

    public boolean isIdler(int cpu) {
        return (idlers & (1L << cpu)) != 0;
    }

    // ---------------------------------------------------------------- wake, tickle, block

    @Override
    public void wake(Vcpu v, Pcpu from) {
        if (v.state != Vcpu.State.BLOCKED || v.migrating) {
            return;
        }
        v.state = Vcpu.State.RUNNABLE;
        vcpuWake(v, from);
    }

    /** csched_vcpu_wake: BOOST an UNDER VCPU, queue it where it is, tickle. */
    private void vcpuWake(Vcpu v, Pcpu from) {
        v.waitingSince = ctx.now();
        if (v.priority == Vcpu.UNDER) {
            setPriority(v, Vcpu.BOOST);
        }
        trace(v);
        runqInsert(v.pcpu.id, v);
        runqTickle(v.pcpu, v, from);
    }

    /**
     * __runq_tickle: the VCPU's PCPU only for a strictly higher priority than its current one; when that PCPU is
     * busy, also every idle PCPU the VCPU may run on, so one of them steals it.
     */
    private void runqTickle(Pcpu p, Vcpu v, Pcpu from) {
        Vcpu cur = p.current;
        long mask = 0;
        if (v.priority > pri(cur)) {
            mask |= 1L << p.id;
        }
        if (cur != null) {
            mask |= idlers & v.affinity;
        }
        for (int c = 0; c < cpus.length; c++) {
            if ((mask & (1L << c)) != 0) {
                raiseSchedule(cpus[c], from, v.domain);
            }
        }
    }

    /** cpumask_raise_softirq(SCHEDULE_SOFTIRQ): an IPI to another PCPU, the softirq itself on the raising one. */
    private void raiseSchedule(Pcpu p, Pcpu from, int forDomain) {
        if (from != null && from != p) {
            ipis.send(from, p, IpiKind.TICKLE, -1, forDomain);
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
        if (v.onRunq) {
            runqRemove(v);
        }
        if (v.pcpu.current == v) {
            schedule(v.pcpu);
        }
    }

    // ---------------------------------------------------------------- csched_schedule

    @Override
    public void schedule(Pcpu p) {
        int cpu = p.id;
        long now = ctx.now();
        Vcpu cur = p.current;
        if (cur != null && cur.state == Vcpu.State.RUNNING && !cur.migrating) {
            cur.state = Vcpu.State.RUNNABLE;
            cur.waitingSince = now;
            runqInsert(cpu, cur);
        }
        List<Vcpu> q = runq.get(cpu);
        Vcpu snext = q.isEmpty() ? null : q.get(0);
        if (snext != null && snext.priority > Vcpu.OVER) {
            runqRemove(snext);
        } else {
            snext = loadBalance(p, snext);
        }
        if (snext == null) {
            idlers |= 1L << cpu;
        } else {
            idlers &= ~(1L << cpu);
        }
        p.current = snext;
        if (cur != null && cur != snext && cur.state == Vcpu.State.RUNNABLE) {
            trace(cur);
        }
        if (snext != null) {
            if (snext == cur) {
                snext.state = Vcpu.State.RUNNING; // continue_running: no switch, no event
            } else {
                snext.state = Vcpu.State.RUNNING;
                snext.lastSwitchIn = now;
                trace(snext);
            }
            if (snext != p.lastRan) {
                p.lastRan = snext;
                p.submitXen(WorkItem.obtain(WorkItem.XEN, this, CODE_CTXSW));
            }
            armSlice(cpu, now + sliceNs);
            armTick(cpu);
        }
        if (cur != null && cur != snext && cur.migrating) {
            vcpuMigrate(cur, p);
        }
        p.reevaluate();
    }

    /**
     * csched_load_balance: the local head is OVER or there is none; look at the busy PCPUs from the next one up
     * for a waiting VCPU of strictly higher priority that may run here (csched_runq_steal).
     */
    private Vcpu loadBalance(Pcpu p, Vcpu snext) {
        int cpu = p.id;
        int pri = pri(snext);
        long workers = allCpus() & ~idlers & ~(1L << cpu);
        int peer = cpu;
        while (workers != 0) {
            peer = cycle(peer, workers);
            workers &= ~(1L << peer);
            Vcpu stolen = runqSteal(peer, cpu, pri);
            if (stolen != null) {
                return stolen;
            }
        }
        if (snext != null) {
            runqRemove(snext);
        }
        return snext;
    }

    private Vcpu runqSteal(int peer, int cpu, int pri) {
        if (cpus[peer].current == null) {
            return null; // an idle peer is about to pick up its own work
        }
        for (Vcpu v : runq.get(peer)) {
            if (v.priority <= pri) {
                break;
            }
            if (v.mayRunOn(cpu)) {
                runqRemove(v);
                moveTo(v, cpus[cpu]);
                return v;
            }
        }
        return null;
    }

    /** cycle_cpu: the next CPU of mask after cpu, wrapping. */
    private int cycle(int cpu, long mask) {
        for (int k = 1; k <= cpus.length; k++) {
            int c = (cpu + k) % cpus.length;
            if ((mask & (1L << c)) != 0) {
                return c;
            }
        }
        return -1;
    }

    /**
     * csched_cpu_pick: among the online PCPUs of the affinity, the current one unless an idle PCPU has more idle
     * siblings (an idle core beats an idle hyper-thread next to a busy one).
     */
    int cpuPick(Vcpu v) {
        long cpusMask = v.affinity & allCpus();
        int cpu = (cpusMask & (1L << v.pcpu.id)) != 0 ? v.pcpu.id : cycle(v.pcpu.id, cpusMask);
        long idle = idlers | (1L << cpu);
        cpusMask &= idle;
        cpusMask &= ~(1L << cpu);
        while (cpusMask != 0) {
            int nxt = cycle(cpu, cpusMask);
            long cpuIdlers = idle & siblings(cpu);
            long nxtIdlers = idle & siblings(nxt);
            if (Long.bitCount(cpuIdlers) < Long.bitCount(nxtIdlers)) {
                cpu = nxt;
                cpusMask &= ~(1L << cpu);
            } else {
                cpusMask &= ~nxtIdlers;
            }
        }
        return cpu;
    }

    private long siblings(int cpu) {
        long m = 0;
        for (int c = 0; c < cpus.length; c++) {
            if (core[c] == core[cpu]) {
                m |= 1L << c;
            }
        }
        return m;
    }

    /** vcpu_migrate after the context switch: the new v->processor, then vcpu_wake there (BOOST if UNDER). */
    private void vcpuMigrate(Vcpu v, Pcpu from) {
        v.migrating = false;
        moveTo(v, cpus[cpuPick(v)]);
        if (v.state == Vcpu.State.BLOCKED) {
            trace(v);
            return;
        }
        v.state = Vcpu.State.RUNNABLE;
        vcpuWake(v, from);
    }

    @Override
    public void charge(Vcpu v, long ns) {
        // credits are debited statistically on the tick, as in Xen 3.4
    }

    // ---------------------------------------------------------------- timers

    private void armTick(int cpu) {
        if (tickArmed[cpu]) {
            return;
        }
        tickArmed[cpu] = true;
        // each PCPU's ticker runs on its own 10 ms grid (staggered as each PCPU came up)
        long phase = cpu * 1000L;
        long now = ctx.now();
        long k = now < phase + tickNs ? 1 : (now - phase) / tickNs + 1;
        ctx.sim.at(phase + k * tickNs, target, EV_TICK, cpu);
    }

    private void armSlice(int cpu, long end) {
        sliceEnd[cpu] = end;
        if (!sliceArmed[cpu]) {
            sliceArmed[cpu] = true;
            ctx.sim.at(end, target, EV_SLICE, cpu);
        }
    }

    @Override
    public void handle(int kind, long arg) {
        switch (kind) {
            case EV_TICK -> tick((int) arg);
            case EV_ACCT -> {
                acct();
                ctx.sim.after(tickNs * 3, target, EV_ACCT, 0);
            }
            default -> slice((int) arg);
        }
    }

    /** The slice timer (s_timer): one pending event per PCPU, moved on when a schedule set a later end. */
    private void slice(int cpu) {
        Pcpu p = cpus[cpu];
        if (p.current == null) {
            sliceArmed[cpu] = false;
            return;
        }
        long now = ctx.now();
        if (now < sliceEnd[cpu]) {
            ctx.sim.at(sliceEnd[cpu], target, EV_SLICE, cpu);
            return;
        }
        sliceArmed[cpu] = false;
        raiseSchedule(p, p, -1);
    }

    /** csched_tick: account the running VCPU, then re-sort the run queue if an accounting happened. */
    private void tick(int cpu) {
        Pcpu p = cpus[cpu];
        Vcpu cur = p.current;
        if (cur == null) {
            tickArmed[cpu] = false; // idle: the tick would do nothing; it resumes on the grid when work comes
            return;
        }
        vcpuAcct(p, cur);
        runqSort(cpu);
        ctx.sim.after(tickNs, target, EV_TICK, cpu);
    }

    /** csched_vcpu_acct. */
    private void vcpuAcct(Pcpu p, Vcpu cur) {
        if (cur.priority == Vcpu.BOOST) {
            setPriority(cur, Vcpu.UNDER);
        }
        cur.credit -= CREDITS_PER_TICK;
        if (!cur.active) {
            acctStart(cur);
        } else if (!cur.migrating && cpuPick(cur) != p.id) {
            cur.migrating = true;
            raiseSchedule(p, p, -1);
        }
    }

    private void acctStart(Vcpu v) {
        Dom d = doms.get(v.domain);
        v.active = true;
        d.active.add(0, v);
        if (d.active.size() == 1) {
            activeDoms.add(0, d);
            weightTotal += d.weight;
        }
    }

    private void acctStop(Dom d, Vcpu v) {
        v.active = false;
        d.active.remove(v);
        if (d.active.isEmpty()) {
            activeDoms.remove(d);
            weightTotal -= d.weight;
        }
    }

    /** csched_acct: share 300 credits per PCPU among the active domains by weight (cap 0 everywhere). */
    private void acct() {
        int creditTotal = CREDITS_PER_ACCT * cpus.length;
        if (creditBalance < 0) {
            creditTotal -= creditBalance;
        }
        if (weightTotal == 0) {
            creditBalance = 0;
            return;
        }
        int weightLeft = weightTotal;
        int balance = 0;
        boolean xtra = false;
        for (Dom d : new ArrayList<>(activeDoms)) {
            weightLeft -= d.weight;
            int n = d.active.size();
            int peak = n * CREDITS_PER_ACCT;
            if (creditBalance < 0) {
                peak += (-creditBalance * d.weight + (weightTotal - 1)) / weightTotal;
            }
            int fair = (creditTotal * d.weight + (weightTotal - 1)) / weightTotal;
            if (fair < peak) {
                xtra = true;
            } else {
                if (weightLeft != 0) {
                    creditTotal += ((fair - peak) * weightTotal + (weightLeft - 1)) / weightLeft;
                }
                if (xtra) {
                    activeDoms.remove(d);
                    activeDoms.add(0, d);
                }
                fair = peak;
            }
            fair = (fair + (n - 1)) / n;
            for (Vcpu v : new ArrayList<>(d.active)) {
                v.credit += fair;
                if (v.credit < 0) {
                    setPriority(v, Vcpu.OVER);
                    if (v.credit < -CREDITS_PER_TSLICE) {
                        v.credit = -CREDITS_PER_TSLICE;
                    }
                } else {
                    setPriority(v, Vcpu.UNDER);
                    if (v.credit > CREDITS_PER_TSLICE) {
                        acctStop(d, v);
                        v.credit = 0;
                    }
                }
                balance += (int) v.credit;
            }
        }
        creditBalance = balance;
        runqSort++;
    }
}
