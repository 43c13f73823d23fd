package org.natsume.sim.xen;

import java.util.ArrayList;
import java.util.List;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.hw.InterruptLine;
import org.natsume.sim.hw.IoApic;
import org.natsume.sim.hw.Lapic;
import org.natsume.sim.hw.Nic;
import org.natsume.sim.hw.RedirectionEntry;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.metrics.RunMetrics.IpiKind;
import org.natsume.sim.sched.IpiBus;
import org.natsume.sim.sched.Pcpu;
import org.natsume.sim.sched.Scheduler;
import org.natsume.sim.sched.Vcpu;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.topology.Topology.AckMethod;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.IoapicTargetPolicy;
import org.natsume.trace.TraceKind;

/**
 * Xen 3.4's physical-IRQ path (domain.md §3.2, §3.3), one method per step in the order of the spec:
 * {@link #pirqGuestBind}, {@link #take} (the CPU takes the vector) → {@link #doIrq} → {@link #doIrqGuest}
 * → {@link #sendGuestPirq} → {@link #evtchnSetPending} → {@link #vcpuKick}; the guest's EOI hypercall →
 * {@link #pirqGuestEoi} → {@link #setEoiReady} / remote-EOI IPI → {@link #flushReadyEoi}. Which binders an assertion
 * notifies is the run's {@link RoutingPolicy}'s decision: BY_IRQ ({@link ByIrqRouting}) notifies every binder; BY_BDF
 * (proposal 2, {@link BdfRouting}) reads each sharer's Status register, notifies only owners of asserting devices and
 * takes those devices off the line; contributed policies decide their own way. Target policy PIN_TO_RTVM_CPU (proposal 1) programs the
 * RT-VM's GSIs Fixed/Physical to its PCPU.
 */
public final class Xen implements Lapic.VectorTaker, WorkHandler, IpiBus.Receiver, EventHandler {
    private static final int FIRST_DYNAMIC_VECTOR = 0x20;
    private static final int LAST_DYNAMIC_VECTOR = 0xef;
    private static final int TIMER_EOI = 1;
    private static final int TIMER_RATELIMIT = 2;

    private final SimContext ctx;
    private final Pcpu[] cpus;
    private final Lapic[] lapics;
    private final IoApic ioApic;
    private final IpiBus ipis;
    private final Scheduler scheduler;
    /** The routing policy's decisions for this run. */
    private final RoutingPolicy.Router router;
    private final String routingId;
    private final IoapicTargetPolicy targetPolicy;
    private final AckMethod ackMethod;
    private final long rateLimit;
    private final IrqGuestAction[] byVector = new IrqGuestAction[256];
    private IrqGuestAction[] byGsi = new IrqGuestAction[256];
    private int vectorOffset;
    private final List<IrqGuestAction> actions = new ArrayList<>();
    private final PendingEoiStack[] pendingEoi;
    private final int target;
    private int nextVector = FIRST_DYNAMIC_VECTOR;
    /** The domain whose view of line blocking is reported (the RT-VM / guest B); -1 for none. */
    private int measuredDomain = -1;

    public Xen(SimContext ctx, Pcpu[] cpus, Lapic[] lapics, IoApic ioApic, IpiBus ipis, Scheduler scheduler,
            RoutingPolicy routing, IoapicTargetPolicy targetPolicy, AckMethod ackMethod, long rateLimit) {
        this.ctx = ctx;
        this.cpus = cpus;
        this.lapics = lapics;
        this.ioApic = ioApic;
        this.ipis = ipis;
        this.scheduler = scheduler;
        this.router = routing.router(ctx);
        this.routingId = routing.id();
        this.targetPolicy = targetPolicy;
        this.ackMethod = ackMethod;
        this.rateLimit = rateLimit;
        this.pendingEoi = new PendingEoiStack[cpus.length];
        for (int i = 0; i < cpus.length; i++) {
            pendingEoi[i] = new PendingEoiStack();
        }
        this.target = ctx.sim.register(this);
        ipis.receiver(IpiKind.KICK, this);
        ipis.receiver(IpiKind.EOI, this);
    }

    public void measuredDomain(int domainIndex) {
        this.measuredDomain = domainIndex;
    }

    public IrqGuestAction action(int gsi) {
        return gsi < byGsi.length ? byGsi[gsi] : null;
    }

    public List<IrqGuestAction> actions() {
        return actions;
    }

    // ---------------------------------------------------------------- setup

