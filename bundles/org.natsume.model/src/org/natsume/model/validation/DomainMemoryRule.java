package org.natsume.model.validation;

import org.natsume.model.Domain;
import org.natsume.model.Topology;

/**
 * A domain needs memory to boot (domain.md §2.2 {@code memoryMiB}); a zero or negative size would otherwise reach the
 * exported configs (`memory =`, `dom0_mem=`) and be refused only by Xen at boot.
 */
public final class DomainMemoryRule implements TopologyRule {

    @Override
    public String id() {
        return "domain-memory";
    }

    @Override
    public void check(Topology t, Findings out) {
        for (Domain d : t.getDomains()) {
            if (d.getMemoryMiB() <= 0) {
                out.add(Severity.ERROR, this, Findings.domain(d) + " has " + d.getMemoryMiB() + " MiB of memory, so it"
                        + " cannot boot. Give it a positive memoryMiB (the paper's guests have 512 MiB).", d);
            }
        }
    }
}
