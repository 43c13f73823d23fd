package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.config.SimConfig.Cpu;
import org.natsume.sim.config.SimConfig.DomainSpec;
import org.natsume.sim.config.SimConfig.IoApicSpec;
import org.natsume.sim.config.SimConfig.PciFunctionSpec;
import org.natsume.sim.config.SimConfig.XenSpec;
import org.natsume.sim.guest.Netfront;
import org.natsume.sim.hw.Wire;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.scenario.Simulation;
import org.natsume.topology.Timing;
import org.natsume.topology.Topology.AckMethod;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.InterruptMode;
import org.natsume.topology.Topology.IoapicTargetPolicy;
import org.natsume.trace.TraceKind;

/**
 * One 64-KB GSO packet from guest B through netfront and netback to Dom0's e1000 (domain.md §0.7): one request
 * notification, one batched grant map of its 17 slots, one netback batch costing t_netback_pkt + 17 t_grant_map,
 * and 44 back-to-back frames on the wire, cut by the NIC (TSO). Without GSO the same data is 44 skbs.
 */
class VifGsoTest {
    private static final long FRAME_NS = Wire.frameNs(1538, 1_000_000_000L);

    private static SimConfig machine(boolean gso) {
        Timing timing = Timing.defaults().with(TimingParameter.COST_JITTER, 0).with(TimingParameter.VIF_GSO, gso ? 1 : 0);
        return new SimConfig("gso", List.of(new Cpu(0, 0), new Cpu(1, 1), new Cpu(2, 2), new Cpu(3, 3)),
                new IoApicSpec(0, 0, 24),
                List.of(new PciFunctionSpec("nic-b", Bdf.parse("0000:05:00.0"), "e1000", 16, InterruptMode.INTX,
                        "Domain-0", AttachmentMode.PARAVIRTUAL_VIF, "guestB", 3)),
                List.of(DomainSpec.pinned("Domain-0", DomainKind.DOM0, List.of(0), 256),
                        DomainSpec.pinned("guestB", DomainKind.RT_VM, List.of(2), 256)),
                new XenSpec("BY_IRQ", IoapicTargetPolicy.XEN_DEFAULT, AckMethod.NEW, 0), List.of(), timing);
    }

    /** Guest B's stack hands netfront 44 segments as skbs of 44 at 10 µs; returns the trace and the wire. */
    private static Object[] sendOnePacket(boolean gso) {
        RecordingSink sink = new RecordingSink(true);
        Simulation sim = new Simulation(machine(gso), 1, sink, null);
        Wire wire = new Wire(1000, 1514);
        sim.nic("nic-b").connectTx(wire, FRAME_NS);
        Netfront front = sim.netfront("nic-b");
        int target = sim.context().sim.register(new EventHandler() {
            @Override
            public void handle(int kind, long arg) {
                front.send(sim.context().now(), 44, 44);
            }
        });
        sim.context().sim.at(10_000, target, 0, 0);
        sim.run(0, 2_000_000);
        return new Object[] {sink, wire};
    }

    private static List<String> vifSteps(RecordingSink s) {
        return s.events.stream().filter(e -> e.kind() == TraceKind.RING_NOTIFY || e.kind() == TraceKind.GRANT_MAP
                || e.kind() == TraceKind.NETBACK_BATCH).map(e -> e.kind() + "@" + e.cpu() + ":" + e.arg()).toList();
    }

    @Test
    void oneGsoPacketIsOneRequestBatchWithAGrantMapPerSlot() {
        Object[] r = sendOnePacket(true);
        RecordingSink s = (RecordingSink) r[0];
        Wire wire = (Wire) r[1];
        // guest B (PCPU 2) tells Dom0 once (req_event, arg 1); Dom0 (PCPU 0) maps 17 slots: 44 x 1448 B + 66 B of
        // headers span 16 pages, plus the GSO extra-info slot; one batch of 44 frames' worth
        assertEquals(List.of("RING_NOTIFY@2:1", "GRANT_MAP@0:17", "NETBACK_BATCH@0:44"), vifSteps(s));
        RecordingSink.Ev map = s.events.stream().filter(e -> e.kind() == TraceKind.GRANT_MAP).findFirst().orElseThrow();
        RecordingSink.Ev batch = s.events.stream().filter(e -> e.kind() == TraceKind.NETBACK_BATCH).findFirst().orElseThrow();
        // Dom0's cost is per packet plus per slot, not per frame: 4 µs + 17 x 0.6 µs
        assertEquals(4_000 + 17 * 600, batch.t() - map.t());
        // the NIC cuts it into 44 frames, back to back on the wire
        assertEquals(44, wire.sent());
        long first = wire.arrivalTime(0);
        for (int k = 1; k < 44; k++) {
            assertEquals(first + k * FRAME_NS, wire.arrivalTime(k));
        }
    }

    @Test
    void withoutGsoTheSameDataIs44SkbsAndCostsDom0PerFrame() {
        Object[] r = sendOnePacket(false);
        RecordingSink s = (RecordingSink) r[0];
        assertEquals(List.of("RING_NOTIFY@2:1", "GRANT_MAP@0:44", "NETBACK_BATCH@0:44"), vifSteps(s));
        RecordingSink.Ev map = s.events.stream().filter(e -> e.kind() == TraceKind.GRANT_MAP).findFirst().orElseThrow();
        RecordingSink.Ev batch = s.events.stream().filter(e -> e.kind() == TraceKind.NETBACK_BATCH).findFirst().orElseThrow();
        assertEquals(44 * (4_000 + 600), batch.t() - map.t());
        assertEquals(44, ((Wire) r[1]).sent());
    }
}
