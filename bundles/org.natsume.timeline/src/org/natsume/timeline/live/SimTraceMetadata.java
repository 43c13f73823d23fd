package org.natsume.timeline.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.natsume.sim.config.SimConfig.DomainSpec;
import org.natsume.sim.config.SimConfig.PciFunctionSpec;
import org.natsume.sim.config.SimConfig;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.InterruptMode;
import org.natsume.trace.TraceMetadata;

/**
 * The {@link TraceMetadata} of a simulation run (domain.md §2, §6.3): names of PCPUs, domains, GSIs and devices in the
 * numbering the simulation writes into trace events. The sim does not publish its metadata yet, so this class mirrors
 * {@code org.natsume.sim.scenario.Simulation}'s numbering: domains by config order (domid = index), devices = PCI
 * functions in config order followed by one "guest/vif" per paravirtual vif, MSI functions get GSIs 48, 49, ... in
 * function order. A vif's owner is its guest; a physical function's owner is the domain running its driver, which
 * is what makes a notification to any other domain spurious. Property {@value #RT_VM} names the RT-VM's domid.
 */
public final class SimTraceMetadata {

    /** Property key: domid of the first RT_VM domain, absent when there is none. */
    public static final String RT_VM = "rtvm";
    /** First GSI the simulation gives to MSI functions. */
    static final int FIRST_MSI_GSI = 48;

    private SimTraceMetadata() {
    }

    public static TraceMetadata of(SimConfig cfg, long seed, long durationNs) {
        TraceMetadata.Builder b = TraceMetadata.builder().scenarioId(cfg.name()).seed(seed).durationNs(durationNs);
        for (SimConfig.Cpu c : cfg.cpus()) {
            b.cpu("PCPU " + c.id());
        }
        List<String> domains = new ArrayList<>();
        for (DomainSpec d : cfg.domains()) {
            domains.add(d.name());
            b.domain(d.kind() == DomainKind.RT_VM ? d.name() + " (RT-VM)" : d.name());
        }
        Map<Integer, List<String>> gsiUsers = new TreeMap<>();
        int msi = FIRST_MSI_GSI;
        for (PciFunctionSpec f : cfg.functions()) {
            b.device(f.name(), f.bdf() == null ? "" : f.bdf().toString(), domains.indexOf(f.owner()));
            int gsi = f.mode() == InterruptMode.MSI ? msi++ : f.gsi();
            gsiUsers.computeIfAbsent(gsi, k -> new ArrayList<>()).add(f.name());
        }
        for (PciFunctionSpec f : cfg.functions()) {
            if (f.attachment() == AttachmentMode.PARAVIRTUAL_VIF) {
                b.device(f.vifGuest() + "/vif", "", domains.indexOf(f.vifGuest()));
            }
        }
        for (Map.Entry<Integer, List<String>> e : gsiUsers.entrySet()) {
            String kind = e.getKey() >= FIRST_MSI_GSI ? "MSI " : "GSI ";
            b.gsi(e.getKey(), kind + e.getKey() + " (" + String.join(", ", e.getValue()) + ")");
        }
        for (int d = 0; d < cfg.domains().size(); d++) {
            if (cfg.domains().get(d).kind() == DomainKind.RT_VM) {
                b.property(RT_VM, Integer.toString(d));
                break;
            }
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("source", "Natsume Workbench live simulation");
        props.forEach(b::property);
        return b.build();
    }

    /** The RT-VM's domid named by the metadata, or -1. */
    public static int rtVm(TraceMetadata m) {
        String v = m.properties().get(RT_VM);
        if (v != null) {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        for (int d = 0; d < m.domainNames().size(); d++) {
            if (m.domainNames().get(d).contains("RT-VM")) {
                return d;
            }
        }
        return -1;
    }
}
