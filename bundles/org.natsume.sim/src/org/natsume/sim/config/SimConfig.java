package org.natsume.sim.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.natsume.model.bdf.Bdf;
import org.natsume.model.kernel.DriverParameters;
import org.natsume.topology.Timing;
import org.natsume.topology.Topology.AckMethod;
import org.natsume.topology.Topology.AttachmentInfo;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.CpuInfo;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.HypervisorInfo;
import org.natsume.topology.Topology.InterruptLineInfo;
import org.natsume.topology.Topology.InterruptMode;
import org.natsume.topology.Topology.IoApicInfo;
import org.natsume.topology.Topology.IoapicTargetPolicy;
import org.natsume.topology.Topology.PciFunctionInfo;
import org.natsume.topology.Topology.PeriodicTask;
import org.natsume.topology.Topology.Workload;
import org.natsume.topology.Topology;

/**
 * What the simulator runs: the simulator's view of a resolved {@link Topology} (domain.md §2), built by
 * {@link #of}: the enabled CPUs numbered 0..n-1, the IO-APICs as one flat GSI space, the PCI functions that can
 * interrupt with the domain that drives each (resolved once in the topology), the domains with every VCPU and
 * its hard affinity, Xen's settings and the workloads. Tests may also build one directly.
 *
 * @param xen null for a native machine (case 1: Linux directly on the hardware)
 */
