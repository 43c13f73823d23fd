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
import org.natsume.sim.hw.Wire;
import org.natsume.sim.scenario.Simulation;
import org.natsume.topology.Timing;
import org.natsume.topology.Topology.AckMethod;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.InterruptMode;
import org.natsume.topology.Topology.IoapicTargetPolicy;
import org.natsume.trace.TraceKind;

/**
 * Small hand-written machines with one packet and the exact journey of its interrupt (domain.md §3.2), in the
 * style of Trace Compass's hand-written test traces.
 */
class JourneyTest {

    /** Dom0 on PCPU 0 with nic-a, guest B (RT-VM) on PCPU 2 with nic-b by pass-through; shared or not. */
    private static SimConfig machine(boolean shared, String routing, IoapicTargetPolicy target) {
        Timing timing = Timing.defaults().with(TimingParameter.COST_JITTER, 0);
        return new SimConfig("journey", List.of(new Cpu(0, 0), new Cpu(1, 1), new Cpu(2, 2), new Cpu(3, 3)),
                new IoApicSpec(0, 0, 24),
                List.of(new PciFunctionSpec("nic-a", Bdf.parse("00:19.0"), "e1000e", shared ? 16 : 20, InterruptMode.INTX,
                        "Domain-0", AttachmentMode.NATIVE, null, 3),
                        new PciFunctionSpec("nic-b", Bdf.parse("0000:05:00.0"), "e1000", 16, InterruptMode.INTX, "guestB",
                                AttachmentMode.PASSTHROUGH, null, 3)),
                List.of(DomainSpec.pinned("Domain-0", DomainKind.DOM0, List.of(0), 256),
                        DomainSpec.pinned("guestB", DomainKind.RT_VM, List.of(2), 256)),
                new XenSpec(routing, target, AckMethod.NEW, 0), List.of(), timing);
    }

    private static RecordingSink onePacketToNicB(SimConfig cfg) {
        RecordingSink sink = new RecordingSink(true);
        Simulation sim = new Simulation(cfg, 1, sink, null);
        Wire wire = new Wire(1000, 1514);
        sim.nic("nic-b").connectRx(wire);
        wire.send(10_000, 1, Wire.frameNs(1538, 1_000_000_000L));
        sim.run(0, 2_000_000);
        return sink;
    }

    private static int journeyOfFirst(RecordingSink s, TraceKind kind) {
        return s.events.stream().filter(e -> e.kind() == kind).findFirst().orElseThrow().journey();
    }

    @Test
    void onePacketOnAnUnsharedPassThroughLine() {
        RecordingSink s = onePacketToNicB(machine(false, "BY_IRQ", IoapicTargetPolicy.XEN_DEFAULT));
        int j = journeyOfFirst(s, TraceKind.PIN_ASSERT);
        List<String> steps = s.events.stream().filter(e -> e.journey() == j)
                .map(e -> e.kind() + "@" + e.cpu()).toList();
        // guest B bound GSI 16 first, from PCPU 2: the RTE points there, so nothing crosses CPUs
        assertEquals(List.of("PIN_ASSERT@-1", "APIC_DELIVER@2", "XEN_IRQ_ENTER@2", "GUEST_NOTIFY@2", "VCPU_KICK@2",
                "UPCALL@2", "GUEST_ISR@2", "GUEST_EOI@2", "LINE_EOI@2"), steps);
        assertEquals(0, s.perKind[TraceKind.IPI_SEND.ordinal()], "no IPI on an unshared line");
        RecordingSink.Ev isr = s.events.stream().filter(e -> e.kind() == TraceKind.GUEST_ISR).findFirst().orElseThrow();
        RecordingSink.Ev pin = s.events.stream().filter(e -> e.kind() == TraceKind.PIN_ASSERT).findFirst().orElseThrow();
        assertEquals(isr.t() - pin.t(), isr.arg(), "GUEST_ISR carries the latency from the pin assertion");
        // t_ioapic_msg + t_irq_entry + t_xen_doirq + 1 guest + t_sched_wake + t_upcall, at least
        assertTrue(isr.arg() >= 300 + 200 + 500 + 100 + 2000 + 700, "latency " + isr.arg());
    }

    @Test
    void sharedLineNotifiesDom0TooAndNeedsItsEoi() {
        RecordingSink s = onePacketToNicB(machine(true, "BY_IRQ", IoapicTargetPolicy.XEN_DEFAULT));
        int j = journeyOfFirst(s, TraceKind.PIN_ASSERT);
        List<RecordingSink.Ev> journey = s.events.stream().filter(e -> e.journey() == j).toList();
        List<String> notify = journey.stream().filter(e -> e.kind() == TraceKind.GUEST_NOTIFY)
                .map(e -> e.domain() + (e.arg() == 1 ? ":spurious" : ":own")).toList();
        // Dom0 bound first (at boot), so it is notified first, of an interrupt that is not its own
        assertEquals(List.of("0:spurious", "1:own"), notify);
        // the RTE points at Dom0's PCPU 0, so the line is EOI'd there, after both guests' EOIs
        RecordingSink.Ev lineEoi = journey.stream().filter(e -> e.kind() == TraceKind.LINE_EOI).findFirst().orElseThrow();
        assertEquals(0, lineEoi.cpu());
        long eois = journey.stream().filter(e -> e.kind() == TraceKind.GUEST_EOI).count();
        assertEquals(2, eois);
        assertTrue(journey.stream().anyMatch(e -> e.kind() == TraceKind.APIC_DELIVER && e.cpu() == 0));
        assertTrue(s.perKind[TraceKind.IPI_SEND.ordinal()] >= 1, "guest B on PCPU 2 is woken or kicked by an IPI");
    }

    @Test
    void bdfRoutingReadsStatusAndSkipsNonOwners() {
        RecordingSink s = onePacketToNicB(machine(true, "BY_BDF", IoapicTargetPolicy.XEN_DEFAULT));
        int j = journeyOfFirst(s, TraceKind.PIN_ASSERT);
        List<RecordingSink.Ev> journey = s.events.stream().filter(e -> e.journey() == j).toList();
        assertEquals(2, journey.stream().filter(e -> e.kind() == TraceKind.STATUS_READ).count(), "one read per sharer");
        List<Integer> notified = journey.stream().filter(e -> e.kind() == TraceKind.GUEST_NOTIFY).map(e -> e.domain()).toList();
        assertEquals(List.of(1), notified, "only guest B, the owner of the asserting device");
    }

    @Test
    void proposalOneDeliversOnTheRtVmCpu() {
        RecordingSink s = onePacketToNicB(machine(true, "BY_BDF", IoapicTargetPolicy.PIN_TO_RTVM_CPU));
        int j = journeyOfFirst(s, TraceKind.PIN_ASSERT);
        List<String> steps = s.events.stream().filter(e -> e.journey() == j && e.kind() != TraceKind.STATUS_READ)
                .map(e -> e.kind() + "@" + e.cpu()).toList();
        // BDF routing takes the asserting device off the line (Interrupt Disable) and EOIs the line before the
        // guest runs; the guest's EOI gives the device its INTx back
        assertEquals(List.of("PIN_ASSERT@-1", "APIC_DELIVER@2", "XEN_IRQ_ENTER@2", "INTX_DISABLE@2", "GUEST_NOTIFY@2",
                "VCPU_KICK@2", "LINE_EOI@2", "UPCALL@2", "GUEST_ISR@2", "GUEST_EOI@2", "INTX_DISABLE@2"), steps);
        assertEquals(0, s.perKind[TraceKind.IPI_SEND.ordinal()]);
    }
}
