package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.config.SimConfig.Cpu;
import org.natsume.sim.config.SimConfig.DomainSpec;
import org.natsume.sim.config.SimConfig.IoApicSpec;
import org.natsume.sim.config.SimConfig.PciFunctionSpec;
import org.natsume.sim.config.SimConfig.XenSpec;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.guest.GuestOs;
import org.natsume.sim.hw.Wire;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.sim.scenario.Simulation;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.topology.Timing;
import org.natsume.topology.Topology.AckMethod;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.InterruptMode;
import org.natsume.topology.Topology.IoapicTargetPolicy;
import org.natsume.trace.TraceKind;

/**
 * Dom0's VCPU 0 as the binder of a shared level line (domain.md §0.2, §0.3) and the e1000 watchdog's hold-off
 * (§0.1), on hand-built machines with hand-placed packets and work; exact event sequences.
 */
class Dom0VcpuTest {
    private static final long US = 1000;
    private static final long MS = 1_000_000;

    /**
     * Dom0 (its quiet nic-a on GSI 16) pinned to PCPU 0 with a CPU-bound DomU "hog" beside it, guest B (RT-VM) on
     * PCPU 2 with nic-b passed through on the same GSI 16. Dom0 binds first, so the RTE points at PCPU 0.
     */
    private static SimConfig sharedWithHog(Timing timing) {
        return new SimConfig("dom0-away", List.of(new Cpu(0, 0), new Cpu(1, 1), new Cpu(2, 2)), new IoApicSpec(0, 0, 24),
                List.of(new PciFunctionSpec("nic-a", Bdf.parse("00:1a.0"), "e1000", 16, InterruptMode.INTX, "Domain-0",
                        AttachmentMode.NATIVE, null, 3),
                        new PciFunctionSpec("nic-b", Bdf.parse("0000:05:00.0"), "e1000", 16, InterruptMode.INTX, "guestB",
                                AttachmentMode.PASSTHROUGH, null, 3)),
                List.of(DomainSpec.pinned("Domain-0", DomainKind.DOM0, List.of(0), 256),
                        DomainSpec.pinned("hog", DomainKind.DOMU, List.of(0), 256),
                        DomainSpec.pinned("guestB", DomainKind.RT_VM, List.of(2), 256)),
                new XenSpec("BY_IRQ", IoapicTargetPolicy.XEN_DEFAULT, AckMethod.NEW, 0), List.of(), timing);
    }

    private static Timing quiet() {
        // no jitter, and watchdogs out of the way of the hand-placed packets
        return Timing.defaults().with(TimingParameter.COST_JITTER, 0).with(TimingParameter.E1000_WATCHDOG_PERIOD, 0);
    }

    /** CPU-bound work queued on a domain's VCPU 0 at a given time. */
    private static void burn(Simulation sim, String domain, long at, long ns) {
        GuestOs os = sim.os(domain);
        WorkHandler h = new WorkHandler() {
            @Override
            public long onStart(WorkItem w, long now) {
                return ns;
            }

            @Override
            public void onDone(WorkItem w, long now) {
            }
        };
        int target = sim.context().sim.register((kind, arg) -> os.submitBh(WorkItem.obtain(WorkItem.BH, h, 0)));
        sim.context().sim.at(at, target, 0, 0);
    }

    private static String describe(RecordingSink.Ev e) {
        return e.t() / 100 / 10.0 + " " + e.kind() + " d" + e.domain() + " @" + e.cpu()
                + (e.kind() == TraceKind.VCPU_STATE ? " " + ((e.arg() >> 4) & 0xf) : "")
                + (e.kind() == TraceKind.LINE_HELD_ABSENT ? " " + e.arg() : "");
    }

