package org.natsume.topology.emf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.ExternalHost;
import org.natsume.model.Hypervisor;
import org.natsume.model.Identified;
import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NetperfTcpStream;
import org.natsume.model.NetworkLink;
import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.PeriodicRtTask;
import org.natsume.model.RateMode;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.SimulationSettings;
import org.natsume.model.TimingValue;
import org.natsume.model.Vcpu;
import org.natsume.model.Workload;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.kernel.DriverParameters;
import org.natsume.model.kernel.KernelProfiles;
import org.natsume.model.timing.TimingParameter;
import org.natsume.topology.Timing;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.AckMethod;
import org.natsume.topology.Topology.AttachmentInfo;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.CpuInfo;
import org.natsume.topology.Topology.Direction;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.GuestType;
import org.natsume.topology.Topology.HypervisorInfo;
import org.natsume.topology.Topology.InterruptLineInfo;
import org.natsume.topology.Topology.InterruptMode;
import org.natsume.topology.Topology.IoApicInfo;
import org.natsume.topology.Topology.IoapicTargetPolicy;
import org.natsume.topology.Topology.MachineInfo;
import org.natsume.topology.Topology.PciFunctionInfo;
import org.natsume.topology.Topology.PeriodicTask;
import org.natsume.topology.Topology.Polarity;
import org.natsume.topology.Topology.Scheduler;
import org.natsume.topology.Topology.TcpStream;
import org.natsume.topology.Topology.Trigger;
import org.natsume.topology.Topology.UdpFlood;
import org.natsume.topology.Topology.VcpuInfo;

/**
 * The one reader from the EMF model (domain.md §2) into the resolved {@link Topology}: enum literals are carried
 * over by name, BDFs parsed once, ownership and the domains bound to each line taken from the model's
 * {@link Ownership}, each workload's NIC found through the network link to its external host, and the
 * SimulationSettings' timing values converted to the simulator's base units.
 *
 * <p>It refuses only what no consumer could read (no machine, a BDF that does not parse, a pass-through attachment
 * without a function, a timing symbol nobody declares), all problems together. What a consumer cannot express (a
 * VCPU pinned only to disabled CPUs for the simulator, a shared pin for Jailhouse) is that consumer's to refuse.
 *
 * <p>The model has no kernel, ramdisk, command line or cpupool attributes on a domain; those stay empty.
 */
public final class TopologyReader {

    private TopologyReader() {
    }

    public static Topology read(org.natsume.model.Topology t) throws TopologyReadException {
        List<String> problems = new ArrayList<>();
        Machine m = t.getMachine();
        if (m == null) {
            throw new TopologyReadException(List.of("the topology has no machine"));
        }
        List<CpuInfo> cpus = new ArrayList<>();
        for (LogicalCpu c : m.getCpus()) cpus.add(new CpuInfo(c.getCpuId(), c.getApicId(), c.isEnabled()));
        List<IoApicInfo> apics = new ArrayList<>();
        for (IoApic a : m.getIoApics()) {
            Map<Integer, Integer> vectors = new HashMap<>();
            for (RedirectionEntry e : a.getEntries()) vectors.put(e.getPin(), e.getVector());
            apics.add(new IoApicInfo(a.getIoApicId(), a.getMmioBase(), a.getPinCount(), a.getGsiBase(), vectors));
        }
        Map<PciFunction, Bdf> addresses = new HashMap<>();
        List<PciFunctionInfo> functions = new ArrayList<>();
        for (PciFunction f : allFunctions(m)) {
            Bdf bdf = address(f, problems);
            if (bdf == null) continue;
            addresses.put(f, bdf);
            functions.add(function(t, f, bdf));
        }
        functions.sort(Comparator.comparing(PciFunctionInfo::bdf));
        List<InterruptLineInfo> lines = new ArrayList<>();
        for (InterruptLine l : m.getInterruptLines()) {
            List<Bdf> sharers = l.getSharers().stream().map(addresses::get).filter(a -> a != null).sorted().toList();
            List<String> sharerIds = l.getSharers().stream().filter(addresses::containsKey).map(TopologyReader::id).toList();
            List<String> bound = Ownership.boundDomains(t, l).stream().map(TopologyReader::id).toList();
            lines.add(new InterruptLineInfo(id(l), l.getGsi(), Trigger.valueOf(l.getTrigger().getName()),
                    Polarity.valueOf(l.getPolarity().getName()), sharers, sharerIds, bound));
        }
        MachineInfo machine = new MachineInfo(m.getName(), m.getBoard(), cpus, apics, functions, lines);

        Optional<HypervisorInfo> hv = Optional.empty();
        Hypervisor h = t.getHypervisor();
        if (h != null) {
            hv = Optional.of(new HypervisorInfo(h.getVersion(), Scheduler.valueOf(h.getScheduler().getName()),
                    h.getRoutingPolicy(),
                    IoapicTargetPolicy.valueOf(h.getIoapicTargetPolicy().getName()),
                    AckMethod.valueOf(h.getAckMethod().getName()), h.getIrqRatelimit()));
        }
        List<DomainInfo> domains = new ArrayList<>();
        for (Domain d : t.getDomains()) domains.add(domain(d, addresses, problems));
        Timing timing = heldByHypervisor(timing(t.getSettings(), problems), h, problems);
        if (!problems.isEmpty()) throw new TopologyReadException(problems);
        String name = t.getName() == null || t.getName().isBlank() ? "topology" : t.getName();
        return new Topology(name, machine, hv, domains, workloads(t), timing);
    }

