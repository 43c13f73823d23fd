package org.natsume.sim.tests;

import java.util.List;

import org.natsume.model.bdf.Bdf;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.config.SimConfig.Cpu;
import org.natsume.sim.config.SimConfig.DomainSpec;
import org.natsume.sim.config.SimConfig.IoApicSpec;
import org.natsume.sim.config.SimConfig.PciFunctionSpec;
import org.natsume.sim.config.SimConfig.XenSpec;
import org.natsume.topology.Timing;
import org.natsume.topology.Topology.AckMethod;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.InterruptMode;
import org.natsume.topology.Topology.IoapicTargetPolicy;

/** A hand-built machine: Dom0 with nic-a (00:19.0) on PCPU 0, guest B with nic-b passed through on GSI 16 on PCPU 2. */
final class Dom0AndGuestB {
    private Dom0AndGuestB() {
    }

    static SimConfig config(String name, String dom0Driver, int dom0Gsi, Timing timing) {
        return new SimConfig(name, List.of(new Cpu(0, 0), new Cpu(1, 1), new Cpu(2, 2)), new IoApicSpec(0, 0, 24),
                List.of(new PciFunctionSpec("nic-a", Bdf.parse("00:19.0"), dom0Driver, dom0Gsi, InterruptMode.INTX,
                        "Domain-0", AttachmentMode.NATIVE, null, 3),
                        new PciFunctionSpec("nic-b", Bdf.parse("0000:05:00.0"), "e1000", 16, InterruptMode.INTX, "guestB",
                                AttachmentMode.PASSTHROUGH, null, 3)),
                List.of(DomainSpec.pinned("Domain-0", DomainKind.DOM0, List.of(0), 256),
                        DomainSpec.pinned("guestB", DomainKind.RT_VM, List.of(2), 256)),
                new XenSpec("BY_IRQ", IoapicTargetPolicy.XEN_DEFAULT, AckMethod.NEW, 0), List.of(), timing);
    }
}
