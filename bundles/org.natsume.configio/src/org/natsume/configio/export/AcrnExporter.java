package org.natsume.configio.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.natsume.configio.internal.FileNames;
import org.natsume.configio.internal.Header;
import org.natsume.configio.internal.Partitions;
import org.natsume.configio.internal.PciClassNames;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.configio.internal.Unquotable;
import org.natsume.configio.topology.PciAddress;
import org.natsume.configio.topology.Topology;
import org.natsume.configio.topology.Topology.DomainInfo;
import org.natsume.configio.topology.Topology.DomainKind;
import org.natsume.configio.topology.Topology.PciFunctionInfo;

// domain.md §7.7
/**
 * ACRN scenario XML, one {@code <vm>} fragment per domain, for the ACRN v3.0 schema ({@code load_order} +
 * {@code vm_type}, {@code cpu_affinity/pcpu/pcpu_id}); paste them into the board's scenario.xml and run the
 * ACRN configurator. The RT_VM becomes a pre-launched RTVM with LAPIC pass-through, Dom0 the Service VM, other
 * guests post-launched standard VMs. ACRN partitions statically: a GSI shared across VMs and CPUs shared between
 * pre-launched VMs are refused.
 */
public final class AcrnExporter implements ConfigExporter {

    public static final String SCHEMA = "ACRN v3.0 scenario schema (misc/config_tools/schema/config.xsd at tag v3.0)";
    // v3.0 element names: load_order, vm_type, name, lapic_passthrough, cpu_affinity/pcpu/pcpu_id, memory/size (MiB),
    // pci_devs/pci_dev. Later releases moved pre-launched memory into memory/hpa_region.
    /** ACRN's VM name type: 1-15 of [A-Za-z0-9_-]. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,15}");

    @Override
    public String id() {
        return "acrn";
    }

    @Override
    public String description() {
        return "ACRN v3.0 scenario <vm> fragment per domain";
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        Refusals r = new Refusals(id());
        Partitions.crossPartitionSharedGsis(t, "VM").forEach(r::add);
        List<DomainInfo> pre = t.domains().stream().filter(d -> d.kind() == DomainKind.RT_VM).toList();
        Partitions.overlappingCpus(pre, "pre-launched VM").forEach(r::add);
        if (t.hypervisor().isEmpty()) r.add("the model has no hypervisor (native topology); there is nothing to partition");
        else if (t.dom0().isEmpty()) r.add("the model has no DOM0 to become the ACRN Service VM");
        for (DomainInfo d : t.domains()) {
            String dn = "domain '" + Quoting.comment(d.name()) + "'";
            if (!NAME.matcher(d.name()).matches()) r.add(dn + ": an ACRN VM name is 1-15 characters of [A-Za-z0-9_-]");
            if (d.kind() == DomainKind.RT_VM && d.pinnedCpus().isEmpty()) r.add(dn + ": a pre-launched RTVM needs pinned PCPUs");
            for (PciAddress b : d.passthroughBdfs()) {
                if (b.segment() != 0) r.add(dn + ": " + b + " is on PCI segment " + b.segment() + "; ACRN pci_dev entries address segment 0 only");
            }
        }
        r.throwIfAny();
        List<DomainInfo> ordered = new ArrayList<>(t.domains());
        ordered.sort(Comparator.comparingInt(AcrnExporter::loadRank).thenComparingInt(DomainInfo::id));
        List<GeneratedFile> files = new ArrayList<>();
        FileNames names = new FileNames();
        int vmId = 0;
        for (DomainInfo d : ordered) {
            try {
                files.add(GeneratedFile.text("acrn/" + names.unique(d.name(), d.id(), ".xml"), vm(t, d, vmId++)));
            } catch (Unquotable e) {
                r.add("domain '" + Quoting.comment(d.name()) + "': " + e.getMessage());
            }
        }
        r.throwIfAny();
        return files;
    }

    private static int loadRank(DomainInfo d) {
        return switch (d.kind()) {
            case RT_VM -> 0;
            case DOM0, NATIVE -> 1;
            case DOMU -> 2;
        };
    }

    private String vm(Topology t, DomainInfo d, int vmId) throws Unquotable {
        StringBuilder x = new StringBuilder();
        x.append("<!--\n").append(Header.lines("  ", t, SCHEMA));
        x.append("  Model domain ").append(d.id()).append(" (").append(d.kind()).append("). Paste inside <acrn-config> of scenario.xml.\n-->\n");
        x.append("<vm id=\"").append(vmId).append("\">\n");
        String loadOrder = switch (d.kind()) {
            case RT_VM -> "PRE_LAUNCHED_VM";
            case DOM0, NATIVE -> "SERVICE_VM";
            case DOMU -> "POST_LAUNCHED_VM";
        };
        x.append("  <load_order>").append(loadOrder).append("</load_order>\n");
        x.append("  <vm_type>").append(d.kind() == DomainKind.RT_VM ? "RTVM" : "STANDARD_VM").append("</vm_type>\n");
        x.append("  <name>").append(Quoting.xml(d.name())).append("</name>\n");
        if (d.kind() == DomainKind.RT_VM) x.append("  <lapic_passthrough>y</lapic_passthrough>\n");
        if (!d.pinnedCpus().isEmpty() && d.kind() != DomainKind.DOM0) {
            x.append("  <cpu_affinity>\n");
            for (int c : d.pinnedCpus()) x.append("    <pcpu>\n      <pcpu_id>").append(c).append("</pcpu_id>\n    </pcpu>\n");
            x.append("  </cpu_affinity>\n");
        }
        if (d.kind() != DomainKind.DOM0 && d.memoryMiB() > 0) {
            x.append("  <memory>\n    <size>").append(d.memoryMiB()).append("</size>\n  </memory>\n");
        }
        List<PciAddress> pt = d.passthroughBdfs().stream().sorted().toList();
        if (!pt.isEmpty()) {
            x.append("  <pci_devs>\n");
            for (PciAddress b : pt) {
                PciFunctionInfo f = t.machine().function(b).orElse(null);
                // the configurator matches pci_dev against the board's lspci lines: "BB:DD.F Class name: Description"
                String label = b.shortForm() + (f == null ? "" : " " + PciClassNames.of(f.classCode()) + ": " + f.description());
                x.append("    <pci_dev>").append(Quoting.xml(label)).append("</pci_dev>\n");
            }
            x.append("  </pci_devs>\n");
        }
        x.append("</vm>\n");
        return x.toString();
    }
}
