package org.natsume.sim.sched;

/** A native OS (case 1): its one "VCPU" is the CPU itself, runs whenever it has work, at no switching cost. */
public final class NativeScheduler implements Scheduler {
    @Override
    public void wake(Vcpu vcpu, Pcpu fromCpu) {
        vcpu.state = Vcpu.State.RUNNING;
        vcpu.pcpu.current = vcpu;
        vcpu.pcpu.reevaluate();
    }

    @Override
    public void block(Vcpu vcpu) {
        vcpu.state = Vcpu.State.BLOCKED;
        vcpu.pcpu.current = null;
    }

    @Override
    public void schedule(Pcpu cpu) {
        cpu.reevaluate();
    }

    @Override
    public void start() {
    }
}
