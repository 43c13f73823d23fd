package org.natsume.configio.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.natsume.configio.internal.Partitions;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.configio.internal.UniqueNames;
import org.natsume.configio.internal.Unquotable;
import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.DomainKind;

// domain.md §7.7
/**
 * ACRN {@code acrn/scenario.xml} for the ACRN v3.0 schema ({@link AcrnScenario} writes it): the RT_VM becomes a
 * pre-launched RTVM with LAPIC pass-through (a post-launched RTVM when it has vifs: only the Service VM's device model
 * provides virtio NICs), Dom0 the Service VM, other guests post-launched standard VMs whose vifs become virtio NICs. ACRN partitions statically: a GSI shared across VMs and CPUs shared between pre-launched VMs are
 * refused, and so is what the schema or ACRN's capacities cannot express.
 */
public final class AcrnExporter implements ConfigExporter {

    public static final String SCHEMA = "ACRN v3.0 scenario schema (misc/config_tools/schema/config.xsd at tag v3.0)";
    /** ACRN's VM name type: 1-15 of [A-Za-z0-9_-]. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,15}");

    @Override
    public String id() {
        return "acrn";
    }

    @Override
    public String description() {
        return "ACRN v3.0 scenario.xml (hypervisor options and one VM per domain)";
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        Refusals r = new Refusals(id());
        Partitions.crossPartitionSharedGsis(t, "VM").forEach(r::add);
        List<DomainInfo> pre = t.domains().stream().filter(AcrnExporter::preLaunched).toList();
        Partitions.overlappingCpus(pre, "pre-launched VM").forEach(r::add);
        UniqueNames.duplicates(t.domains(), "ACRN VM").forEach(r::add);
        if (t.hypervisor().isEmpty()) r.add("the model has no hypervisor (native topology); there is nothing to partition");
        else if (t.dom0().isEmpty()) r.add("the model has no DOM0 to become the ACRN Service VM");
        if (t.machine().ioApics().size() > AcrnScenario.MAX_IOAPICS) {
            r.add("the machine has " + t.machine().ioApics().size() + " IO-APICs; ACRN v3.0 supports at most " + AcrnScenario.MAX_IOAPICS);
        }
        if (t.machine().functions().size() > AcrnScenario.MAX_PCI_DEVS) {
            r.add("the machine has " + t.machine().functions().size() + " PCI functions; ACRN v3.0 supports at most " + AcrnScenario.MAX_PCI_DEVS);
        }
        for (DomainInfo d : t.domains()) {
            String dn = "domain '" + Quoting.comment(d.name()) + "'";
            if (!NAME.matcher(d.name()).matches()) r.add(dn + ": an ACRN VM name is 1-15 characters of [A-Za-z0-9_-]");
            if (d.kind() == DomainKind.RT_VM && d.pinnedCpus().isEmpty()) r.add(dn + ": an RTVM needs pinned PCPUs");
            if ((d.kind() == DomainKind.DOM0 || d.kind() == DomainKind.NATIVE) && !d.vifs().isEmpty()) {
                r.add(dn + ": the Service VM gets no virtio NICs; give it the physical NIC instead of the vif");
            }
            for (Bdf b : d.passthroughBdfs()) {
                if (b.segment() != 0) r.add(dn + ": " + b + " is on PCI segment " + b.segment() + "; ACRN pci_dev entries address segment 0 only");
            }
        }
        r.throwIfAny();
        List<DomainInfo> ordered = new ArrayList<>(t.domains());
        ordered.sort(Comparator.comparingInt(AcrnExporter::loadRank).thenComparingInt(DomainInfo::domid));
        try {
            return List.of(GeneratedFile.text("acrn/scenario.xml", AcrnScenario.of(t, ordered)));
        } catch (Unquotable e) {
            r.add(e.getMessage());
            r.throwIfAny();
            throw new IllegalStateException(e);
        }
    }

    /** An RT_VM is pre-launched unless it has vifs, which only the Service VM's device model can serve. */
    static boolean preLaunched(DomainInfo d) {
        return d.kind() == DomainKind.RT_VM && d.vifs().isEmpty();
    }

    /** ACRN numbers pre-launched VMs first, then the Service VM, then post-launched VMs. */
    private static int loadRank(DomainInfo d) {
        if (preLaunched(d)) return 0;
        return d.kind() == DomainKind.DOM0 || d.kind() == DomainKind.NATIVE ? 1 : 2;
    }
}
