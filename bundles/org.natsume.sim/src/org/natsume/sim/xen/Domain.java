package org.natsume.sim.xen;

import org.natsume.sim.sched.Vcpu;
import org.natsume.topology.Topology.DomainKind;

/**
 * A domain as Xen sees it (domain.md §2.2): its VCPUs (the paper's guests have one each, Dom0 one per PCPU) and its event channels:
 * the pending and mask bitmaps of the shared-info page, the guest handler bound to each port, and the journey of
 * the interrupt that set each pending bit.
 */
public final class Domain {
    /** NR_EVENT_CHANNELS on x86_64. */
    public static final int MAX_PORTS = 4096;

    public final int index;
    public final String name;
    public final DomainKind kind;
    /** VCPU 0: every event channel of the model notifies it (Linux binds PIRQs and interdomain ports to VCPU 0). */
    public final Vcpu vcpu;
    /** All the domain's VCPUs, VCPU 0 first. */
    public final Vcpu[] vcpus;
    final boolean[] pending = new boolean[MAX_PORTS];
    final boolean[] masked = new boolean[MAX_PORTS];
    final PortHandler[] handlers = new PortHandler[MAX_PORTS];
    final int[] journeys = new int[MAX_PORTS];
    private int nextPort = 1;

    public Domain(int index, String name, DomainKind kind, Vcpu vcpu) {
        this(index, name, kind, new Vcpu[] {vcpu});
    }

    public Domain(int index, String name, DomainKind kind, Vcpu[] vcpus) {
        this.index = index;
        this.name = name;
        this.kind = kind;
        this.vcpus = vcpus.clone();
        this.vcpu = vcpus[0];
    }

    /** Allocates a port bound to handler (EVTCHNOP_bind_* / alloc_unbound). */
    public int bindPort(PortHandler handler) {
        if (nextPort >= MAX_PORTS) {
            throw new IllegalStateException("domain " + name + ": out of event-channel ports");
        }
        int p = nextPort++;
        handlers[p] = handler;
        return p;
    }

    public boolean pending(int port) {
        return pending[port];
    }

    /** Journey of the lowest pending port (the one the upcall will dispatch first), or -1. */
    public int firstPendingJourney() {
        for (int p = 1; p < nextPort; p++) {
            if (pending[p] && !masked[p]) {
                return journeys[p];
            }
        }
        return -1;
    }

    /** evtchn_do_upcall: clears and dispatches every pending, unmasked port in port order. */
    public void dispatchPending(long now) {
        for (int p = 1; p < nextPort; p++) {
            if (pending[p] && !masked[p]) {
                pending[p] = false;
                handlers[p].onEvent(this, p, journeys[p], now);
            }
        }
    }
}
