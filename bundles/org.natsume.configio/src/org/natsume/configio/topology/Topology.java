package org.natsume.configio.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable, export-oriented snapshot of one topology model (domain.md §2): the machine's CPUs, IO-APICs,
 * PCI functions and interrupt lines, the hypervisor settings and the domains with their devices. Exporters read
 * only this, never the EMF objects, so each exporter is a pure function that is easy to test and cannot modify
 * the model. {@link org.natsume.configio.export.TopologyReader} builds it from an org.natsume.model Machine.
 *
 * @param hypervisor empty for a native (case 1) topology: Linux on bare metal, no Xen.
 */
public record Topology(String name, MachineInfo machine, Optional<HypervisorInfo> hypervisor, List<DomainInfo> domains) {

    public Topology {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(hypervisor, "hypervisor");
        domains = List.copyOf(domains);
    }

    public enum DomainKind { DOM0, DOMU, RT_VM, NATIVE }

    public enum GuestType { PV, HVM, PVH }

    public enum AttachmentMode { NATIVE, EMULATED, PARAVIRTUAL_VIF, PASSTHROUGH }

    public enum InterruptMode { INTX, MSI, MSIX }

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
     * A PCI function; {@code classCode} is the 24-bit class/subclass/prog-if value. {@code gsi} is empty for MSI/MSI-X-only functions and functions without an INTx pin.
     * {@code itrMode} is the NIC's InterruptThrottleRate setting ("0", "1", "3", "4" or a number), empty when not a NIC
     * or not set.
     */
    public record PciFunctionInfo(PciAddress bdf, int vendorId, int deviceId, int classCode, String description, String driver,
            Character intxPin, Optional<Integer> gsi, InterruptMode interruptMode, boolean nic, Optional<String> itrMode) {
        public PciFunctionInfo {
            Objects.requireNonNull(bdf, "bdf");
            description = description == null ? "" : description;
            driver = driver == null ? "" : driver;
            Objects.requireNonNull(gsi, "gsi");
            interruptMode = interruptMode == null ? InterruptMode.INTX : interruptMode;
            Objects.requireNonNull(itrMode, "itrMode");
        }

        /** True when the function raises its interrupts through an IO-APIC pin (INTx), i.e. can share a GSI. */
        public boolean usesIoApicPin() {
            return interruptMode == InterruptMode.INTX && gsi.isPresent();
        }
    }

    public record InterruptLineInfo(int gsi, Trigger trigger, Polarity polarity, List<PciAddress> sharers) {
        public InterruptLineInfo {
            sharers = List.copyOf(sharers);
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

        public Optional<PciFunctionInfo> function(PciAddress bdf) {
            return functions.stream().filter(f -> f.bdf().equals(bdf)).findFirst();
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

    public enum RoutingPolicy { BY_IRQ, BY_BDF }

    public enum IoapicTargetPolicy { XEN_DEFAULT, PIN_TO_RTVM_CPU }

    public enum AckMethod { NEW, OLD }

    /**
     * @param xenVersion e.g. "3.4.1"; decides which boot options exist (§7.1).
     * @param irqRatelimit 0 = not set.
     */
    public record HypervisorInfo(String xenVersion, Scheduler scheduler, RoutingPolicy routingPolicy,
            IoapicTargetPolicy ioapicTargetPolicy, AckMethod ackMethod, int irqRatelimit) {
        public HypervisorInfo {
            xenVersion = xenVersion == null || xenVersion.isBlank() ? "3.4.1" : xenVersion;
            scheduler = scheduler == null ? Scheduler.CREDIT : scheduler;
            routingPolicy = routingPolicy == null ? RoutingPolicy.BY_IRQ : routingPolicy;
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

    public record VcpuInfo(int id, SortedSet<Integer> hardAffinity) {
        public VcpuInfo {
            hardAffinity = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(hardAffinity));
        }
    }

    /**
     * A device given to a domain (domain.md §2.3). For PARAVIRTUAL_VIF, {@code bdf} is the physical NIC in the
     * backend domain that the bridge is attached to (may be empty), {@code mac}/{@code bridge} the vif settings and
     * {@code backendDomain} the domain running netback (Dom0 unless a driver domain).
     */
    public record AttachmentInfo(AttachmentMode mode, Optional<PciAddress> bdf, Optional<String> mac,
            Optional<String> bridge, Optional<String> backendDomain) {
        public AttachmentInfo {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(bdf, "bdf");
            Objects.requireNonNull(mac, "mac");
            Objects.requireNonNull(bridge, "bridge");
            Objects.requireNonNull(backendDomain, "backendDomain");
        }

        public static AttachmentInfo passthrough(PciAddress bdf) {
            return new AttachmentInfo(AttachmentMode.PASSTHROUGH, Optional.of(bdf), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    /**
     * A Xen domain, or for a native topology the bare-metal OS (kind NATIVE).
     *
     * @param cpupool explicit cpupool name from the model, empty when the model does not ask for one.
     */
    public record DomainInfo(int id, String name, DomainKind kind, GuestType guestType, long memoryMiB, int weight,
            int cap, List<VcpuInfo> vcpus, List<AttachmentInfo> attachments, Optional<String> kernel,
            Optional<String> ramdisk, Optional<String> extra, Optional<String> cpupool) {
        public DomainInfo {
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

        public List<PciAddress> passthroughBdfs() {
            List<PciAddress> out = new ArrayList<>();
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

    /**
     * The domain that binds a PCI function's physical interrupt: the domain with a PASSTHROUGH or NATIVE attachment
     * of it, otherwise the driver domain ({@link #host()}), which runs the real driver behind vifs and emulated
     * devices (domain.md §2.3; same rule as org.natsume.model.analysis.Ownership).
     */
    public Optional<DomainInfo> ownerOf(PciAddress bdf) {
        for (DomainInfo d : domains) {
            for (AttachmentInfo a : d.attachments()) {
                if ((a.mode() == AttachmentMode.PASSTHROUGH || a.mode() == AttachmentMode.NATIVE)
                        && a.bdf().isPresent() && a.bdf().get().equals(bdf)) {
                    return Optional.of(d);
                }
            }
        }
        return host();
    }
}
