package org.natsume.sim.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.ExternalHost;
import org.natsume.model.Hypervisor;
import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NetperfTcpStream;
import org.natsume.model.NetworkLink;
import org.natsume.model.Nic;
import org.natsume.model.PciFunction;
import org.natsume.model.RateMode;
import org.natsume.model.SimulationSettings;
import org.natsume.model.TimingValue;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.Workload;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.config.Bdf;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.config.SimConfig.AckMethod;
import org.natsume.sim.config.SimConfig.Attachment;
import org.natsume.sim.config.SimConfig.Cpu;
import org.natsume.sim.config.SimConfig.Direction;
import org.natsume.sim.config.SimConfig.DomainKind;
import org.natsume.sim.config.SimConfig.DomainSpec;
import org.natsume.sim.config.SimConfig.InterruptMode;
import org.natsume.sim.config.SimConfig.IoApicSpec;
import org.natsume.sim.config.SimConfig.PciFunctionSpec;
import org.natsume.sim.config.SimConfig.Routing;
import org.natsume.sim.config.SimConfig.TargetPolicy;
import org.natsume.sim.config.SimConfig.TcpStream;
import org.natsume.sim.config.SimConfig.UdpFlood;
import org.natsume.sim.config.SimConfig.WorkloadSpec;
import org.natsume.sim.config.SimConfig.XenSpec;
import org.natsume.sim.config.Timing;
import org.natsume.sim.config.TimingParam;

/**
 * Builds a {@link SimConfig} from an org.natsume.model {@link Topology} (domain.md §2). The only package of the
 * simulation that knows the EMF model. Functions attached to no domain are driven by Dom0 (or the native OS), so
 * an idle USB controller on a shared GSI still binds that GSI as in real Xen. Errors name the element and the fix.
 */
public final class ModelAdapter {
    private ModelAdapter() {
    }

    private static String id(org.natsume.model.Identified e) {
        return e.getId();
    }

