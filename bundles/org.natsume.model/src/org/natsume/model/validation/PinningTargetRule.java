package org.natsume.model.validation;

import org.natsume.model.Domain;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;

/** A VCPU pinned to a CPU that is disabled or not part of this machine can never run there (domain.md §5.2). */
public final class PinningTargetRule implements TopologyRule {

    @Override
    public String id() {
        return "pinning-target";
    }

    @Override
    public void check(Topology t, Findings out) {
        for (Domain d : t.getDomains()) {
            for (Vcpu v : d.getVcpus()) {
                for (LogicalCpu c : v.getHardAffinity()) {
                    boolean present = t.getMachine() != null && c.eContainer() == t.getMachine();
                    if (!present) {
                        out.add(Severity.ERROR, this, Findings.domain(d) + " VCPU " + v.getVcpuId()
                                + " is pinned to PCPU " + c.getCpuId() + ", which is not a CPU of this machine."
                                + " Pin it to one of the machine's CPUs.", v, c, d);
                    } else if (!c.isEnabled()) {
                        out.add(Severity.ERROR, this, Findings.domain(d) + " VCPU " + v.getVcpuId()
                                + " is pinned to PCPU " + c.getCpuId() + ", which is disabled. Enable the CPU or pin"
                                + " the VCPU to an enabled one.", v, c, d);
                    }
                }
            }
        }
    }
}
