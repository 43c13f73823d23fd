package org.natsume.export.dom0less.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Timing;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.AttachmentInfo;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.CpuInfo;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.HypervisorInfo;
import org.natsume.topology.Topology.InterruptLineInfo;
import org.natsume.topology.Topology.InterruptMode;
import org.natsume.topology.Topology.PciFunctionInfo;
import org.natsume.topology.Topology.VcpuInfo;

/**
 * Small resolved topologies built by hand: a 4-CPU machine with one 24-pin IO-APIC, Xen with Dom0 on CPU 0, and
 * whatever functions and guests a test adds. Ownership is given directly, as the model's analysis would give it.
 */
final class Topologies {

    private final List<PciFunctionInfo> functions = new ArrayList<>();
    private final List<DomainInfo> domains = new ArrayList<>();
    private Topology.Scheduler scheduler = Topology.Scheduler.CREDIT;

    Topologies() {
        domains.add(domain("dom0", 0, "Domain-0", DomainKind.DOM0, 1024, List.of(vcpu(0, 0)), List.of(), Optional.empty()));
    }

    Topologies scheduler(Topology.Scheduler s) {
        scheduler = s;
        return this;
    }

    /** An INTx NIC on {@code gsi} (null: no line) owned by the domain with model id {@code owner}. */
    Topologies nic(String bdf, Integer gsi, InterruptMode mode, String owner) {
        functions.add(new PciFunctionInfo("f-" + bdf, Bdf.parse(bdf), 0x8086, 0x10d3, 0x020000, "82574L NIC " + bdf, "e1000e", 'A',
                Optional.ofNullable(gsi), mode, true, OptionalInt.empty(), Optional.of(owner), Optional.empty()));
        return this;
    }

    Topologies usb(String bdf, int gsi, String owner) {
        functions.add(new PciFunctionInfo("f-" + bdf, Bdf.parse(bdf), 0x8086, 0x3a37, 0x0c0300, "UHCI " + bdf, "uhci_hcd", 'A',
                Optional.of(gsi), InterruptMode.INTX, false, OptionalInt.empty(), Optional.of(owner), Optional.empty()));
        return this;
    }

    Topologies guest(String id, int domid, String name, DomainKind kind, long mib, List<VcpuInfo> vcpus, List<AttachmentInfo> attachments) {
        domains.add(domain(id, domid, name, kind, mib, vcpus, attachments, Optional.empty()));
        return this;
    }

    Topologies guestWithExtra(String id, int domid, String name, String extra) {
        domains.add(domain(id, domid, name, DomainKind.DOMU, 256, List.of(vcpu(0, 1)), List.of(), Optional.of(extra)));
        return this;
    }

    Topology build() {
        List<CpuInfo> cpus = List.of(new CpuInfo(0, 0, true), new CpuInfo(1, 1, true), new CpuInfo(2, 2, true), new CpuInfo(3, 3, false));
        List<InterruptLineInfo> lines = new ArrayList<>();
        new TreeSet<>(functions.stream().filter(PciFunctionInfo::usesIoApicPin).map(f -> f.gsi().get()).toList()).forEach(gsi -> {
            List<PciFunctionInfo> sharers = functions.stream().filter(f -> f.usesIoApicPin() && f.gsi().get().equals(gsi)).sorted((a, b) -> a.bdf().compareTo(b.bdf())).toList();
            lines.add(new InterruptLineInfo("gsi" + gsi, gsi, Topology.Trigger.LEVEL, Topology.Polarity.LOW, sharers.stream().map(PciFunctionInfo::bdf).toList(),
                    sharers.stream().map(PciFunctionInfo::id).toList(), sharers.stream().map(f -> f.owner().get()).distinct().toList()));
        });
        List<PciFunctionInfo> sorted = functions.stream().sorted((a, b) -> a.bdf().compareTo(b.bdf())).toList();
        var machine = new Topology.MachineInfo("m", "board", cpus, List.of(new Topology.IoApicInfo(0, 0xFEC00000L, 24, 0, Map.of())), sorted, lines);
        var xen = new HypervisorInfo("4.19.0", scheduler, null, null, null, 0);
        return new Topology("hand-built", machine, Optional.of(xen), domains, List.of(), Timing.defaults());
    }

    static VcpuInfo vcpu(int id, Integer... cpus) {
        return new VcpuInfo(id, new TreeSet<>(List.of(cpus)));
    }

    static AttachmentInfo passthrough(String bdf) {
        return new AttachmentInfo(AttachmentMode.PASSTHROUGH, Optional.of("f-" + bdf), Optional.of(Bdf.parse(bdf)), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    static AttachmentInfo emulated(String bdf) {
        return new AttachmentInfo(AttachmentMode.EMULATED, Optional.of("f-" + bdf), Optional.of(Bdf.parse(bdf)), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    static AttachmentInfo vif(String mac, String bridge) {
        return new AttachmentInfo(AttachmentMode.PARAVIRTUAL_VIF, Optional.empty(), Optional.empty(), Optional.of(mac), Optional.of(bridge),
                Optional.empty());
    }

    private static DomainInfo domain(String id, int domid, String name, DomainKind kind, long mib, List<VcpuInfo> vcpus,
            List<AttachmentInfo> attachments, Optional<String> extra) {
        return new DomainInfo(id, domid, name, kind, null, mib, 256, 0, vcpus, attachments, Optional.empty(), Optional.empty(), extra,
                Optional.empty());
    }
}
