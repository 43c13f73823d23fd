package org.natsume.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

import org.natsume.model.bdf.Bdf;
import org.natsume.model.kernel.DriverParameters;

/**
 * One topology resolved once, without EMF (domain.md §2): the machine's CPUs, IO-APICs, PCI functions and interrupt
 * lines, the hypervisor settings, the domains with their devices, the enabled workloads and the timing values. Who
 * owns each function's interrupt and which domains are bound to each line are worked out once, by the model's
 * analysis ({@code org.natsume.model.analysis.Ownership}), when {@link org.natsume.topology.emf.TopologyReader}
 * fills this from the EMF model. The exporters and the simulator read only this, never the EMF objects.
 *
 * <p>Domains and functions are named by their model id ({@link DomainInfo#id()}, {@link PciFunctionInfo#id()}); the
 * display names stay beside them. Functions are in BDF order, lines and domains in model order.
 *
 * @param hypervisor empty for a native (case 1) topology: Linux on bare metal, no Xen.
 * @param workloads the enabled workloads, in model order.
 */
public record Topology(String name, MachineInfo machine, Optional<HypervisorInfo> hypervisor, List<DomainInfo> domains,
        List<Workload> workloads, Timing timing) {

    public Topology {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(hypervisor, "hypervisor");
        domains = List.copyOf(domains);
        workloads = List.copyOf(workloads);
        Objects.requireNonNull(timing, "timing");
    }

    public enum DomainKind { DOM0, DOMU, RT_VM, NATIVE }

    public enum GuestType { PV, HVM, PVH }

    public enum AttachmentMode { NATIVE, EMULATED, PARAVIRTUAL_VIF, PASSTHROUGH }

    public enum InterruptMode {
        INTX, MSI, MSIX;

        /** True for MSI and MSI-X: the function has a vector of its own and never shares an IO-APIC pin. */
        public boolean ownVector() {
            return this != INTX;
        }
    }

    public enum Trigger { LEVEL, EDGE }

    public enum Polarity { LOW, HIGH }

    /** A logical CPU (PCPU): Xen/Linux cpu number and its local APIC id. */
    public record CpuInfo(int id, int apicId, boolean enabled) { }

    /** @param programmedVectors pin → vector of the redirection entries the model has programmed (may be empty). */
    public record IoApicInfo(int id, long mmioBase, int pinCount, int gsiBase, java.util.Map<Integer, Integer> programmedVectors) {
        public IoApicInfo {
            programmedVectors = java.util.Map.copyOf(programmedVectors);
        }

        public boolean servesGsi(int gsi) {
            return gsi >= gsiBase && gsi < gsiBase + pinCount;
        }
    }

    /**
     * A PCI function; {@code id} is its model id, {@code classCode} the 24-bit class/subclass/prog-if value. {@code gsi}
     * is empty for functions routed to no interrupt line. {@code itrMode} is the NIC's InterruptThrottleRate setting
     * in effect (0, 1, 3, 4 or a rate: {@code driverParameters}' ITR), empty when not a NIC. {@code owner} is the id of
     * the domain that binds the function's physical interrupt (Ownership.owner: the PASSTHROUGH or NATIVE attachment,
     * else the driver domain), empty when the topology has no domain that could. {@code driverParameters} are a NIC's
     * driver parameters resolved from the kernel profile of that owner (KernelProfiles.forFunction: ITR mode and
     * rate, interrupt delays, MSI available, NAPI), empty when not a NIC or nobody drives it.
     */
    public record PciFunctionInfo(String id, Bdf bdf, int vendorId, int deviceId, int classCode, String description,
            String driver, Character intxPin, Optional<Integer> gsi, InterruptMode interruptMode, boolean nic,
            OptionalInt itrMode, Optional<String> owner, Optional<DriverParameters> driverParameters) {
        public PciFunctionInfo {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(bdf, "bdf");
            Objects.requireNonNull(owner, "owner");
            description = description == null ? "" : description;
            driver = driver == null ? "" : driver;
            Objects.requireNonNull(gsi, "gsi");
            interruptMode = interruptMode == null ? InterruptMode.INTX : interruptMode;
            Objects.requireNonNull(itrMode, "itrMode");
            Objects.requireNonNull(driverParameters, "driverParameters");
        }

        /** True when the function raises its interrupts through an IO-APIC pin (INTx), i.e. can share a GSI. */
        public boolean usesIoApicPin() {
            return interruptMode == InterruptMode.INTX && gsi.isPresent();
        }
    }

    /**
     * A GSI. {@code sharers} are the functions routed to it in BDF order, {@code sharerIds} the same functions in the
     * model's order, {@code boundDomains} the ids of the domains bound to it (Ownership.boundDomains: the distinct
     * owners of its INTx sharers, Xen's guest[]).
     */
    public record InterruptLineInfo(String id, int gsi, Trigger trigger, Polarity polarity, List<Bdf> sharers,
            List<String> sharerIds, List<String> boundDomains) {
        public InterruptLineInfo {
            sharers = List.copyOf(sharers);
            sharerIds = List.copyOf(sharerIds);
            boundDomains = List.copyOf(boundDomains);
        }
    }

    public record MachineInfo(String name, String board, List<CpuInfo> cpus, List<IoApicInfo> ioApics,
            List<PciFunctionInfo> functions, List<InterruptLineInfo> lines) {
        public MachineInfo {
            name = name == null ? "" : name;
            board = board == null ? "" : board;
            cpus = List.copyOf(cpus);
            ioApics = List.copyOf(ioApics);
            functions = List.copyOf(functions);
            lines = List.copyOf(lines);
        }

        public Optional<PciFunctionInfo> function(Bdf bdf) {
            return functions.stream().filter(f -> f.bdf().equals(bdf)).findFirst();
        }

        /** The function with model id {@code id}. */
        public Optional<PciFunctionInfo> function(String id) {
            return functions.stream().filter(f -> f.id().equals(id)).findFirst();
        }

        public Optional<CpuInfo> cpu(int id) {
            return cpus.stream().filter(c -> c.id() == id).findFirst();
        }

        public Optional<IoApicInfo> ioApicFor(int gsi) {
            return ioApics.stream().filter(a -> a.servesGsi(gsi)).findFirst();
        }

        /** The functions whose INTx pin is routed to {@code gsi}: the line's sharers (domain.md §2.1 sharing rule). */
        public List<PciFunctionInfo> sharersOf(int gsi) {
            List<PciFunctionInfo> out = new ArrayList<>();
            for (PciFunctionInfo f : functions) {
                if (f.usesIoApicPin() && f.gsi().get() == gsi) out.add(f);
            }
            return out;
        }

        public Optional<InterruptLineInfo> line(int gsi) {
            return lines.stream().filter(l -> l.gsi() == gsi).findFirst();
        }
    }

    public enum Scheduler { CREDIT, CREDIT2, SEDF, RTDS, NULL }

    public enum IoapicTargetPolicy { XEN_DEFAULT, PIN_TO_RTVM_CPU }

    public enum AckMethod { NEW, OLD }

    /** Of a netperf stream: SEND = the guest transmits. */
    public enum Direction { SEND, RECEIVE }

    /**
     * @param xenVersion e.g. "3.4.1"; decides which boot options exist (§7.1).
     * @param routingPolicy the id of an interrupt-routing policy (BY_IRQ, BY_BDF or a contributed one, docs/extending.md).
     * @param irqRatelimit 0 = not set.
     */
    public record HypervisorInfo(String xenVersion, Scheduler scheduler, String routingPolicy,
            IoapicTargetPolicy ioapicTargetPolicy, AckMethod ackMethod, int irqRatelimit) {
        public HypervisorInfo {
            xenVersion = xenVersion == null || xenVersion.isBlank() ? "3.4.1" : xenVersion;
            scheduler = scheduler == null ? Scheduler.CREDIT : scheduler;
            routingPolicy = routingPolicy == null || routingPolicy.isBlank() ? "BY_IRQ" : routingPolicy;
            ioapicTargetPolicy = ioapicTargetPolicy == null ? IoapicTargetPolicy.XEN_DEFAULT : ioapicTargetPolicy;
            ackMethod = ackMethod == null ? AckMethod.NEW : ackMethod;
        }

        /** Compares the major.minor of {@link #xenVersion()} with the given one. */
        public boolean atLeast(int major, int minor) {
            String[] p = xenVersion.split("[.]");
            try {
                int ma = Integer.parseInt(p[0].trim());
                int mi = p.length > 1 ? Integer.parseInt(p[1].replaceAll("[^0-9].*", "")) : 0;
                return ma > major || (ma == major && mi >= minor);
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    /** A VCPU; {@code hardAffinity} holds the {@link CpuInfo#id()}s it may run on. */
    public record VcpuInfo(int id, SortedSet<Integer> hardAffinity) {
        public VcpuInfo {
            hardAffinity = Collections.unmodifiableSortedSet(new TreeSet<>(hardAffinity));
        }
    }

    /**
     * A device given to a domain (domain.md §2.3). {@code function} is the model id of the PCI function, {@code bdf}
     * its address. For PARAVIRTUAL_VIF, {@code bdf} is the physical NIC in the backend domain that the bridge is
     * attached to (may be empty), {@code mac}/{@code bridge} the vif settings and {@code backendDomain} the name of
     * the domain running netback (Dom0 unless a driver domain).
     */
    public record AttachmentInfo(AttachmentMode mode, Optional<String> function, Optional<Bdf> bdf, Optional<String> mac,
            Optional<String> bridge, Optional<String> backendDomain) {
        public AttachmentInfo {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(bdf, "bdf");
            Objects.requireNonNull(mac, "mac");
            Objects.requireNonNull(bridge, "bridge");
            Objects.requireNonNull(backendDomain, "backendDomain");
        }
    }

    /**
     * A Xen domain, or for a native topology the bare-metal OS (kind NATIVE). {@code id} is the model id,
     * {@code domid} Xen's domain number.
     *
     * @param cpupool explicit cpupool name from the model, empty when the model does not ask for one.
     */
    public record DomainInfo(String id, int domid, String name, DomainKind kind, GuestType guestType, long memoryMiB, int weight,
            int cap, List<VcpuInfo> vcpus, List<AttachmentInfo> attachments, Optional<String> kernel,
            Optional<String> ramdisk, Optional<String> extra, Optional<String> cpupool) {
        public DomainInfo {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            guestType = guestType == null ? GuestType.PV : guestType;
            vcpus = List.copyOf(vcpus);
            attachments = List.copyOf(attachments);
            Objects.requireNonNull(kernel, "kernel");
            Objects.requireNonNull(ramdisk, "ramdisk");
            Objects.requireNonNull(extra, "extra");
            Objects.requireNonNull(cpupool, "cpupool");
        }

        /** Union of the hard affinities of all VCPUs. Empty when no VCPU is pinned. */
        public SortedSet<Integer> pinnedCpus() {
            SortedSet<Integer> all = new TreeSet<>();
            for (VcpuInfo v : vcpus) all.addAll(v.hardAffinity());
            return all;
        }

        public List<Bdf> passthroughBdfs() {
            List<Bdf> out = new ArrayList<>();
            for (AttachmentInfo a : attachments) {
                if (a.mode() == AttachmentMode.PASSTHROUGH && a.bdf().isPresent()) out.add(a.bdf().get());
            }
            return out;
        }

        public List<AttachmentInfo> vifs() {
            return attachments.stream().filter(a -> a.mode() == AttachmentMode.PARAVIRTUAL_VIF).toList();
        }
    }

    public Optional<DomainInfo> dom0() {
        return domains.stream().filter(d -> d.kind() == DomainKind.DOM0).findFirst();
    }

    /** The driver domain: Dom0, or the bare-metal OS of a native topology (domain.md §2.3). */
    public Optional<DomainInfo> host() {
        return dom0().or(() -> domains.stream().filter(d -> d.kind() == DomainKind.NATIVE).findFirst());
    }

    /** The Xen guests: every DOMU and RT_VM. */
    public List<DomainInfo> guests() {
        return domains.stream().filter(d -> d.kind() == DomainKind.DOMU || d.kind() == DomainKind.RT_VM).toList();
    }

    /** The domain with model id {@code id}. */
    public Optional<DomainInfo> domain(String id) {
        return domains.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The domain that binds a PCI function's physical interrupt ({@link PciFunctionInfo#owner()}), resolved once by
     * the model's Ownership; empty for an address the machine does not have.
     */
    public Optional<DomainInfo> ownerOf(Bdf bdf) {
        return machine.function(bdf).flatMap(PciFunctionInfo::owner).flatMap(this::domain);
    }

    /** What a domain runs to load the machine (domain.md §2.4); {@code domain} and {@code nic} are model ids. */
    public sealed interface Workload permits TcpStream, UdpFlood, PeriodicTask {
        /** The model id of the workload. */
        String id();

        /** The domain the workload terminates in; null when the model names none. */
        String guest();

        /** The physical NIC its frames cross (the one linked to its external host); null when there is none. */
        String nic();
    }

    /** netperf TCP_STREAM between an external peer and {@code guest}. SEND = guest transmits. */
    public record TcpStream(String id, Direction direction, String guest, String nic) implements Workload {
    }

    /** UDP flood from an external host into {@code guest}; {@code pps} 0 = line rate. */
    public record UdpFlood(String id, String guest, String nic, int packetBytes, long pps) implements Workload {
    }

    /**
     * A periodic real-time task in {@code guest} (domain.md §2.4 optional): released by the guest's timer every
     * periodNs, runs costNs of CPU; its response time (release to completion) is measured.
     */
    public record PeriodicTask(String id, String guest, long periodNs, long costNs) implements Workload {
        @Override
        public String nic() {
            return null;
        }
    }
}
