package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.sim.sched.CreditScheduler;
import org.natsume.sim.sched.IpiBus;
import org.natsume.sim.sched.Pcpu;
import org.natsume.sim.sched.Vcpu;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.topology.Timing;
import org.natsume.trace.TraceKind;

/**
 * Xen 3.4's credit scheduler on tiny machines with hand-placed work (sched_credit.c at 3.4.0-rc3): the exact
 * VCPU_STATE / VCPU_MIGRATE sequence and its times. Costs without jitter: t_sched_wake 2 µs, t_ipi 1 µs,
 * t_irq_entry 0.2 µs, t_ctxsw_vcpu 3 µs.
 */
class CreditSchedulerTest {
    private static final long US = 1000;
    private static final long MS = 1_000_000;

    /** PCPUs, a scheduler and VCPUs that burn CPU when told to. */
    private static final class Rig implements EventHandler, WorkHandler {
        final RecordingSink sink = new RecordingSink(true);
        final SimContext ctx;
        final Pcpu[] cpus;
        final CreditScheduler cs;
        final int target;
        final List<Runnable> actions = new ArrayList<>();

        Rig(int n, int[] core) {
            RunMetrics m = new RunMetrics(new String[] {"d0", "d1", "d2"}, new String[0], 1, n, 0);
            ctx = new SimContext(Timing.defaults().with(TimingParameter.COST_JITTER, 0), sink, m, null, 1);
            cpus = new Pcpu[n];
            for (int i = 0; i < n; i++) {
                cpus[i] = new Pcpu(ctx, i, i);
            }
            cs = new CreditScheduler(ctx, cpus, core, new IpiBus(ctx, cpus));
            target = ctx.sim.register(this);
        }

        Vcpu vcpu(int dom, int start, long affinity) {
            return vcpu(dom, start, affinity, 256);
        }

        Vcpu vcpu(int dom, int start, long affinity, int weight) {
            Vcpu v = new Vcpu(dom, 0, "d" + dom, cpus[start], affinity, weight);
            cs.add(v);
            return v;
        }

        /** At t, v gets ns of work (a softirq-level item) and is woken from the PCPU it is on. */
        void burnAt(long t, Vcpu v, long ns) {
            actions.add(() -> {
                WorkItem w = WorkItem.obtain(WorkItem.BH, this, 0);
                w.a = ns;
                v.submitBh(w);
                cs.wake(v, v.pcpu);
            });
            ctx.sim.at(t, target, 0, actions.size() - 1);
        }

        void run(long until) {
            cs.start();
            ctx.sim.runUntil(until);
        }

        @Override
        public void handle(int kind, long arg) {
            actions.get((int) arg).run();
        }

        @Override
        public long onStart(WorkItem w, long now) {
            return w.a;
        }

        @Override
        public void onDone(WorkItem w, long now) {
        }

        /** "t/µs d<domain> STATE PRIO @cpu" for VCPU_STATE, "t/µs d<domain> MIGRATE from->to" for VCPU_MIGRATE. */
        List<String> schedEvents() {
            List<String> out = new ArrayList<>();
            for (RecordingSink.Ev e : sink.events) {
                if (e.kind() == TraceKind.VCPU_STATE) {
                    String state = Vcpu.State.values()[(int) ((e.arg() >> 4) & 0xf)].name();
                    int pri = (int) (e.arg() & 0xf);
                    String p = pri == 0 ? "BOOST" : pri == 0xf ? "UNDER" : "OVER";
                    out.add(e.t() / 100 / 10.0 + " d" + e.domain() + " " + state + " " + p + " @" + e.cpu());
                } else if (e.kind() == TraceKind.VCPU_MIGRATE) {
                    out.add(e.t() / 100 / 10.0 + " d" + e.domain() + " MIGRATE " + (e.arg() & 0xff) + "->" + e.cpu());
                }
            }
            return out;
        }
    }

    @Test
    void aTickleForAnEqualPriorityDoesNotPreempt() {
        Rig r = new Rig(1, null);
        Vcpu a = r.vcpu(0, 0, 1);
        Vcpu b = r.vcpu(1, 0, 1);
        r.burnAt(1 * MS, a, 5 * MS);
        r.burnAt(2 * MS, b, 1 * MS);
        r.run(40 * MS);
        assertEquals(List.of(
                "1000.0 d0 RUNNABLE BOOST @0", // csched_vcpu_wake from blocked: UNDER -> BOOST
                "1002.0 d0 RUNNING BOOST @0", // the local SCHEDULE softirq (t_sched_wake); then t_ctxsw_vcpu
                "2000.0 d1 RUNNABLE BOOST @0", // BOOST is not strictly higher than BOOST: no tickle, b waits
                "6005.0 d0 BLOCKED BOOST @0", // a's 5 ms end before its first tick
                "6005.0 d1 RUNNING BOOST @0",
                "7008.0 d1 BLOCKED BOOST @0"), r.schedEvents());
    }

