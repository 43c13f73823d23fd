package org.natsume.sim.sched;

/**
 * A piece of CPU work (docs/simulation.md: CPU time): Xen work on a PCPU, or guest work on a VCPU at
 * interrupt level (upcall, ISR, EOI hypercall) or bottom-half/process level (NAPI poll, netback batch, TCP send).
 * Pooled: handlers read their fields in onDone and must not keep the object.
 */
public final class WorkItem {
    public static final int XEN = 0;
    public static final int IRQ = 1;
    public static final int BH = 2;

    public int level;
    /** Runs with event delivery masked: an upcall cannot preempt it (e.g. netback's batched grant-copy hypercall). */
    public boolean masked;
    /** Process context (a user task, netperf's send loop), not a softirq: irq_exit does not run it. */
    public boolean process;
    /** The __do_softirq restart this bottom half belongs to (UpcallSoftirq). */
    long round;
    public WorkHandler handler;
    public int code;
    public long a;
    public long b;
    public int journey;
    public Object ref;

    boolean started;
    long remaining;
    WorkItem nextFree;
    Vcpu vcpu;

    private static final class Pool {
        WorkItem free;
    }

    private static final ThreadLocal<Pool> POOL = ThreadLocal.withInitial(Pool::new);

    public static WorkItem obtain(int level, WorkHandler handler, int code) {
        Pool p = POOL.get();
        WorkItem w = p.free;
        if (w != null) {
            p.free = w.nextFree;
            w.nextFree = null;
        } else {
            w = new WorkItem();
        }
        w.level = level;
        w.handler = handler;
        w.code = code;
        w.masked = false;
        w.process = false;
        w.round = 0;
        w.a = 0;
        w.b = 0;
        w.journey = -1;
        w.ref = null;
        w.started = false;
        w.remaining = 0;
        w.vcpu = null;
        return w;
    }

    void release() {
        handler = null;
        ref = null;
        vcpu = null;
        Pool p = POOL.get();
        nextFree = p.free;
        p.free = this;
    }
}