    public static SimConfig toSimConfig(Topology t, String name) {
        Machine m = t.getMachine();
        if (m == null) {
            throw new IllegalArgumentException("topology '" + name + "' has no machine");
        }
        // CPUs: enabled logical CPUs, numbered 0..n-1 in model order
        List<Cpu> cpus = new ArrayList<>();
        Map<LogicalCpu, Integer> cpuIndex = new HashMap<>();
        for (LogicalCpu c : m.getCpus()) {
            if (c.isEnabled()) {
                cpuIndex.put(c, cpus.size());
                cpus.add(new Cpu(cpus.size(), c.getApicId()));
            }
        }
        if (cpus.isEmpty()) {
            throw new IllegalArgumentException("machine of '" + name + "' has no enabled CPU");
        }
        if (m.getIoApics().isEmpty()) {
            throw new IllegalArgumentException("machine of '" + name + "' has no IO-APIC");
        }
        IoApic io = m.getIoApics().get(0);
        int maxGsi = io.getGsiBase() + io.getPinCount();
        for (IoApic other : m.getIoApics()) {
            maxGsi = Math.max(maxGsi, other.getGsiBase() + other.getPinCount());
        }
        // the simulator models the IO-APICs as one flat GSI space (each pin keeps its own RTE)
        IoApicSpec ioSpec = new IoApicSpec(io.getIoApicId(), 0, maxGsi);

        Hypervisor hv = t.getHypervisor();
        boolean nativeMachine = hv == null || t.getDomains().stream()
                .allMatch(d -> d.getKind() == org.natsume.model.DomainKind.NATIVE);

        // domains
        List<DomainSpec> doms = new ArrayList<>();
        String dom0 = null;
        String nativeOs = null;
        for (Domain d : t.getDomains()) {
            DomainKind kind = switch (d.getKind()) {
                case DOM0 -> DomainKind.DOM0;
                case RT_VM -> DomainKind.RT_VM;
                case NATIVE -> DomainKind.NATIVE;
                default -> DomainKind.DOMU;
            };
            List<Integer> pins = new ArrayList<>();
            for (Vcpu v : d.getVcpus()) {
                Integer pin = v.getHardAffinity().isEmpty() ? null : cpuIndex.get(v.getHardAffinity().get(0));
                if (pin == null) {
                    throw new IllegalArgumentException("domain '" + id(d) + "' VCPU " + v.getVcpuId()
                            + ": not pinned to an enabled CPU (set its hard affinity)");
                }
                pins.add(pin);
            }
            if (pins.isEmpty()) {
                throw new IllegalArgumentException("domain '" + id(d) + "' has no VCPU");
            }
            doms.add(new DomainSpec(id(d), kind, pins, d.getWeight() <= 0 ? 256 : d.getWeight()));
            if (kind == DomainKind.DOM0) {
                dom0 = id(d);
            }
            if (kind == DomainKind.NATIVE) {
                nativeOs = id(d);
            }
        }
        String defaultOwner = nativeMachine ? nativeOs : dom0;
        if (defaultOwner == null) {
            throw new IllegalArgumentException("topology '" + name + "' needs a Dom0 (or a NATIVE domain without hypervisor)");
        }

        // who drives each function
        Map<PciFunction, PciFunctionSpec> fns = new LinkedHashMap<>();
        Map<PciFunction, String[]> owner = new HashMap<>();
        for (Domain d : t.getDomains()) {
            for (DeviceAttachment a : d.getAttachments()) {
                PciFunction f = a.getFunction();
                if (f == null) {
                    continue;
                }
                switch (a.getMode()) {
                    case PARAVIRTUAL_VIF -> owner.put(f, new String[] {a.getBackendDomain() == null ? dom0 : id(a.getBackendDomain()),
                        Attachment.PARAVIRTUAL_VIF.name(), id(d)});
                    case PASSTHROUGH -> owner.put(f, new String[] {id(d), Attachment.PASSTHROUGH.name(), null});
                    case NATIVE -> owner.put(f, new String[] {id(d), Attachment.NATIVE.name(), null});
                    default -> throw new IllegalArgumentException("function '" + id(f) + "' (" + f.getBdf()
                            + "): attachment mode " + a.getMode() + " is not simulated");
                }
            }
        }
        for (InterruptLine line : m.getInterruptLines()) {
            if (line.getGsi() < 0) {
                // -1 means "no line" below; a negative GSI in the file must not silently drop its devices
                throw new IllegalArgumentException("interrupt line '" + id(line) + "' has a negative GSI "
                        + line.getGsi() + " (GSIs number the IO-APIC inputs from 0)");
            }
            for (PciFunction f : line.getSharers()) {
                addFunction(fns, owner, f, line.getGsi(), defaultOwner, nativeMachine);
            }
        }
        for (PciFunction f : owner.keySet()) {
            if (!fns.containsKey(f)) {
                addFunction(fns, owner, f, f.getLine() == null ? -1 : f.getLine().getGsi(), defaultOwner, nativeMachine);
            }
        }

        // workloads: the NIC is the one linked to the workload's external host
        List<WorkloadSpec> wls = new ArrayList<>();
        for (Workload w : t.getWorkloads()) {
            if (!w.isEnabled()) {
                continue;
            }
            if (w.getDomain() == null) {
                throw new IllegalArgumentException("workload '" + id(w) + "' has no domain");
            }
            if (w instanceof NetperfTcpStream n) {
                Nic nic = nicFor(t, n.getPeer(), w);
                wls.add(new TcpStream(n.getDirection() == org.natsume.model.Direction.SEND ? Direction.SEND : Direction.RECEIVE,
                        id(w.getDomain()), id(nic)));
            } else if (w instanceof org.natsume.model.PeriodicRtTask p) {
                wls.add(new SimConfig.PeriodicTask(id(w.getDomain()), p.getPeriodUs() * 1000L, p.getWcetUs() * 1000L));
            } else if (w instanceof org.natsume.model.UdpFlood u) {
                Nic nic = nicFor(t, u.getSource(), w);
                wls.add(new UdpFlood(id(w.getDomain()), id(nic), u.getPacketSizeBytes(),
                        u.getRateMode() == RateMode.FIXED_PPS ? u.getPps() : 0));
            }
        }

        XenSpec xen = null;
        if (!nativeMachine) {
            xen = new XenSpec(hv.getRoutingPolicy() == org.natsume.model.RoutingPolicy.BY_BDF ? Routing.BY_BDF : Routing.BY_IRQ,
                    hv.getIoapicTargetPolicy() == org.natsume.model.IoApicTargetPolicy.PIN_TO_RTVM_CPU
                            ? TargetPolicy.PIN_TO_RTVM_CPU : TargetPolicy.XEN_DEFAULT,
                    hv.getAckMethod() == org.natsume.model.AckMethod.OLD ? AckMethod.OLD : AckMethod.NEW,
                    hv.getIrqRatelimit());
        }
        return new SimConfig(name, cpus, ioSpec, new ArrayList<>(fns.values()), doms, xen, wls, timing(t));
    }