    private static PciFunctionInfo function(org.natsume.model.Topology t, PciFunction f, Bdf bdf) {
        Character pin = switch (f.getIntxPin()) {
            case A -> 'A';
            case B -> 'B';
            case C -> 'C';
            case D -> 'D';
            default -> null;
        };
        Optional<Integer> gsi = f.getLine() == null ? Optional.empty() : Optional.of(f.getLine().getGsi());
        InterruptMode mode = InterruptMode.valueOf(f.getInterruptMode().getName());
        // the driver's parameters from the kernel of the domain that drives the NIC, its own ITR on top if set
        Optional<DriverParameters> params = KernelProfiles.forFunction(t, f);
        OptionalInt itr = f instanceof Nic n
                ? OptionalInt.of(params.map(DriverParameters::itrMode).orElse(n.getItrMode()))
                : OptionalInt.empty();
        Optional<String> owner = Ownership.owner(t, f).map(TopologyReader::id);
        return new PciFunctionInfo(id(f), bdf, f.getVendorId(), f.getDeviceId(), f.getClassCode(), f.getName(),
                f.getDriver(), pin, gsi, mode, f instanceof Nic, itr, owner, params);
    }

    private static DomainInfo domain(Domain d, Map<PciFunction, Bdf> addresses, List<String> problems) {
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
            Optional<Bdf> bdf = Optional.empty();
            PciFunction f = a.getFunction();
            if (f != null) {
                Bdf addr = addresses.get(f);
                if (addr == null) addr = address(f, problems);
                bdf = Optional.ofNullable(addr);
            } else if (a.getMode() == org.natsume.model.AttachmentMode.PASSTHROUGH) {
                problems.add("domain '" + name + "': a pass-through attachment names no PCI function");
            }
            atts.add(new AttachmentInfo(AttachmentMode.valueOf(a.getMode().getName()), Optional.ofNullable(f).map(TopologyReader::id),
                    bdf, blankToEmpty(a.getMac()), blankToEmpty(a.getBridge()),
                    Optional.ofNullable(a.getBackendDomain()).map(Domain::getName)));
        }
        return new DomainInfo(id(d), d.getDomid(), name, DomainKind.valueOf(d.getKind().getName()),
                GuestType.valueOf(d.getGuestType().getName()), d.getMemoryMiB(), d.getWeight(), d.getCap(), vcpus, atts,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The enabled workloads; a workload's NIC is the one linked to its external host. */
    private static List<Topology.Workload> workloads(org.natsume.model.Topology t) {
        List<Topology.Workload> out = new ArrayList<>();
        for (Workload w : t.getWorkloads()) {
            if (!w.isEnabled()) continue;
            String guest = w.getDomain() == null ? null : id(w.getDomain());
            if (w instanceof NetperfTcpStream n) {
                out.add(new TcpStream(id(w), Direction.valueOf(n.getDirection().getName()), guest, nicFor(t, n.getPeer())));
            } else if (w instanceof org.natsume.model.UdpFlood u) {
                out.add(new UdpFlood(id(w), guest, nicFor(t, u.getSource()), u.getPacketSizeBytes(),
                        u.getRateMode() == RateMode.FIXED_PPS ? u.getPps() : 0));
            } else if (w instanceof PeriodicRtTask p) {
                out.add(new PeriodicTask(id(w), guest, p.getPeriodUs() * 1000L, p.getWcetUs() * 1000L));
            }
        }
        return out;
    }

    private static String nicFor(org.natsume.model.Topology t, ExternalHost host) {
        for (NetworkLink l : t.getLinks()) {
            if (l.getHost() == host && l.getNic() != null) return id(l.getNic());
        }
        return null;
    }

    /** The settings' values, each in its parameter's unit, converted once to the simulator's base units. */
    private static Timing timing(SimulationSettings s, List<String> problems) {
        Timing timing = Timing.defaults();
        if (s == null) return timing;
        for (TimingValue v : s.getTimings()) {
            Optional<TimingParameter> p = TimingParameter.bySymbol(v.getSymbol());
            if (p.isEmpty()) {
                problems.add("simulation settings: '" + v.getSymbol() + "' is not a timing parameter (docs/model.md)");
                continue;
            }
            timing = timing.with(p.get(), p.get().toBase(v.getValue()));
        }
        return timing;
    }

    /**
     * The parameters the hypervisor's attributes hold (TimingParameter.configuredBy), so the value a user sets on
     * the hypervisor is the one the simulator runs with.
     */
    private static Timing heldByHypervisor(Timing timing, Hypervisor h, List<String> problems) {
        if (h == null) return timing;
        timing = held(timing, TimingParameter.EOI_TIMEOUT, "eoiTimeoutUs", h.getEoiTimeoutUs(), 1_000L, problems);
        timing = held(timing, TimingParameter.TICK, "creditTickMs", h.getCreditTickMs(), 1_000_000L, problems);
        timing = held(timing, TimingParameter.TSLICE, "creditTimesliceMs", h.getCreditTimesliceMs(), 1_000_000L, problems);
        return held(timing, TimingParameter.IRQ_RATELIMIT, "irqRatelimit", h.getIrqRatelimit(), 1, problems);
    }

    private static Timing held(Timing timing, TimingParameter p, String attribute, long value, long toBase,
            List<String> problems) {
        if (value < 0) {
            problems.add("hypervisor: " + attribute + " must not be negative (is " + value + ")");
            return timing;
        }
        return timing.with(p, value * toBase);
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

    private static Bdf address(PciFunction f, List<String> problems) {
        try {
            return Bdf.parse(f.getBdf());
        } catch (RuntimeException e) {
            problems.add("PCI function '" + f.getName() + "' has no valid BDF ('" + f.getBdf() + "'): " + e.getMessage());
            return null;
        }
    }

    private static String id(Identified e) {
        return e.getId() == null ? "" : e.getId();
    }

    private static Optional<String> blankToEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
