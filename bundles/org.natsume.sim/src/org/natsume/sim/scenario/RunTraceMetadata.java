package org.natsume.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.natsume.sim.config.SimConfig;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.sim.config.SimConfig.PciFunctionSpec;
import org.natsume.model.timing.TimingParameter;
import org.natsume.trace.TraceMetadata;

/**
 * The {@link TraceMetadata} a {@link Simulation} publishes into its trace sink (domain.md §2, §6.3), built from the
 * numbering the simulation itself chose while wiring the machine: the device list it gives its NICs and vifs, and the
 * GSI each function's interrupt ended up on. Viewers, {@code trace-info} and the exporters read the names from the
 * trace, so a saved trace and a live run name every lane the same way.
 *
 * <p>Names: PCPUs "PCPU n"; domains by name, the RT-VM marked "(RT-VM)"; devices by PCI function name, a vif
 * "guest/vif" owned by its guest; GSIs "GSI n (sharers)" or "MSI n (function)". Properties ({@link TraceMetadata}'s
 * {@code natsume.*} keys, docs/trace-format.md) carry the RT-VM's domid, the domain and device kinds, the warm-up, the
 * Xen routing options and every timing parameter the run used.
 */
final class RunTraceMetadata {

    private RunTraceMetadata() {
    }

    /**
     * @param deviceNames the simulation's device numbering (index = device field of trace events)
     * @param gsiOf       PCI function name → the GSI its interrupt uses
     * @param msiGsiBase  first GSI given to MSI functions
     */
    static TraceMetadata of(SimConfig cfg, long seed, List<String> deviceNames, Map<String, Integer> gsiOf, int msiGsiBase) {
        TraceMetadata.Builder b = TraceMetadata.builder().scenarioId(cfg.name()).seed(seed);
        for (SimConfig.Cpu c : cfg.cpus()) {
            b.cpu("PCPU " + c.id());
        }
        List<String> domains = new ArrayList<>();
        StringBuilder kinds = new StringBuilder();
        for (SimConfig.DomainSpec d : cfg.domains()) {
            domains.add(d.name());
            b.domain(d.kind() == DomainKind.RT_VM ? d.name() + " (RT-VM)" : d.name());
            kinds.append(kinds.isEmpty() ? "" : ",").append(d.kind().name());
        }
        PciFunctionSpec[] byDevice = new PciFunctionSpec[deviceNames.size()];
        for (PciFunctionSpec f : cfg.functions()) {
            int phys = deviceNames.indexOf(f.name());
            byDevice[phys] = f;
            if (f.attachment() == AttachmentMode.PARAVIRTUAL_VIF) {
                byDevice[deviceNames.indexOf(f.vifGuest() + "/vif")] = f;
            }
        }
        StringBuilder deviceKinds = new StringBuilder();
        for (int d = 0; d < deviceNames.size(); d++) {
            PciFunctionSpec f = byDevice[d];
            boolean vif = !deviceNames.get(d).equals(f.name());
            if (vif) {
                b.device(deviceNames.get(d), "", domains.indexOf(f.vifGuest()));
            } else {
                b.device(f.name(), f.bdf() == null ? "" : f.bdf().toString(), domains.indexOf(f.owner()));
            }
            deviceKinds.append(d == 0 ? "" : ",").append(vif ? "vif" : f.attachment().name());
        }
        Map<Integer, List<String>> sharers = new TreeMap<>();
        for (PciFunctionSpec f : cfg.functions()) {
            sharers.computeIfAbsent(gsiOf.get(f.name()), k -> new ArrayList<>()).add(f.name());
        }
        for (Map.Entry<Integer, List<String>> e : sharers.entrySet()) {
            String kind = e.getKey() >= msiGsiBase ? "MSI " : "GSI ";
            b.gsi(e.getKey(), kind + e.getKey() + " (" + String.join(", ", e.getValue()) + ")");
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put(TraceMetadata.SOURCE, "Natsume simulation");
        for (int d = 0; d < cfg.domains().size(); d++) {
            if (cfg.domains().get(d).kind() == DomainKind.RT_VM) {
                props.put(TraceMetadata.RT_VM, Integer.toString(d));
                break;
            }
        }
        props.put(TraceMetadata.DOMAIN_KINDS, kinds.toString());
        props.put(TraceMetadata.DEVICE_KINDS, deviceKinds.toString());
        if (cfg.xen() != null) {
            props.put("natsume.xen.routing", cfg.xen().routing());
            props.put("natsume.xen.target-policy", cfg.xen().targetPolicy().name());
            props.put("natsume.xen.ack", cfg.xen().ackMethod().name());
            props.put("natsume.xen.irq-ratelimit", Long.toString(cfg.xen().irqRatelimit()));
        }
        for (TimingParameter p : TimingParameter.values()) {
            props.put("natsume.timing." + p.symbol(), cfg.timing().get(p) + " " + p.baseUnit());
        }
        props.forEach(b::property);
        return b.build();
    }

    /** The same metadata once the run's span is known. */
    static TraceMetadata withRun(TraceMetadata m, long warmupNs, long durationNs) {
        return m.toBuilder().durationNs(warmupNs + durationNs).property(TraceMetadata.WARMUP_NS, Long.toString(warmupNs))
                .build();
    }
}