    private static void addFunction(Map<PciFunction, PciFunctionSpec> fns, Map<PciFunction, String[]> owner,
            PciFunction f, int gsi, String defaultOwner, boolean nativeMachine) {
        if (fns.containsKey(f)) {
            return;
        }
        String[] o = owner.getOrDefault(f, new String[] {defaultOwner,
            (nativeMachine ? Attachment.NATIVE : Attachment.DOM0_DRIVER).name(), null});
        Bdf bdf;
        try {
            bdf = Bdf.parse(f.getBdf());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("function '" + id(f) + "': " + e.getMessage());
        }
        InterruptMode mode = f.getInterruptMode() == org.natsume.model.InterruptMode.INTX ? InterruptMode.INTX : InterruptMode.MSI;
        if (mode == InterruptMode.INTX && gsi < 0) {
            return; // no interrupt line routed: the function cannot interrupt, nothing to simulate
        }
        int itr = f instanceof Nic n ? n.getItrMode() : 0;
        fns.put(f, new PciFunctionSpec(id(f), bdf, f.getDriver(), gsi, mode, o[0], Attachment.valueOf(o[1]), o[2], itr));
    }

    private static Nic nicFor(Topology t, ExternalHost host, Workload w) {
        for (NetworkLink l : t.getLinks()) {
            if (l.getHost() == host && l.getNic() != null) {
                return l.getNic();
            }
        }
        throw new IllegalArgumentException("workload '" + id(w) + "': no network link from its external host to a NIC");
    }

    /** Timing values of the model's SimulationSettings (in the model's units) converted to the simulator's ns. */
    private static Timing timing(Topology t) {
        Timing timing = Timing.defaults();
        SimulationSettings s = t.getSettings();
        if (s == null) {
            return timing;
        }
        for (TimingValue v : s.getTimings()) {
            TimingParam p;
            try {
                p = TimingParam.bySymbol(v.getSymbol());
            } catch (IllegalArgumentException e) {
                if (TimingParameter.bySymbol(v.getSymbol()).isPresent()) {
                    continue; // a model parameter the simulator does not use (e.g. t_vmexit_rt, f_cpu)
                }
                throw new IllegalArgumentException("simulation settings: '" + v.getSymbol() + "' is not a timing "
                        + "parameter of the model or the simulator (docs/model.md, docs/simulation.md)");
            }
            // the simulator's own time parameters are written in µs in a model, like the per-event costs of §5.4
            String unit = TimingParameter.bySymbol(v.getSymbol()).map(TimingParameter::unit)
                    .orElse(p.unit.equals("ns") ? "µs" : p.unit);
            double scale = switch (unit) {
                case "µs", "us" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                default -> 1;
            };
            if (!p.unit.equals("ns")) {
                scale = 1;
            }
            timing = timing.with(p, Math.round(v.getValue() * scale));
        }
        return timing;
    }
}
