package org.natsume.configio.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.configio.topology.PciAddress;
import org.natsume.configio.topology.Topology.AckMethod;
import org.natsume.configio.topology.Topology.AttachmentInfo;
import org.natsume.configio.topology.Topology.AttachmentMode;
import org.natsume.configio.topology.Topology.CpuInfo;
import org.natsume.configio.topology.Topology.DomainInfo;
import org.natsume.configio.topology.Topology.DomainKind;
import org.natsume.configio.topology.Topology.GuestType;
import org.natsume.configio.topology.Topology.HypervisorInfo;
import org.natsume.configio.topology.Topology.InterruptLineInfo;
import org.natsume.configio.topology.Topology.InterruptMode;
import org.natsume.configio.topology.Topology.IoApicInfo;
import org.natsume.configio.topology.Topology.IoapicTargetPolicy;
import org.natsume.configio.topology.Topology.MachineInfo;
import org.natsume.configio.topology.Topology.PciFunctionInfo;
import org.natsume.configio.topology.Topology.Polarity;
import org.natsume.configio.topology.Topology.RoutingPolicy;
import org.natsume.configio.topology.Topology.Scheduler;
import org.natsume.configio.topology.Topology.Trigger;
import org.natsume.configio.topology.Topology.VcpuInfo;
import org.natsume.model.kernel.DriverParameters;
import org.natsume.model.kernel.KernelProfiles;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.Hypervisor;
import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.Vcpu;
import org.natsume.model.bdf.Bdf;

// domain.md §2
/**
 * Reads an org.natsume.model {@link org.natsume.model.Topology} into the immutable {@link
 * org.natsume.configio.topology.Topology} the exporters work on. Problems that make the model unexportable (no
 * machine, a BDF that does not parse, an attachment without a function) are collected and thrown together.
 *
 * <p>The model has no kernel, ramdisk, command line or cpupool attributes on a domain; those stay empty, exporters
 * write placeholders and derive the RT pool (see docs/export.md).
 */
public final class TopologyReader {

    private TopologyReader() {
    }

