package org.natsume.sim.sched;

/** The VCPU scheduler of the hypervisor (or the trivial one of a native OS). */
public interface Scheduler {
    /** vcpu got an event while blocked; fromCpu is where the waking code runs. */
    void wake(Vcpu vcpu, Pcpu fromCpu);

    /** vcpu has no more work and blocks (SCHEDOP_block). */
    void block(Vcpu vcpu);

    /** Called by the PCPU for a TICKLE IPI or a local schedule request. */
    void schedule(Pcpu cpu);

    /** CPU time ran on behalf of vcpu (for credit accounting). */
    default void charge(Vcpu vcpu, long ns) {
    }

    void start();

    /** The measured part ends at now: close whatever the scheduler accumulates over time. */
    default void endMeasurement() {
    }
}
