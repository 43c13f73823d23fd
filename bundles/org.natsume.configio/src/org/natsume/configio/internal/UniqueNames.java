package org.natsume.configio.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.natsume.topology.Topology.DomainInfo;

/**
 * Xen domains, Jailhouse cells and ACRN VMs are known by their name, and each refuses a second of the same name; the
 * model's {@code unique-domain-name} rule says so in the editor, this says so again before anything is written.
 */
public final class UniqueNames {

    private UniqueNames() {
    }

    /** One refusal per name that more than one of {@code domains} carries; {@code what} is the target's word (VM, cell). */
    public static List<String> duplicates(List<DomainInfo> domains, String what) {
        Map<String, List<Integer>> ids = new HashMap<>();
        for (DomainInfo d : domains) {
            if (!d.name().isBlank()) ids.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d.domid());
        }
        List<String> out = new ArrayList<>();
        for (DomainInfo d : domains) {
            List<Integer> same = ids.getOrDefault(d.name(), List.of());
            if (same.size() > 1 && same.get(0) == d.domid()) {
                out.add("domains " + same + " are all named '" + Quoting.comment(d.name()) + "'; each " + what + " needs its own name");
            }
        }
        return out;
    }
}