    public static org.natsume.configio.topology.Topology read(org.natsume.model.Topology t) throws ExportRefusedException {
        Refusals r = new Refusals("model");
        Machine m = t.getMachine();
        if (m == null) {
            r.add("the topology has no machine");
            r.throwIfAny();
        }
        List<CpuInfo> cpus = new ArrayList<>();
        for (LogicalCpu c : m.getCpus()) cpus.add(new CpuInfo(c.getCpuId(), c.getApicId(), c.isEnabled()));
        List<IoApicInfo> apics = new ArrayList<>();
        for (IoApic a : m.getIoApics()) {
            Map<Integer, Integer> vectors = new HashMap<>();
            for (RedirectionEntry e : a.getEntries()) vectors.put(e.getPin(), e.getVector());
            apics.add(new IoApicInfo(a.getIoApicId(), a.getMmioBase(), a.getPinCount(), a.getGsiBase(), vectors));
        }
        Map<PciFunction, PciAddress> addresses = new HashMap<>();
        List<PciFunctionInfo> functions = new ArrayList<>();
        for (PciFunction f : allFunctions(m)) {
            PciAddress bdf = address(f, r);
            if (bdf == null) continue;
            addresses.put(f, bdf);
            Character pin = switch (f.getIntxPin()) {
                case A -> 'A';
                case B -> 'B';
                case C -> 'C';
                case D -> 'D';
                default -> null;
            };
            Optional<Integer> gsi = f.getLine() == null ? Optional.empty() : Optional.of(f.getLine().getGsi());
            InterruptMode mode = InterruptMode.valueOf(f.getInterruptMode().getName());
            // the ITR in effect: the driver's default in the kernel of the domain driving it, the NIC's own if set
            Optional<String> itr = f instanceof Nic n ? Optional.of(Integer.toString(
                    KernelProfiles.forFunction(t, f).map(DriverParameters::itrMode).orElse(n.getItrMode())))
                    : Optional.empty();
            functions.add(new PciFunctionInfo(bdf, f.getVendorId(), f.getDeviceId(), f.getClassCode(), f.getName(), f.getDriver(), pin, gsi,
                    mode, f instanceof Nic, itr));
        }
        functions.sort(Comparator.comparing(PciFunctionInfo::bdf));
        List<InterruptLineInfo> lines = new ArrayList<>();
        for (InterruptLine l : m.getInterruptLines()) {
            List<PciAddress> sharers = l.getSharers().stream().map(addresses::get).filter(a -> a != null).sorted().toList();
            lines.add(new InterruptLineInfo(l.getGsi(), Trigger.valueOf(l.getTrigger().getName()),
                    Polarity.valueOf(l.getPolarity().getName()), sharers));
        }
        MachineInfo machine = new MachineInfo(m.getName(), m.getBoard(), cpus, apics, functions, lines);

        Optional<HypervisorInfo> hv = Optional.empty();
        Hypervisor h = t.getHypervisor();
        if (h != null) {
            hv = Optional.of(new HypervisorInfo(h.getVersion(), Scheduler.valueOf(h.getScheduler().getName()),
                    RoutingPolicy.valueOf(h.getRoutingPolicy().getName()),
                    IoapicTargetPolicy.valueOf(h.getIoapicTargetPolicy().getName()),
                    AckMethod.valueOf(h.getAckMethod().getName()), h.getIrqRatelimit()));
        }
        List<DomainInfo> domains = new ArrayList<>();
        for (Domain d : t.getDomains()) {
            String name = d.getName() == null ? "" : d.getName();
            List<VcpuInfo> vcpus = new ArrayList<>();
            List<Vcpu> sorted = new ArrayList<>(d.getVcpus());
            sorted.sort(Comparator.comparingInt(Vcpu::getVcpuId));
            for (Vcpu v : sorted) {
                TreeSet<Integer> aff = new TreeSet<>();
                v.getHardAffinity().forEach(c -> aff.add(c.getCpuId()));
                vcpus.add(new VcpuInfo(v.getVcpuId(), aff));
            }
            List<AttachmentInfo> atts = new ArrayList<>();
            for (DeviceAttachment a : d.getAttachments()) {
                Optional<PciAddress> bdf = Optional.empty();
                if (a.getFunction() != null) {
                    PciAddress addr = addresses.get(a.getFunction());
                    if (addr == null) addr = address(a.getFunction(), r);
                    bdf = Optional.ofNullable(addr);
                } else if (a.getMode() == org.natsume.model.AttachmentMode.PASSTHROUGH) {
                    r.add("domain '" + Quoting.comment(name) + "': a pass-through attachment names no PCI function");
                }
                atts.add(new AttachmentInfo(AttachmentMode.valueOf(a.getMode().getName()), bdf, blankToEmpty(a.getMac()),
                        blankToEmpty(a.getBridge()), Optional.ofNullable(a.getBackendDomain()).map(Domain::getName)));
            }
            domains.add(new DomainInfo(d.getDomid(), name, DomainKind.valueOf(d.getKind().getName()),
                    GuestType.valueOf(d.getGuestType().getName()), d.getMemoryMiB(), d.getWeight(), d.getCap(), vcpus, atts,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        r.throwIfAny();
        String name = t.getName() == null || t.getName().isBlank() ? "topology" : t.getName();
        return new org.natsume.configio.topology.Topology(name, machine, hv, domains);
    }

    /** Every PCI function under the machine's root buses, bridges' secondary buses included, in tree order. */
    public static List<PciFunction> allFunctions(Machine m) {
        List<PciFunction> out = new ArrayList<>();
        for (PciBus b : m.getPciRoots()) collect(b, out);
        return out;
    }

    private static void collect(PciBus bus, List<PciFunction> out) {
        for (PciFunction f : bus.getFunctions()) {
            out.add(f);
            if (f instanceof PciBridge br && br.getSecondaryBus() != null) collect(br.getSecondaryBus(), out);
        }
    }

    private static PciAddress address(PciFunction f, Refusals r) {
        try {
            Bdf b = Bdf.parse(f.getBdf());
            return new PciAddress(b.segment(), b.bus(), b.device(), b.function());
        } catch (RuntimeException e) {
            r.add("PCI function '" + Quoting.comment(String.valueOf(f.getName())) + "' has no valid BDF ('"
                    + Quoting.comment(String.valueOf(f.getBdf())) + "'): " + e.getMessage());
            return null;
        }
    }

    private static Optional<String> blankToEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
