package org.natsume.configio.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.natsume.topology.Topology;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.PciFunctionInfo;

/**
 * Checks for static partitioners (Jailhouse, ACRN; domain.md §7.6-7.7): an IO-APIC pin belongs to exactly one
 * partition, so a GSI whose sharers are owned by different domains cannot be configured, and a PCPU belongs to
 * exactly one partition.
 */
public final class Partitions {

    private Partitions() {
    }

    /** One message per GSI shared across partitions, naming the GSI, each device (BDF) and its domain. */
    public static List<String> crossPartitionSharedGsis(Topology t, String partitionWord) {
        Map<Integer, List<PciFunctionInfo>> byGsi = new TreeMap<>();
        for (PciFunctionInfo f : t.machine().functions()) {
            if (f.usesIoApicPin()) byGsi.computeIfAbsent(f.gsi().get(), k -> new ArrayList<>()).add(f);
        }
        List<String> out = new ArrayList<>();
        for (var e : byGsi.entrySet()) {
            Set<String> owners = new LinkedHashSet<>();
            List<String> devs = new ArrayList<>();
            List<PciFunctionInfo> fs = new ArrayList<>(e.getValue());
            fs.sort((a, b) -> a.bdf().compareTo(b.bdf()));
            for (PciFunctionInfo f : fs) {
                String owner = t.ownerOf(f.bdf()).map(DomainInfo::name).orElse("(none)");
                owners.add(owner);
                devs.add(f.bdf() + " (" + Quoting.comment(owner) + ")");
            }
            if (owners.size() > 1) {
                out.add("GSI " + e.getKey() + " is shared by devices in different " + partitionWord + "s: " + String.join(", ", devs)
                        + "; an IO-APIC pin can belong to only one " + partitionWord
                        + " (move the devices to one domain, use MSI, or pick a slot on another GSI)");
            }
        }
        return out;
    }

    /** PCPUs pinned by more than one of the given domains. */
    public static List<String> overlappingCpus(List<DomainInfo> domains, String partitionWord) {
        List<String> out = new ArrayList<>();
        Map<Integer, String> owner = new TreeMap<>();
        for (DomainInfo d : domains) {
            for (int c : d.pinnedCpus()) {
                String prev = owner.putIfAbsent(c, d.name());
                if (prev != null) {
                    out.add("PCPU " + c + " is pinned by both '" + Quoting.comment(prev) + "' and '" + Quoting.comment(d.name())
                            + "'; a CPU belongs to exactly one " + partitionWord);
                }
            }
        }
        return out;
    }
}
