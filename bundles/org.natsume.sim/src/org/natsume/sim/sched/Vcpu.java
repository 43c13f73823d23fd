package org.natsume.sim.sched;

import java.util.ArrayDeque;

/**
 * A VCPU (domain.md §2.2) and its work queues: interrupt-level items (upcall, ISR, EOI hypercall) before
 * bottom-half/process items, except that a started item running with events masked is not preempted by an upcall.
 */
public final class Vcpu {
    public enum State { RUNNING, RUNNABLE, BLOCKED }

    public static final int BOOST = 0;
    public static final int UNDER = -1;
    public static final int OVER = -2;

    public final int domain;
    public final int id;
    public final String name;
    /** Where the VCPU is: the PCPU it runs on, or whose run queue it waits in (Xen's v->processor). */
    public Pcpu pcpu;
    /** Hard affinity as a bit set of PCPU ids (never empty: "any" is every PCPU). */
    public final long affinity;
    public final int weight;
    public State state = State.BLOCKED;
    public int priority = UNDER;
    public long credit;
    long lastSwitchIn;
    /** When the current credit priority was taken (for the residency figures). */
    long prioritySince;
    long waitingSince;
    /** On its PCPU's run queue (csched's runq_elem linked). */
    boolean onRunq;
    /** On its domain's active list (csched's active_vcpu_elem linked): earns credit at accounting. */
    boolean active;
    /** _VPF_migrating: csched_vcpu_acct found a better PCPU; moved when it is descheduled. */
    boolean migrating;

    final ArrayDeque<WorkItem> irqQueue = new ArrayDeque<>();
    final ArrayDeque<WorkItem> bhQueue = new ArrayDeque<>();

    /** evtchn_upcall_pending: Xen set an event for this VCPU that the guest has not yet taken. */
    public boolean upcallPending;
    private boolean upcallQueued;
    /** Told of every scheduler state change (Xen follows the VCPUs its event channels notify); may be null. */
    public java.util.function.Consumer<Vcpu> stateListener;
    /** Supplies the guest's upcall (evtchn_do_upcall); null for a native OS, which takes vectors directly. */
    public WorkHandler upcallHandler;
    /** Softirqs inside the upcall (a classic Xen PV kernel); null where interrupts nest normally (native Linux). */
    public UpcallSoftirq softirq;

    public Vcpu(int domain, int id, String name, Pcpu pcpu, int weight) {
        this(domain, id, name, pcpu, 1L << pcpu.id, weight);
    }

    public Vcpu(int domain, int id, String name, Pcpu pcpu, long affinity, int weight) {
        if ((affinity & (1L << pcpu.id)) == 0) {
            throw new IllegalArgumentException(name + ": starts on PCPU " + pcpu.id + " outside its affinity");
        }
        this.domain = domain;
        this.id = id;
        this.name = name;
        this.pcpu = pcpu;
        this.affinity = affinity;
        this.weight = weight;
    }

    public boolean mayRunOn(int cpu) {
        return (affinity & (1L << cpu)) != 0;
    }

    public void submitIrq(WorkItem w) {
        w.level = WorkItem.IRQ;
        w.vcpu = this;
        irqQueue.addLast(w);
        pcpu.reevaluate();
    }

    /** Continues the bottom-half work that just ran, before anything else queued (one poll call split in items). */
    public void continueBh(WorkItem w) {
        w.level = WorkItem.BH;
        w.round = softirq == null ? 0 : softirq.round;
        w.vcpu = this;
        bhQueue.addFirst(w);
        pcpu.reevaluate();
    }

    public void submitBh(WorkItem w) {
        w.level = WorkItem.BH;
        w.round = softirq == null ? 0 : softirq.roundForRaised();
        w.vcpu = this;
        bhQueue.addLast(w);
        pcpu.reevaluate();
    }

    /** The upcall item finished: a later event needs a new upcall. */
    public void upcallTaken() {
        upcallQueued = false;
        upcallPending = false;
    }

    boolean idle() {
        return irqQueue.isEmpty() && bhQueue.isEmpty() && !upcallPending && !upcallQueued;
    }

    public boolean hasWork() {
        return !idle();
    }

    WorkItem pick() {
        WorkItem bh = bhQueue.peekFirst();
        if (bh != null && bh.started && bh.masked) {
            return bh;
        }
        if (softirq != null) {
            WorkItem s = softirq.pick(this, bh);
            if (s != null) {
                return s;
            }
        }
        if (upcallPending && !upcallQueued && upcallHandler != null) {
            upcallQueued = true;
            WorkItem u = WorkItem.obtain(WorkItem.IRQ, upcallHandler, 0);
            u.vcpu = this;
            u.ref = this;
            irqQueue.addLast(u);
        }
        WorkItem irq = irqQueue.peekFirst();
        return irq != null ? irq : bh;
    }

    void remove(WorkItem w) {
        if (w.level == WorkItem.IRQ) {
            if (irqQueue.pollFirst() != w) {
                throw new IllegalStateException("IRQ item finished out of order on " + name);
            }
        } else if (bhQueue.pollFirst() != w) {
            throw new IllegalStateException("BH item finished out of order on " + name);
        }
    }
}