    @Test
    void aDescheduledDom0Vcpu0HoldsTheSharedLineUntilItRunsAndEois() {
        RecordingSink s = new RecordingSink(true);
        Simulation sim = new Simulation(sharedWithHog(quiet()), 1, s, null);
        Wire wire = new Wire(1000, 1514);
        sim.nic("nic-b").connectRx(wire);
        long frame = Wire.frameNs(1538, 1_000_000_000L);
        burn(sim, "hog", 1 * MS, 5 * MS); // the hog wakes BOOST on PCPU 0 and runs 1..6 ms
        wire.send(2 * MS, 1, frame); // guest B's first interrupt: Dom0 is notified too, and cannot run
        wire.send(2 * MS + 500 * US, 1, frame); // guest B's next interrupt waits for Dom0's EOI
        RunMetrics m = sim.run(0, 10 * MS);
        List<TraceKind> shown = List.of(TraceKind.PIN_ASSERT, TraceKind.APIC_DELIVER, TraceKind.VCPU_STATE,
                TraceKind.LINE_HELD_ABSENT, TraceKind.GUEST_ISR, TraceKind.GUEST_EOI, TraceKind.LINE_EOI);
        List<String> seq = s.events.stream().filter(e -> shown.contains(e.kind())).map(Dom0VcpuTest::describe)
                .toList();
        // VCPU_STATE shows the run state: 0 RUNNING, 1 RUNNABLE, 2 BLOCKED; domains: 0 Dom0, 1 hog, 2 guest B
        assertEquals(List.of(
                "1000.0 VCPU_STATE d1 @0 1", "1002.0 VCPU_STATE d1 @0 0", // the hog wakes BOOST and runs
                "2013.3 PIN_ASSERT d-1 @-1",
                "2013.6 APIC_DELIVER d-1 @0", // the RTE points at Dom0's PCPU 0 (the first binder's)
                // Dom0 is notified of an interrupt that is not its own; it wakes BOOST, equal to the running hog's
                // BOOST, so no tickle preempts the hog: Dom0 VCPU 0 waits in PCPU 0's queue and holds the line
                "2014.5 VCPU_STATE d0 @0 1", "2014.5 LINE_HELD_ABSENT d0 @0 1",
                "2014.5 VCPU_STATE d2 @2 1", "2017.7 VCPU_STATE d2 @2 0",
                "2021.4 GUEST_ISR d2 @2", "2022.8 GUEST_EOI d2 @2", // guest B's EOI: in_flight 2 -> 1
                "2023.3 VCPU_STATE d2 @2 2",
                "2513.3 PIN_ASSERT d-1 @-1", // guest B's next interrupt: Remote-IRR is still set, nothing delivered
                "6005.9 VCPU_STATE d1 @0 2", // the hog's 5 ms are done
                "6005.9 VCPU_STATE d0 @0 0", "6005.9 LINE_HELD_ABSENT d0 @0 0",
                "6009.6 GUEST_ISR d0 @0", "6011.0 GUEST_EOI d0 @0",
                "6011.0 LINE_EOI d-1 @0", // in_flight 0: the LAPIC EOI clears Remote-IRR
                "6011.0 VCPU_STATE d0 @0 2",
                "6011.3 APIC_DELIVER d-1 @0"), // the still-asserted line delivers guest B's second interrupt
                seq.subList(0, 20));
        RecordingSink.Ev second = s.events.stream().filter(e -> e.kind() == TraceKind.GUEST_ISR && e.domain() == 2)
                .skip(1).findFirst().orElseThrow();
        // from the second PIN_ASSERT (2513.3 µs) to guest B's ISR (6016.1 µs), and Dom0 away 2014.5 .. 6005.9 µs
        assertEquals(3503, Math.round(second.arg() / 1000.0), "guest B's second ISR waited for Dom0's EOI");
        assertEquals(3991, Math.round(m.lineHeldAbsentNs[16] / 1000.0));
        assertEquals(1, m.lineHeldAbsentCount[16]);
    }

    /** Dom0 with nic-a on GSI 20 on PCPU 0, guest B with nic-b alone on GSI 16 on PCPU 2. */
    private static SimConfig unshared(Timing timing) {
        return Dom0AndGuestB.config("watchdog", "e1000e", 20, timing);
    }

    /** One frame to nic-b at the given time (-1: none); the whole trace. */
    private static RecordingSink packetAt(Timing t, long at) {
        RecordingSink s = new RecordingSink(true);
        Simulation sim = new Simulation(unshared(t), 1, s, null);
        Wire wire = new Wire(1000, 1514);
        sim.nic("nic-b").connectRx(wire);
        if (at >= 0) {
            wire.send(at, 1, Wire.frameNs(1538, 1_000_000_000L));
        }
        sim.run(0, 30 * MS);
        return s;
    }

    @Test
    void theWatchdogHoldOffDelaysAnInterruptByTheHoldOff() {
        Timing t = Timing.defaults().with(TimingParameter.COST_JITTER, 0)
                .with(TimingParameter.E1000_WATCHDOG_PERIOD, 20 * MS);
        // where guest B's watchdog falls with this seed (its phase comes from nic-b's own random stream)
        RecordingSink probe = packetAt(t, -1);
        RecordingSink.Ev off = probe.events.stream().filter(e -> e.kind() == TraceKind.IRQS_OFF && e.domain() == 1)
                .findFirst().orElseThrow();
        assertEquals(100 * US, off.arg(), "t_e1000_watchdog");
        assertEquals(2, off.cpu(), "guest B's watchdog runs on its VCPU, on PCPU 2");
        // the frame's last bit reaches the NIC 10 µs into the hold-off (12.304 µs on the wire, 1 µs of cable)
        long at = off.t() + 10 * US - Wire.frameNs(1538, 1_000_000_000L) - 1000;
        RecordingSink s = packetAt(t, at);
        int j = s.events.stream().filter(e -> e.kind() == TraceKind.PIN_ASSERT).findFirst().orElseThrow().journey();
        List<String> steps = s.events.stream().filter(e -> e.journey() == j || e.kind() == TraceKind.IRQS_OFF
                && e.domain() == 1).map(e -> e.t() - off.t() + " " + e.kind() + "@" + e.cpu()).toList();
        assertEquals(List.of("0 IRQS_OFF@2",
                "10000 PIN_ASSERT@-1", "10300 APIC_DELIVER@2", "10300 XEN_IRQ_ENTER@2", "11100 GUEST_NOTIFY@2",
                "11100 VCPU_KICK@2", // guest B's VCPU is running the watchdog with events masked: no upcall yet
                "100800 UPCALL@2", // the hold-off ends 100 µs + Xen's 0.8 µs do_IRQ (which preempted it) after it began
                "101500 GUEST_ISR@2", "102900 GUEST_EOI@2", "102900 LINE_EOI@2"), steps.subList(0, 10));
        // the same frame without a watchdog: guest B's VCPU is blocked and woken (t_sched_wake + t_ctxsw_vcpu)
        RecordingSink free = packetAt(Timing.defaults().with(TimingParameter.COST_JITTER, 0)
                .with(TimingParameter.E1000_WATCHDOG_PERIOD, 0), at);
        assertEquals(6_800, isrLatency(free));
        assertEquals(91_500, isrLatency(s), "the rest of the hold-off (90 µs) plus the path without a wake");
    }

    private static long isrLatency(RecordingSink s) {
        return s.events.stream().filter(e -> e.kind() == TraceKind.GUEST_ISR && e.domain() == 1).findFirst().orElseThrow()
                .arg();
    }
}