    @Test
    void boostOnlyOnWakeFromBlockedClearedAtTheTickAndAStrictlyHigherWakePreempts() {
        Rig r = new Rig(1, null);
        Vcpu a = r.vcpu(0, 0, 1);
        Vcpu c = r.vcpu(1, 0, 1);
        r.burnAt(1 * MS, a, 15 * MS); // the tick at 10 ms finds a running: BOOST -> UNDER
        r.burnAt(12 * MS, c, 1 * MS); // BOOST > UNDER: c preempts a
        r.run(40 * MS);
        assertEquals(List.of(
                "1000.0 d0 RUNNABLE BOOST @0",
                "1002.0 d0 RUNNING BOOST @0",
                "12000.0 d1 RUNNABLE BOOST @0",
                "12002.0 d0 RUNNABLE UNDER @0", // preempted and queued again: not boosted
                "12002.0 d1 RUNNING BOOST @0",
                "13005.0 d1 BLOCKED BOOST @0",
                "13005.0 d0 RUNNING UNDER @0", // back on the PCPU without a wake: still UNDER
                // a was paused at 12.000 by the SCHEDULE softirq (Xen work first): 4.005 ms left, after a switch
                "17013.0 d0 BLOCKED UNDER @0"), r.schedEvents());
    }

    @Test
    void anIdlePcpuStealsAWaitingVcpu() {
        Rig r = new Rig(2, null);
        Vcpu a = r.vcpu(0, 0, 0b01);
        Vcpu b = r.vcpu(1, 0, 0b11); // unpinned, starts on PCPU 0 (v->processor)
        r.burnAt(1 * MS, a, 5 * MS);
        r.burnAt(2 * MS, b, 1 * MS);
        r.run(20 * MS);
        assertEquals(List.of(
                "1000.0 d0 RUNNABLE BOOST @0",
                "1002.0 d0 RUNNING BOOST @0",
                // b wakes where it last was, behind a of equal priority; PCPU 0 is busy, so __runq_tickle also
                // raises SCHEDULE on the idle PCPU 1 (an IPI: t_ipi + t_irq_entry + t_sched_wake), which steals it
                "2000.0 d1 RUNNABLE BOOST @0",
                "2003.2 d1 MIGRATE 0->1",
                "2003.2 d1 RUNNING BOOST @1",
                "3006.2 d1 BLOCKED BOOST @1",
                "6005.0 d0 BLOCKED BOOST @0"), r.schedEvents());
        assertEquals(1, r.sink.perKind[TraceKind.IPI_SEND.ordinal()], "one tickle IPI, to the idle PCPU");
    }

    @Test
    void cpuPickAtATickMovesAVcpuToAnIdleCore() {
        // PCPUs 0,1 and 2,3 are hyper-thread siblings
        Rig r = new Rig(4, new int[] {0, 0, 1, 1});
        Vcpu a = r.vcpu(0, 1, 0b0010);
        Vcpu b = r.vcpu(1, 0, 0b1111);
        r.burnAt(1 * MS, a, 50 * MS);
        r.burnAt(1 * MS, b, 50 * MS);
        r.run(60 * MS);
        assertEquals(List.of(
                "1000.0 d0 RUNNABLE BOOST @1",
                "1000.0 d1 RUNNABLE BOOST @0",
                "1002.0 d0 RUNNING BOOST @1",
                "1002.0 d1 RUNNING BOOST @0",
                // tick 10 ms: b joins the active list; tick 20 ms: csched_cpu_pick prefers PCPU 2, whose core is
                // idle, to PCPU 0, whose sibling runs a; the SCHEDULE softirq deschedules b and vcpu_migrate wakes
                // it on PCPU 2 -- through csched_vcpu_wake, which in 3.4 boosts the UNDER VCPU again
                "20002.0 d1 MIGRATE 0->2",
                "20002.0 d1 RUNNABLE BOOST @2",
                "20005.2 d1 RUNNING BOOST @2",
                "51007.0 d0 BLOCKED UNDER @1",
                "51015.2 d1 BLOCKED UNDER @2"), r.schedEvents());
        // without sibling information every PCPU is its own core and nothing moves at a tick
        Rig flat = new Rig(4, null);
        flat.burnAt(1 * MS, flat.vcpu(0, 1, 0b0010), 50 * MS);
        flat.burnAt(1 * MS, flat.vcpu(1, 0, 0b1111), 50 * MS);
        flat.run(60 * MS);
        assertTrue(flat.schedEvents().stream().noneMatch(e -> e.contains("MIGRATE")), flat.schedEvents().toString());
    }

    @Test
    void accountingSharesAContendedPcpuByWeight() {
        // two CPU-bound VCPUs on one PCPU, weights 256 and 768: csched_acct gives 300 credits per 30 ms in
        // proportion 1:3, the tick debits 100 from whichever runs, OVER VCPUs wait behind UNDER ones
        Rig r = new Rig(1, null);
        r.burnAt(1 * MS, r.vcpu(0, 0, 1, 256), 10_000 * MS);
        r.burnAt(1 * MS, r.vcpu(1, 0, 1, 768), 10_000 * MS);
        r.run(3_001 * MS);
        long[] busy = r.ctx.metrics.domainBusyNs;
        double share = busy[1] / (double) (busy[0] + busy[1]);
        assertTrue(share > 0.70 && share < 0.80, "weight 768 of 1024 gets about 3/4 of the PCPU, got " + share);
        long over = r.ctx.metrics.priorityNs[0][2] + r.ctx.metrics.priorityNs[1][2];
        assertTrue(over > 0, "a VCPU that overspends goes OVER");
    }
}
