package org.natsume.configio.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.natsume.topology.Topology;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.DomainKind;

/**
 * Which cpupools a topology asks for (domain.md §7.4). A domain's explicit {@code cpupool} wins: domains naming
 * the same pool share it, with the union of their pinned PCPUs. Without any explicit pool the RT pool is derived:
 * an RT_VM pinned to PCPUs that no other domain is pinned to gets a pool of exactly those PCPUs, so the credit
 * scheduler of Pool-0 can no longer place other VCPUs there.
 */
public final class RtPools {

    public record Pool(String name, SortedSet<Integer> cpus, List<DomainInfo> members, boolean derived) { }

    private RtPools() {
    }

    public static List<Pool> of(Topology t) {
        Map<String, List<DomainInfo>> explicit = new LinkedHashMap<>();
        for (DomainInfo d : t.domains()) {
            d.cpupool().filter(p -> !p.isBlank()).ifPresent(p -> explicit.computeIfAbsent(p, k -> new ArrayList<>()).add(d));
        }
        List<Pool> out = new ArrayList<>();
        if (!explicit.isEmpty()) {
            explicit.forEach((name, members) -> {
                SortedSet<Integer> cpus = new TreeSet<>();
                members.forEach(m -> cpus.addAll(m.pinnedCpus()));
                out.add(new Pool(name, cpus, List.copyOf(members), false));
            });
            return out;
        }
        List<DomainInfo> rt = t.domains().stream().filter(d -> d.kind() == DomainKind.RT_VM).toList();
        for (DomainInfo d : rt) {
            SortedSet<Integer> cpus = d.pinnedCpus();
            if (cpus.isEmpty()) continue;
            boolean exclusive = t.domains().stream().filter(o -> o != d)
                    .noneMatch(o -> o.pinnedCpus().stream().anyMatch(cpus::contains));
            if (exclusive) {
                String name = rt.size() == 1 ? "rt-pool" : "rt-pool-" + FileNames.slug(d.name());
                out.add(new Pool(name, cpus, List.of(d), true));
            }
        }
        return out;
    }

    public static java.util.Optional<Pool> poolOf(Topology t, DomainInfo d) {
        return of(t).stream().filter(p -> p.members().contains(d)).findFirst();
    }
}
