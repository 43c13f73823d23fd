package org.natsume.model.validation;

import java.util.HashMap;
import java.util.Map;

import org.natsume.model.Domain;
import org.natsume.model.Topology;

/**
 * Xen, Jailhouse and ACRN each refuse a second VM of the same name (xl create fails, two cells collide, the ACRN
 * configurator rejects the scenario), so two domains must not share a name.
 */
public final class UniqueDomainNameRule implements TopologyRule {

    @Override
    public String id() {
        return "unique-domain-name";
    }

    @Override
    public void check(Topology t, Findings out) {
        Map<String, Domain> seen = new HashMap<>();
        for (Domain d : t.getDomains()) {
            if (d.getName() == null || d.getName().isBlank()) continue; // domain-name reports it
            Domain first = seen.putIfAbsent(d.getName(), d);
            if (first != null) {
                out.add(Severity.ERROR, this, "Domain name '" + d.getName() + "' is also the name of domain "
                        + first.getDomid() + ". Every hypervisor needs distinct VM names; rename one of them.", d, first);
            }
        }
    }
}
