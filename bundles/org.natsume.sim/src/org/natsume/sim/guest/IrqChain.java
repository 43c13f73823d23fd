package org.natsume.sim.guest;

import java.util.ArrayList;
import java.util.List;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.sim.xen.Domain;
import org.natsume.sim.xen.PortHandler;

/**
 * The drivers of one OS on one IRQ (domain.md §3.1 step 3, §3.2 step 4): every chained ISR runs (each reads its
 * own device to see whether the interrupt was its own), then the IRQ is ended (EOI hypercall or LAPIC EOI).
 */
public final class IrqChain implements PortHandler, WorkHandler {
    private static final int ENTRY = 0;

    public final GuestOs os;
    public final int gsi;
    public final List<NicDriver> drivers = new ArrayList<>();

    public IrqChain(GuestOs os, int gsi) {
        this.os = os;
        this.gsi = gsi;
    }

    /** A PIRQ event reached the guest's upcall: run the chain. */
    @Override
    public void onEvent(Domain d, int port, int journey, long now) {
        run(journey, false);
    }

    /** Queues the chain at interrupt level; withEntry adds the native vector-entry cost first. */
    public void run(int journey, boolean withEntry) {
        if (withEntry) {
            WorkItem e = WorkItem.obtain(WorkItem.IRQ, this, ENTRY);
            e.journey = journey;
            os.vcpu.submitIrq(e);
        }
        for (int i = 0; i < drivers.size(); i++) {
            // the last handler's item also carries the end of the IRQ (its cost and its EOI at completion)
            drivers.get(i).queueIsr(journey, i == drivers.size() - 1 ? this : null);
        }
    }

    /** Cost of ending the IRQ, added to the last chained ISR. */
    long endCost() {
        return os.cost(os.endIrqCost());
    }

    /** The last chained ISR finished: end the IRQ. */
    void end(int journey, long now) {
        os.endIrq(this, journey, now);
    }

    @Override
    public long onStart(WorkItem w, long now) {
        return os.cost(os.ctx.t(TimingParameter.T_IRQ_ENTRY));
    }

    @Override
    public void onDone(WorkItem w, long now) {
        // the vector entry has no effect of its own
    }
}
