package org.natsume.model.validation;

import org.natsume.model.Domain;
import org.natsume.model.Topology;

/**
 * Every target names a VM by its domain's name (xl {@code name}, the Jailhouse cell's {@code .name}, ACRN's
 * {@code <name>}), so a domain without one cannot be exported. Also catches a name that is empty once the XML was
 * read (an entity that expanded to nothing, whitespace only).
 */
public final class DomainNameRule implements TopologyRule {

    @Override
    public String id() {
        return "domain-name";
    }

    @Override
    public void check(Topology t, Findings out) {
        for (Domain d : t.getDomains()) {
            if (d.getName() == null || d.getName().isBlank()) {
                out.add(Severity.ERROR, this, "Domain " + d.getDomid() + (d.getId() == null ? "" : " (id '" + d.getId() + "')")
                        + " has no name; every export target names the VM by it. Give the domain a name.", d);
            }
        }
    }
}
