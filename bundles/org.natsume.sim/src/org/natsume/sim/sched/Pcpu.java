package org.natsume.sim.sched;

import java.util.ArrayDeque;

import org.natsume.sim.SimContext;
import org.natsume.sim.kernel.EventHandler;

/**
 * A physical CPU executing work: Xen items first (the hypervisor is not preemptible by guests), then the current
 * VCPU's items. Preempted items keep their remaining cost; completions are events cancelled by a generation
 * counter (docs/simulation.md: CPU time is one mechanism).
 */
public final class Pcpu implements EventHandler {
    private static final int DONE = 1;

    public final int id;
    public final int apicId;
    private final SimContext ctx;
    private final int target;
    private final ArrayDeque<WorkItem> xenQueue = new ArrayDeque<>();
    public Scheduler scheduler;
    /** The VCPU scheduled on this PCPU, or null when idle. */
    public Vcpu current;
    public Vcpu lastRan;
    private WorkItem running;
    private long runStart;
    private long gen;
    private boolean starting;
    /** An item's onDone is running: what it submits here is decided on once it has finished. */
    private boolean completing;

    public Pcpu(SimContext ctx, int id, int apicId) {
        this.ctx = ctx;
        this.id = id;
        this.apicId = apicId;
        this.target = ctx.sim.register(this);
    }

    public void submitXen(WorkItem w) {
        w.level = WorkItem.XEN;
        w.vcpu = null;
        xenQueue.addLast(w);
        reevaluate();
    }

    public boolean inXen() {
        return running != null && running.level == WorkItem.XEN;
    }

    public boolean idle() {
        return running == null && xenQueue.isEmpty() && current == null;
    }

    /** Decides what runs now: starts, preempts or blocks. Idempotent. */
    public void reevaluate() {
        if (starting || completing) {
            return;
        }
        WorkItem best = !xenQueue.isEmpty() ? xenQueue.peekFirst() : current != null ? current.pick() : null;
        if (running != null) {
            if (best == running) {
                return;
            }
            pause();
        }
        if (best != null) {
            start(best);
        } else if (current != null && current.idle()) {
            scheduler.block(current);
        }
    }

    private void start(WorkItem w) {
        long now = ctx.now();
        running = w;
        runStart = now;
        if (!w.started) {
            w.started = true;
            starting = true;
            try {
                w.remaining = w.handler.onStart(w, now);
            } finally {
                starting = false;
            }
        }
        gen++;
        ctx.sim.at(now + w.remaining, target, DONE, gen);
    }

    private void pause() {
        long now = ctx.now();
        account(running, now - runStart);
        running.remaining -= now - runStart;
        running = null;
        gen++;
    }

    private void account(WorkItem w, long ns) {
        if (ns <= 0) {
            return;
        }
        ctx.metrics.pcpuBusyNs[id] += ns;
        if (w.level == WorkItem.XEN) {
            ctx.metrics.pcpuXenNs[id] += ns;
        } else if (w.vcpu != null) {
            ctx.metrics.domainBusyNs[w.vcpu.domain] += ns;
            scheduler.charge(w.vcpu, ns);
        }
    }

    @Override
    public void handle(int kind, long arg) {
        if (arg != gen || running == null) {
            return;
        }
        WorkItem w = running;
        long now = ctx.now();
        account(w, now - runStart);
        running = null;
        if (w.level == WorkItem.XEN) {
            if (xenQueue.pollFirst() != w) {
                throw new IllegalStateException("Xen item finished out of order on PCPU " + id);
            }
        } else {
            w.vcpu.remove(w);
        }
        completing = true;
        try {
            w.handler.onDone(w, now);
        } finally {
            completing = false;
        }
        w.release();
        reevaluate();
    }
}
