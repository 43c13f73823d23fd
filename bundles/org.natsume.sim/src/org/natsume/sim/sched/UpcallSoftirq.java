package org.natsume.sim.sched;

/**
 * Softirqs run inside a classic Xen PV kernel's event upcall (2.6.18-xen, docs/simulation.md "Softirqs inside the
 * upcall"). evtchn_do_upcall calls do_IRQ per port, and do_IRQ's irq_exit runs __do_softirq before returning, so the
 * softirqs an upcall raised (NAPI poll, netback's tasklets) run with upcall_count still held: an event arriving
 * meanwhile re-enters evtchn_do_upcall, which bails at once ("Nested invocations bail immediately"), and is handled
 * only when __do_softirq returns and the outer loop rescans. __do_softirq restarts while something raised a softirq
 * again, at most MAX_SOFTIRQ_RESTART times, then wakes ksoftirqd; ksoftirqd runs the rest in process context, where
 * an upcall preempts it (and, inside its __do_softirq, in_interrupt() keeps the upcall from running softirqs).
 *
 * <p>Each bottom-half item carries the restart it belongs to ({@link WorkItem#round}): work raised while a pass runs
 * belongs to the next restart, the same poll call going on to the current one. {@link Vcpu#pick} asks this class
 * first; while a pass runs it returns the bottom half and holds every upcall and interrupt item back.
 */
public final class UpcallSoftirq {
    /** Told when a pass held an event back, and when a pass handed the rest to ksoftirqd. */
    public interface Listener {
        void heldOff(Vcpu v, long since, long now);

        void ksoftirqd(Vcpu v, int restarts, long now);
    }

    private final int maxRestart;
    private final long netRxBudget;
    private final Listener listener;
    private final java.util.function.LongSupplier clock;
    /** The upcall item ran and its handlers are still queued or running (do_IRQ not yet at irq_exit). */
    private boolean inUpcall;
    private boolean inPass;
    private boolean ksoftirqd;
    /** Restart serial of the bottom-half work now running; items at a higher serial start a new restart. */
    long round;
    private long passStart;
    private long budgetLeft;
    private long heldSince = -1;

    public UpcallSoftirq(int maxRestart, long netRxBudget, Listener listener, java.util.function.LongSupplier clock) {
        this.maxRestart = Math.max(1, maxRestart);
        this.netRxBudget = netRxBudget;
        this.listener = listener;
        this.clock = clock;
        this.budgetLeft = netRxBudget;
    }

    /** evtchn_do_upcall started on this VCPU. */
    public void upcallStarted() {
        inUpcall = true;
    }

    public boolean inPass() {
        return inPass;
    }

    public boolean inKsoftirqd() {
        return ksoftirqd;
    }

    /** The restart a newly raised bottom half belongs to. */
    long roundForRaised() {
        return inPass ? round + 1 : round;
    }

    /** net_rx_action's budget left in this call. */
    public long netRxBudgetLeft() {
        return budgetLeft;
    }

    /** A NAPI poll took n packets from the budget of this net_rx_action call. */
    public void netRxTaken(long n) {
        budgetLeft -= n;
    }

    /** net_rx_action ran out of budget and re-raised NET_RX_SOFTIRQ: the next call has a full budget. */
    public void netRxBreak() {
        budgetLeft = netRxBudget;
    }

    /**
     * What the VCPU runs next while softirqs run inside its upcall: the head of the bottom half, or null when the
     * normal order applies (no pass, or the pass just ended).
     */
    WorkItem pick(Vcpu v, WorkItem head) {
        long now = clock.getAsLong();
        if (inPass) {
            if (head == null || head.process) {
                endPass(v, now);
                return null;
            }
            if (head.round > round) {
                round = head.round;
                budgetLeft = netRxBudget;
                int restarts = (int) (round - passStart);
                if (restarts >= maxRestart) {
                    endPass(v, now);
                    ksoftirqd = true;
                    listener.ksoftirqd(v, restarts, now);
                    return null;
                }
            }
            if (heldSince < 0 && (v.upcallPending || !v.irqQueue.isEmpty())) {
                heldSince = now;
            }
            return head;
        }
        if (ksoftirqd && (head == null || head.process)) {
            ksoftirqd = false; // nothing raised any more: ksoftirqd sleeps
        }
        if (inUpcall && v.irqQueue.isEmpty()) {
            inUpcall = false; // irq_exit of the last handler
            // a started head was preempted inside a softirq (in_interrupt()): irq_exit runs no softirq then
            if (head != null && !head.started && !head.process && !ksoftirqd) {
                inPass = true;
                passStart = round;
                budgetLeft = netRxBudget;
                return head;
            }
        }
        return null;
    }

    private void endPass(Vcpu v, long now) {
        inPass = false;
        if (heldSince >= 0) {
            listener.heldOff(v, heldSince, now);
            heldSince = -1;
        }
    }
}
