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
 * Dom0's netback cost toward a guest depends on the frame's size (docs/simulation.md "Dom0's cost per frame size,
 * guest B's path IPIs, and the flood's bounds"): t_netback_pkt is a full 1514-B frame's, and the grant copy adds or
 * saves t_grant_copy_kb per KiB. One frame into Dom0's e1000, bridged to guest A's vif: the RX batch after the NAPI
 * poll that took it.
 */
class NetbackFrameSizeTest {

    private static SimConfig machine(Timing timing) {
        return new SimConfig("netback-size", List.of(new Cpu(0, 0), new Cpu(1, 1), new Cpu(2, 2), new Cpu(3, 3)),
                new IoApicSpec(0, 0, 24),
                List.of(new PciFunctionSpec("nic-a", Bdf.parse("0000:04:00.0"), "e1000", 17, InterruptMode.INTX,
                        "Domain-0", AttachmentMode.PARAVIRTUAL_VIF, "guestA", 3)),
                List.of(DomainSpec.pinned("Domain-0", DomainKind.DOM0, List.of(0), 256),
                        DomainSpec.pinned("guestA", DomainKind.DOMU, List.of(1), 256)),
                new XenSpec("BY_IRQ", IoapicTargetPolicy.XEN_DEFAULT, AckMethod.NEW, 0), List.of(), timing);
    }

    private static Timing quiet() {
        return Timing.defaults().with(TimingParameter.COST_JITTER, 0).with(TimingParameter.E1000_WATCHDOG_PERIOD, 0);
    }

    /** From the end of Dom0's NAPI poll that took one frame of {@code bytes} to the end of netback's RX batch, ns. */
    private static long batchAfterPoll(int bytes, Timing timing) {
        RecordingSink s = new RecordingSink(true);
        Simulation sim = new Simulation(machine(timing), 1, s, null);
        Wire wire = new Wire(1000, bytes);
        sim.nic("nic-a").connectRx(wire);
        wire.send(1_000_000, 1, Wire.frameNs(bytes + 24, 1_000_000_000L));
        sim.run(0, 3_000_000);
        RecordingSink.Ev poll = s.events.stream()
                .filter(e -> e.kind() == TraceKind.NAPI_POLL && e.domain() == 0 && e.arg() == 1).findFirst().orElseThrow();
        RecordingSink.Ev batch = s.events.stream()
                .filter(e -> e.kind() == TraceKind.NETBACK_BATCH && e.arg() == 1 && e.t() > poll.t()).findFirst()
                .orElseThrow();
        return batch.t() - poll.t();
    }

    @Test
    void aSmallFrameCostsDom0TheGrantCopyOfItsMissingBytesLess() {
        long full = batchAfterPoll(1514, quiet());
        long small = batchAfterPoll(64, quiet());
        // 1,450 bytes fewer at 0.4 µs per KiB: 566 ns
        assertEquals(1450L * 400 / 1024, full - small);
    }

    @Test
    void aFullFrameCostsExactlyTNetbackPkt() {
        long base = batchAfterPoll(1514, quiet());
        long dearer = batchAfterPoll(1514, quiet().with(TimingParameter.T_NETBACK_PKT, 5000));
        long copyFree = batchAfterPoll(1514, quiet().with(TimingParameter.T_GRANT_COPY_KB, 0));
        assertEquals(1000, dearer - base);
        assertEquals(base, copyFree); // the copy's share is already inside t_netback_pkt for a full frame
    }
}
