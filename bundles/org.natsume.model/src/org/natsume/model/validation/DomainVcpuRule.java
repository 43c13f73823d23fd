package org.natsume.model.validation;

import org.natsume.model.Domain;
import org.natsume.model.Topology;

/**
 * A domain runs only on its VCPUs (domain.md §5.2): one without any can never be scheduled, and the simulation and
 * the exporters refuse it, so validation says so first.
 */
public final class DomainVcpuRule implements TopologyRule {

    @Override
    public String id() {
        return "domain-vcpu";
    }

    @Override
    public void check(Topology t, Findings out) {
        for (Domain d : t.getDomains()) {
            if (d.getVcpus().isEmpty()) {
                out.add(Severity.ERROR, this, Findings.domain(d) + " has no VCPU, so it can never run. Add a VCPU"
                        + " and pin it to an enabled CPU.", d);
            }
        }
    }
}
