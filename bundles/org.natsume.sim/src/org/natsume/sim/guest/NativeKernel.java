package org.natsume.sim.guest;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.hw.Lapic;
import org.natsume.sim.hw.Nic;
import org.natsume.sim.sched.Pcpu;
import org.natsume.sim.sched.Scheduler;
import org.natsume.sim.sched.Vcpu;

/**
 * Linux directly on the hardware (domain.md §3.1, case 1): the CPU takes the vector, do_IRQ runs the chained
 * handlers, then the LAPIC EOI (which also clears Remote-IRR of a level line).
 */
public final class NativeKernel extends GuestOs implements Lapic.VectorTaker {
    private final IrqChain[] byVector = new IrqChain[256];
    private final Lapic lapic;

    public NativeKernel(SimContext ctx, int index, String name, Vcpu vcpu, Scheduler scheduler, Lapic lapic) {
        super(ctx, index, name, vcpu, scheduler);
        this.lapic = lapic;
    }

    public void chain(int vector, IrqChain chain) {
        byVector[vector] = chain;
    }

    @Override
    public void take(Pcpu cpu, int vector, int journey) {
        IrqChain c = byVector[vector];
        if (c == null) {
            lapic.eoi();
            return;
        }
        boolean own = false;
        for (NicDriver d : c.drivers) {
            Nic n = d.nic;
            own |= n.interruptStatus();
        }
        if (own) {
            ctx.metrics.interruptsOwn[index]++;
        } else {
            ctx.metrics.interruptsSpurious[index]++;
        }
        if (c.gsi >= 0 && c.gsi < ctx.metrics.physIrqs.length) {
            ctx.metrics.physIrqs[c.gsi]++;
        }
        c.run(journey, true);
        scheduler.wake(vcpu, cpu);
    }

    @Override
    protected void endIrq(IrqChain chain, int journey, long now) {
        lapic.eoi();
        ctx.trace.event(now, org.natsume.trace.TraceKind.LINE_EOI, journey, vcpu.pcpu.id, index, chain.gsi, -1, 0);
    }

    @Override
    protected long endIrqCost() {
        return ctx.t(TimingParameter.T_EOI_LOCAL);
    }
}