    /** Programs the RTE of a device line (vector, trigger) or sets an MSI device's message. Genapic flat defaults. */
    public IrqGuestAction setupIrq(int gsi, boolean level, boolean msi, List<Nic> sharers) {
        if (gsi >= byGsi.length) {
            byGsi = java.util.Arrays.copyOf(byGsi, Math.max(gsi + 1, byGsi.length * 2));
        }
        if (byGsi[gsi] != null) {
            return byGsi[gsi];
        }
        // assign_irq_vector: steps of 8 so consecutive IRQs land in different priority classes, wrapping with offset
        int vector = nextVector;
        if (byVector[vector] != null) {
            throw new IllegalStateException("out of interrupt vectors at GSI " + gsi + " (" + actions.size() + " IRQs set up)");
        }
        nextVector += 8;
        if (nextVector > LAST_DYNAMIC_VECTOR) {
            vectorOffset = (vectorOffset + 1) % 8;
            nextVector = FIRST_DYNAMIC_VECTOR + vectorOffset;
        }
        AckType ack = !level ? AckType.NONE : ackMethod == AckMethod.NEW ? AckType.EOI : AckType.UNMASK;
        IrqGuestAction a = new IrqGuestAction(gsi, vector, ack, msi);
        a.sharers.addAll(sharers);
        byGsi[gsi] = a;
        byVector[vector] = a;
        actions.add(a);
        if (!msi) {
            RedirectionEntry e = ioApic.entry(gsi);
            e.vector = vector;
            e.levelTriggered = level;
            e.deliveryMode = RedirectionEntry.DeliveryMode.LOWEST_PRIORITY;
            e.logical = true;
            e.destination = (1 << Math.min(cpus.length, 8)) - 1;
        }
        return a;
    }

    /**
     * pirq_guest_bind (domain.md §3.2 "Bind"): the first binder sets the IO-APIC affinity to the PCPU its VCPU
     * runs on now; later binders are appended (sharing agreed), up to irq_max_guests.
     */
    public int pirqGuestBind(Domain d, int gsi, List<Nic> owned, PortHandler handler) {
        IrqGuestAction a = byGsi[gsi];
        if (a == null) {
            throw new IllegalStateException("GSI " + gsi + " has no IRQ set up");
        }
        if (a.guests.size() >= ctx.t(TimingParameter.IRQ_MAX_GUESTS)) {
            throw new IllegalStateException("GSI " + gsi + ": more than irq_max_guests binders");
        }
        int port = d.bindPort(handler);
        a.guests.add(new IrqGuestAction.Binding(d, port, List.copyOf(owned)));
        if (d.vcpu.stateListener == null) {
            d.vcpu.stateListener = v -> binderMoved(d);
        }
        a.ensureBindings(a.guests.size());
        boolean msi = a.msi;
        if (a.guests.size() == 1) {
            Pcpu binderCpu = d.vcpu.pcpu;
            if (msi) {
                for (Nic n : a.sharers) {
                    n.msi(ioApic, binderCpu, a.vector);
                }
            } else {
                RedirectionEntry e = ioApic.entry(gsi);
                e.destination = e.logical ? 1 << binderCpu.id : binderCpu.apicId;
                ioApic.mask(gsi, false);
            }
        }
        return port;
    }