public record SimConfig(String name, List<Cpu> cpus, IoApicSpec ioApic, List<PciFunctionSpec> functions,
        List<DomainSpec> domains, XenSpec xen, List<Workload> workloads, Timing timing) {

    public SimConfig {
        cpus = List.copyOf(cpus);
        functions = List.copyOf(functions);
        domains = List.copyOf(domains);
        workloads = List.copyOf(workloads);
        for (Workload w : workloads) {
            if (w instanceof PeriodicTask p && (p.periodNs() <= 0 || p.costNs() < 0 || p.costNs() >= p.periodNs())) {
                throw new IllegalArgumentException("periodic task in '" + p.guest() + "': need 0 <= cost < period, got cost "
                        + p.costNs() + " ns, period " + p.periodNs() + " ns");
            }
        }
    }

    /**
     * A CPU: {@code id} is its index among the enabled CPUs; {@code core} names its physical core, so that two
     * hyper-thread siblings share one (csched_cpu_pick prefers idle cores). The topology does not say which CPUs are
     * siblings, so a CPU read from it is its own core.
     */
    public record Cpu(int id, int apicId, int core) {
        public Cpu(int id, int apicId) {
            this(id, apicId, id);
        }
    }

    public record IoApicSpec(int id, int gsiBase, int pins) {
    }

    /**
     * A PCI function the simulator models. {@code owner} is the domain running its driver; for PARAVIRTUAL_VIF the
     * owner is the backend (Dom0) and {@code vifGuest} the guest whose vif is bridged to it. {@code gsi} is the GSI
     * of its line (-1 for an MSI function on none). {@code attachment} is NATIVE when the owner drives it without
     * an attachment of its own (Dom0, the bare-metal OS). {@code driverParameters} are the NIC driver's parameters
     * resolved from the owner's kernel profile (null for a hand-written spec: NAPI, no interrupt delays);
     * {@code itrMode} is the ITR in effect (the same as {@code driverParameters.itrMode()} when those are given).
     */
    public record PciFunctionSpec(String name, Bdf bdf, String driver, int gsi, InterruptMode mode,
            String owner, AttachmentMode attachment, String vifGuest, int itrMode, DriverParameters driverParameters) {

        /** A hand-written function: NAPI driver, no interrupt delays, the given ITR. */
        public PciFunctionSpec(String name, Bdf bdf, String driver, int gsi, InterruptMode mode, String owner,
                AttachmentMode attachment, String vifGuest, int itrMode) {
            this(name, bdf, driver, gsi, mode, owner, attachment, vifGuest, itrMode, null);
        }

        /** True unless the driver is built without NAPI (it then cleans the RX ring in its interrupt handler). */
        public boolean napi() {
            return driverParameters == null || driverParameters.napi();
        }
    }

    /**
     * A domain with all its VCPUs; {@code vcpuAffinity.get(i)} is the hard affinity of VCPU i: the PCPUs it may run
     * on, empty for any enabled PCPU (Xen's default, e.g. Dom0 without dom0_vcpus_pin). {@code memoryMiB} is its RAM
     * (the guest kernel's tcp_init sizes the TCP buffers from it).
     */
    public record DomainSpec(String name, DomainKind kind, List<List<Integer>> vcpuAffinity, int weight, long memoryMiB) {
        /** The paper's guests have 512 MiB (domain.md §6.1). */
        public static final long DEFAULT_MEMORY_MIB = 512;

        public DomainSpec {
            vcpuAffinity = vcpuAffinity.stream().map(List::copyOf).toList();
        }

        /** One VCPU per entry, each hard-pinned to that PCPU. */
        public static DomainSpec pinned(String name, DomainKind kind, List<Integer> pins, int weight) {
            return new DomainSpec(name, kind, pins.stream().map(List::of).toList(), weight, DEFAULT_MEMORY_MIB);
        }

        /** n VCPUs that may run on any PCPU. */
        public static DomainSpec unpinned(String name, DomainKind kind, int n, int weight) {
            return new DomainSpec(name, kind, java.util.Collections.nCopies(n, List.<Integer>of()), weight,
                    DEFAULT_MEMORY_MIB);
        }

    }

    /** @param routing the id of a contributed routing policy ({@link org.natsume.sim.xen.RoutingPolicies}). */
    public record XenSpec(String routing, IoapicTargetPolicy targetPolicy, AckMethod ackMethod, long irqRatelimit) {
    }

    /**
     * The simulator's view of a resolved topology. Errors name the element and the fix: the simulator needs an
     * enabled CPU, an IO-APIC, a hard affinity naming an enabled CPU (or none), a driver domain, non-negative GSIs and attachments it models.
     */
    public static SimConfig of(Topology t, String name) {
        List<Cpu> cpus = new ArrayList<>();
        Map<Integer, Integer> cpuIndex = new HashMap<>();
        for (CpuInfo c : t.machine().cpus()) {
            if (c.enabled()) {
                cpuIndex.putIfAbsent(c.id(), cpus.size());
                cpus.add(new Cpu(cpus.size(), c.apicId()));
            }
        }
        if (cpus.isEmpty()) {
            throw new IllegalArgumentException("machine of '" + name + "' has no enabled CPU");
        }
        List<IoApicInfo> apics = t.machine().ioApics();
        if (apics.isEmpty()) {
            throw new IllegalArgumentException("machine of '" + name + "' has no IO-APIC");
        }
        int maxGsi = 0;
        for (IoApicInfo a : apics) {
            maxGsi = Math.max(maxGsi, a.gsiBase() + a.pinCount());
        }
        // the simulator models the IO-APICs as one flat GSI space (each pin keeps its own RTE)
        IoApicSpec ioSpec = new IoApicSpec(apics.get(0).id(), 0, maxGsi);

        boolean nativeMachine = t.hypervisor().isEmpty()
                || t.domains().stream().allMatch(d -> d.kind() == DomainKind.NATIVE);
        List<DomainSpec> doms = new ArrayList<>();
        for (DomainInfo d : t.domains()) {
            List<List<Integer>> affinity = new ArrayList<>();
            for (var v : d.vcpus()) {
                // an empty hard affinity is Xen's default: any online PCPU; a non-empty one keeps its enabled CPUs
                List<Integer> cpusOf = new ArrayList<>();
                for (int c : v.hardAffinity()) {
                    Integer idx = cpuIndex.get(c);
                    if (idx != null) {
                        cpusOf.add(idx);
                    }
                }
                if (!v.hardAffinity().isEmpty() && cpusOf.isEmpty()) {
                    throw new IllegalArgumentException("domain '" + d.id() + "' VCPU " + v.id()
                            + ": not pinned to an enabled CPU: its hard affinity names only disabled CPUs (enable one, or"
                            + " clear the affinity to let it run anywhere)");
                }
                affinity.add(cpusOf);
            }
            if (affinity.isEmpty()) {
                throw new IllegalArgumentException("domain '" + d.id() + "' has no VCPU");
            }
            doms.add(new DomainSpec(d.id(), d.kind(), affinity, d.weight() <= 0 ? 256 : d.weight(),
                    d.memoryMiB() > 0 ? d.memoryMiB() : DomainSpec.DEFAULT_MEMORY_MIB));
        }
        boolean hasDriverDomain = t.domains().stream()
                .anyMatch(d -> d.kind() == (nativeMachine ? DomainKind.NATIVE : DomainKind.DOM0));
        if (!hasDriverDomain) {
            throw new IllegalArgumentException("topology '" + name + "' needs a Dom0 (or a NATIVE domain without hypervisor)");
        }

        // the guest whose vif is bridged to each function, and the functions some domain attaches
        Map<String, String> vifGuest = new HashMap<>();
        Map<String, AttachmentMode> attached = new HashMap<>();
        for (DomainInfo d : t.domains()) {
            for (AttachmentInfo a : d.attachments()) {
                if (a.function().isEmpty()) {
                    continue;
                }
                String f = a.function().get();
                if (a.mode() == AttachmentMode.EMULATED) {
                    throw new IllegalArgumentException("function '" + f + "' (" + a.bdf().map(Bdf::toString).orElse("?")
                            + "): attachment mode EMULATED is not simulated");
                }
                attached.put(f, a.mode());
                if (a.mode() == AttachmentMode.PARAVIRTUAL_VIF) {
                    vifGuest.put(f, d.id());
                }
            }
        }
        // functions on an interrupt line, in line and sharer order, then the attached ones on none
        Map<String, PciFunctionSpec> fns = new LinkedHashMap<>();
        for (InterruptLineInfo line : t.machine().lines()) {
            if (line.gsi() < 0) {
                // -1 means "no line" below; a negative GSI in the file must not silently drop its devices
                throw new IllegalArgumentException("interrupt line '" + line.id() + "' has a negative GSI "
                        + line.gsi() + " (GSIs number the IO-APIC inputs from 0)");
            }
            for (String id : line.sharerIds()) {
                t.machine().function(id).ifPresent(f -> add(fns, f, line.gsi(), attached, vifGuest));
            }
        }
        for (PciFunctionInfo f : t.machine().functions()) {
            if (attached.containsKey(f.id()) && !fns.containsKey(f.id())) {
                add(fns, f, f.gsi().orElse(-1), attached, vifGuest);
            }
        }

        XenSpec xen = null;
        if (!nativeMachine) {
            HypervisorInfo hv = t.hypervisor().get();
            xen = new XenSpec(hv.routingPolicy(), hv.ioapicTargetPolicy(), hv.ackMethod(), hv.irqRatelimit());
        }
        for (Workload w : t.workloads()) {
            if (w.guest() == null) {
                throw new IllegalArgumentException("workload '" + w.id() + "' has no domain");
            }
            if (!(w instanceof PeriodicTask) && w.nic() == null) {
                throw new IllegalArgumentException("workload '" + w.id() + "': no network link from its external host to a NIC");
            }
        }
        return new SimConfig(name, cpus, ioSpec, new ArrayList<>(fns.values()), doms, xen, t.workloads(), t.timing());
    }

    private static void add(Map<String, PciFunctionSpec> fns, PciFunctionInfo f, int gsi,
            Map<String, AttachmentMode> attached, Map<String, String> vifGuest) {
        if (fns.containsKey(f.id())) {
            return;
        }
        if (f.interruptMode() == InterruptMode.INTX && gsi < 0) {
            return; // no interrupt line routed: the function cannot interrupt, nothing to simulate
        }
        if (f.driverParameters().isPresent() && !f.driverParameters().get().napi()) {
            // e1000 built without NAPI cleans its RX ring inside the interrupt handler; the simulator's driver polls
            throw new IllegalArgumentException("PCI function '" + f.id() + "' (" + f.bdf() + "): its driver "
                    + f.driverParameters().get().driver() + " " + f.driverParameters().get().version() + " under "
                    + f.driverParameters().get().kernel() + " is built without NAPI, which the simulator does not model");
        }
        String owner = f.owner().orElseThrow(() -> new IllegalArgumentException("PCI function '" + f.id() + "' ("
                + f.bdf() + "): no domain drives it"));
        AttachmentMode mode = attached.getOrDefault(f.id(), AttachmentMode.NATIVE);
        // an MSI-X function has its own vector like an MSI one: the simulator models both as MSI
        InterruptMode im = f.interruptMode().ownVector() ? InterruptMode.MSI : InterruptMode.INTX;
        fns.put(f.id(), new PciFunctionSpec(f.id(), f.bdf(), f.driver(), gsi, im, owner, mode, vifGuest.get(f.id()),
                f.itrMode().orElse(0), f.driverParameters().orElse(null)));
    }

    public DomainSpec domain(String name) {
        for (DomainSpec d : domains) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("config '" + this.name + "': no domain named '" + name + "'");
    }

    public PciFunctionSpec function(String name) {
        for (PciFunctionSpec f : functions) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("config '" + this.name + "': no PCI function named '" + name + "'");
    }
}