    /** Proposal 1 (domain.md §3.3): after binding, RT-VM lines go Fixed + Physical to the RT-VM's PCPU. */
    public void applyTargetPolicy() {
        if (targetPolicy != IoapicTargetPolicy.PIN_TO_RTVM_CPU) {
            return;
        }
        for (IrqGuestAction a : actions) {
            for (IrqGuestAction.Binding b : a.guests) {
                if (b.domain().kind == DomainKind.RT_VM && !b.ownedDevices().isEmpty()) {
                    Pcpu c = b.domain().vcpu.pcpu;
                    if (a.msi) {
                        for (Nic n : a.sharers) {
                            n.msi(ioApic, c, a.vector);
                        }
                    } else {
                        RedirectionEntry e = ioApic.entry(a.gsi);
                        e.deliveryMode = RedirectionEntry.DeliveryMode.FIXED;
                        e.logical = false;
                        e.destination = c.apicId;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- delivery

    /** The CPU takes a vector: Xen's do_IRQ runs as hypervisor work on that CPU. */
    @Override
    public void take(Pcpu cpu, int vector, int journey) {
        WorkItem w = WorkItem.obtain(WorkItem.XEN, this, 0);
        w.a = vector;
        w.ref = cpu;
        w.journey = journey;
        cpu.submitXen(w);
    }

    @Override
    public long onStart(WorkItem w, long now) {
        Pcpu cpu = (Pcpu) w.ref;
        IrqGuestAction a = byVector[(int) w.a];
        int gsi = a == null ? -1 : a.gsi;
        ctx.trace.event(now, TraceKind.XEN_IRQ_ENTER, w.journey, cpu.id, -1, gsi, -1, w.a);
        long cost = ctx.t(TimingParameter.T_IRQ_ENTRY) + ctx.t(TimingParameter.T_XEN_DOIRQ);
        if (a != null) {
            cost += a.nrGuests() * ctx.t(TimingParameter.T_XEN_PER_GUEST);
            cost += router.decisionCostNs(a);
        }
        return cost;
    }

    @Override
    public void onDone(WorkItem w, long now) {
        doIrq((Pcpu) w.ref, (int) w.a, w.journey, now);
    }

    /** do_IRQ: ack according to the ack type, then hand a guest-bound IRQ to __do_IRQ_guest. */
    void doIrq(Pcpu cpu, int vector, int journey, long now) {
        IrqGuestAction a = byVector[vector];
        if (a == null) {
            lapics[cpu.id].eoi();
            return;
        }
        if (a.gsi < ctx.metrics.physIrqs.length) {
            ctx.metrics.physIrqs[a.gsi]++;
        }
        switch (a.ackType) {
            case UNMASK -> {
                ioApic.mask(a.gsi, true);
                ctx.trace.event(now, TraceKind.LINE_MASK, journey, cpu.id, -1, a.gsi, -1, 0);
                lapics[cpu.id].eoi();
            }
            case NONE -> lapics[cpu.id].eoi();
            case EOI -> {
            }
        }
        if (a.blockedSince < 0 && a.ackType != AckType.NONE) {
            a.blockedSince = now;
        }
        if (rateLimit > 0 && rateLimited(a, now)) {
            return;
        }
        doIrqGuest(cpu, a, journey, now);
    }

    private boolean rateLimited(IrqGuestAction a, long now) {
        if (now - a.windowStart >= 10_000_000L) {
            a.windowStart = now;
            a.windowCount = 0;
        }
        if (++a.windowCount > rateLimit && !a.msi) {
            ioApic.mask(a.gsi, true);
            ctx.trace.event(now, TraceKind.LINE_MASK, -1, -1, -1, a.gsi, -1, 1);
            ctx.sim.at(a.windowStart + 10_000_000L, target, TIMER_RATELIMIT, a.gsi);
        }
        return false;
    }

    /** __do_IRQ_guest: push the deferred EOI, then notify the recipients the routing policy decides. */
    void doIrqGuest(Pcpu cpu, IrqGuestAction a, int journey, long now) {
        if (a.ackType == AckType.EOI) {
            pendingEoi[cpu.id].push(a.vector);
            a.cpuEoiMap |= 1 << cpu.id;
        }
        RoutingPolicy.Decision decision = router.decide(a, cpu, journey, now);
        int recipients = decision.recipients() & ((1 << a.guests.size()) - 1);
        if (recipients == 0 && !a.guests.isEmpty()) {
            // nobody would handle a level line that stays asserted: a policy bug, not a modelled behaviour
            throw new IllegalStateException("routing policy " + routingId + " notified no binder of GSI " + a.gsi);
        }
        // the policy took the asserting devices off the line (PCI 2.3 Interrupt Disable): the line is free now
        boolean isolate = decision.isolated();
        int alreadyPending = 0;
        int considered = 0;
        for (int i = 0; i < a.guests.size(); i++) {
            if ((recipients & (1 << i)) == 0) {
                continue;
            }
            considered++;
            IrqGuestAction.Binding g = a.guests.get(i);
            ctx.invariants.pirqCounted(now, g.domain().index, a.gsi, a.pirqMask[i]);
            if (a.pirqMask[i]) {
                alreadyPending++;
                ctx.trace.event(now, TraceKind.COALESCED, journey, cpu.id, g.domain().index, a.gsi, -1, 1);
                continue;
            }
            a.pirqMask[i] = true;
            checkAbsent(a, i, now);
            if (isolate) {
                a.intxHeld[i] = true;
                ctx.invariants.pirqHeldByDevice(now, g.domain().index, a.gsi);
            } else {
                a.inFlight++;
                ctx.invariants.inFlight(now, a.gsi, a.inFlight);
            }
            sendGuestPirq(cpu, a, g, journey, now);
        }
        if (a.ackType == AckType.NONE && considered > 0 && alreadyPending == considered) {
            // every guest still has it pending: disable the line and retry in eoi_timeout (3.4 edge case)
            if (!a.msi) {
                ioApic.mask(a.gsi, true);
            }
            ctx.sim.after(ctx.t(TimingParameter.EOI_TIMEOUT), target, TIMER_EOI, a.gsi);
        }
        if (a.inFlight == 0) {
            releaseLine(a, cpu, -1, journey, now);
        }
    }

    /** send_guest_pirq: own-device or spurious, then evtchn_set_pending on the guest's port. */
    void sendGuestPirq(Pcpu cpu, IrqGuestAction a, IrqGuestAction.Binding g, int journey, long now) {
        boolean own = false;
        for (Nic n : g.ownedDevices()) {
            if (n.interruptStatus()) {
                own = true;
                break;
            }
        }
        Domain d = g.domain();
        if (own) {
            ctx.metrics.interruptsOwn[d.index]++;
        } else {
            ctx.metrics.interruptsSpurious[d.index]++;
        }
        ctx.trace.event(now, TraceKind.GUEST_NOTIFY, journey, cpu.id, d.index, a.gsi, -1, own ? 0 : 1);
        evtchnSetPending(d, g.port(), cpu, journey, now);
    }

    /** evtchn_set_pending: a port already pending is not signalled twice; otherwise mark the upcall and kick. */
    public void evtchnSetPending(Domain d, int port, Pcpu from, int journey, long now) {
        if (d.pending[port]) {
            return;
        }
        d.pending[port] = true;
        d.journeys[port] = journey;
        if (d.masked[port]) {
            return;
        }
        d.vcpu.upcallPending = true;
        vcpuKick(d.vcpu, from, journey, now);
    }

    /** vcpu_kick: unblock a blocked VCPU (wake, maybe a tickle IPI) or IPI the PCPU it runs on. */
    void vcpuKick(Vcpu v, Pcpu from, int journey, long now) {
        ctx.trace.event(now, TraceKind.VCPU_KICK, journey, v.pcpu.id, v.domain, -1, -1, 0);
        if (v.state == Vcpu.State.BLOCKED) {
            scheduler.wake(v, from);
        } else if (v.state == Vcpu.State.RUNNING && v.pcpu != from) {
            ipis.send(from, v.pcpu, IpiKind.KICK, journey, v.domain);
        } else {
            v.pcpu.reevaluate();
        }
    }

    /** An inter-domain notification (notify_remote_via_irq → evtchn_send) from a domain running on from. */
    public void evtchnSend(Domain to, int port, Pcpu from, int journey) {
        evtchnSetPending(to, port, from, journey, ctx.now());
    }

    // ---------------------------------------------------------------- absent binders

    /** The notified VCPU of d changed state: for each line d holds, the wait for it begins or ends. */
    private void binderMoved(Domain d) {
        long now = ctx.now();
        for (IrqGuestAction a : actions) {
            for (int i = 0; i < a.guests.size(); i++) {
                if (a.guests.get(i).domain() == d) {
                    checkAbsent(a, i, now);
                }
            }
        }
    }

    /**
     * Binder i holds a level line (its PIRQ in flight, its device not taken off the line) while the VCPU its event
     * channel notifies waits in a run queue behind another VCPU: the line waits for a binder that is away
     * (domain.md §0.2, §0.3).
     */
    private void checkAbsent(IrqGuestAction a, int i, long now) {
        Vcpu v = a.guests.get(i).domain().vcpu;
        // a VCPU just woken onto an idle PCPU is about to run: only one kept off its PCPU by another VCPU is away
        boolean absent = a.ackType != AckType.NONE && a.pirqMask[i] && !a.intxHeld[i]
                && v.state == Vcpu.State.RUNNABLE && v.pcpu.current != null && v.pcpu.current != v;
        if (absent == a.absent[i]) {
            return;
        }
        a.absent[i] = absent;
        int dom = a.guests.get(i).domain().index;
        if (absent) {
            a.absentSince[i] = now;
            if (a.gsi < ctx.metrics.lineHeldAbsentCount.length) {
                ctx.metrics.lineHeldAbsentCount[a.gsi]++;
            }
        } else if (a.gsi < ctx.metrics.lineHeldAbsentNs.length) {
            ctx.metrics.lineHeldAbsentNs[a.gsi] += now - Math.max(a.absentSince[i], ctx.metrics.measureStartNs);
        }
        ctx.trace.event(now, TraceKind.LINE_HELD_ABSENT, -1, v.pcpu.id, dom, a.gsi, -1, absent ? 1 : 0);
    }

    // ---------------------------------------------------------------- EOI

    /** PHYSDEVOP_eoi → pirq_guest_eoi: --in_flight; the hardware is touched only when it reaches 0. */
    public void pirqGuestEoi(Domain d, int gsi, Pcpu eoiCpu, int journey, long now) {
        IrqGuestAction a = byGsi[gsi];
        ctx.trace.event(now, TraceKind.GUEST_EOI, journey, eoiCpu.id, d.index, gsi, -1, 0);
        int i = a.indexOf(d);
        ctx.invariants.pirqEoi(now, d.index, gsi, i >= 0 && a.pirqMask[i]);
        if (i < 0 || !a.pirqMask[i]) {
            return;
        }
        a.pirqMask[i] = false;
        boolean held = a.intxHeld[i];
        a.intxHeld[i] = false;
        checkAbsent(a, i, now);
        router.guestEoi(a, a.guests.get(i), eoiCpu, journey);
        if (held) {
            return;
        }
        a.inFlight--;
        ctx.invariants.inFlight(now, gsi, a.inFlight);
        if (a.inFlight > 0) {
            if (d.index == measuredDomain) {
                a.measuredWaitSince = now;
            }
            return;
        }
        releaseLine(a, eoiCpu, d.index, journey, now);
    }

    /** @param byDomain the domain whose EOI released the line (-1: no binder had it in flight) */
    private void releaseLine(IrqGuestAction a, Pcpu eoiCpu, int byDomain, int journey, long now) {
        switch (a.ackType) {
            case UNMASK -> {
                lineEoiDone(a, eoiCpu, journey, now);
                ioApic.mask(a.gsi, false);
            }
            case EOI -> {
                int map = a.cpuEoiMap;
                a.cpuEoiMap = 0;
                for (Pcpu c : cpus) {
                    if ((map & (1 << c.id)) == 0) {
                        continue;
                    }
                    if (c == eoiCpu) {
                        setEoiReady(c, a.vector);
                        flushReadyEoi(c, journey, now);
                    } else {
                        ipis.send(eoiCpu, c, IpiKind.EOI, journey, byDomain);
                    }
                }
            }
            case NONE -> lineEoiDone(a, eoiCpu, journey, now);
        }
    }

    void setEoiReady(Pcpu c, int vector) {
        pendingEoi[c.id].markReady(vector);
    }

    /** flush_ready_eoi: LAPIC EOI of every ready entry on top of the stack; each clears the pin's Remote-IRR. */
    void flushReadyEoi(Pcpu c, int journey, long now) {
        PendingEoiStack s = pendingEoi[c.id];
        while (s.topReady()) {
            int v = s.pop();
            IrqGuestAction a = byVector[v];
            lineEoiDone(a, c, journey, now);
            lapics[c.id].eoi();
        }
    }

    private void lineEoiDone(IrqGuestAction a, Pcpu c, int journey, long now) {
        long blocked = a.blockedSince < 0 ? 0 : now - a.blockedSince;
        if (a.gsi < ctx.metrics.lineBlockedNs.length) {
            ctx.metrics.lineBlockedNs[a.gsi] += blocked;
            if (a.measuredWaitSince >= 0) {
                ctx.metrics.lineWaitOthersNs[a.gsi] += now - a.measuredWaitSince;
            }
        }
        a.blockedSince = -1;
        a.measuredWaitSince = -1;
        ctx.trace.event(now, TraceKind.LINE_EOI, journey, c.id, -1, a.gsi, -1, blocked);
    }

    @Override
    public void onIpi(Pcpu cpu, IpiKind kind, int journey, long now) {
        if (kind == IpiKind.EOI) {
            // set_eoi_ready for every IRQ whose last guest has EOI'd, then flush
            for (IrqGuestAction a : actions) {
                if (a.ackType == AckType.EOI && a.inFlight == 0) {
                    setEoiReady(cpu, a.vector);
                }
            }
            flushReadyEoi(cpu, journey, now);
        }
        // KICK: the work item's completion re-evaluates the CPU, which delivers the pending upcall
    }

    @Override
    public void handle(int kind, long gsi) {
        IrqGuestAction a = byGsi[(int) gsi];
        if (kind == TIMER_EOI) {
            ctx.metrics.eoiTimerFirings++;
            ctx.trace.event(ctx.now(), TraceKind.EOI_TIMER, -1, -1, -1, a.gsi, -1, 0);
        }
        if (!a.msi) {
            ioApic.mask(a.gsi, false);
        }
    }
}
