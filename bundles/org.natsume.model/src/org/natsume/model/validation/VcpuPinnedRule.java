package org.natsume.model.validation;

import org.natsume.model.Domain;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;

/**
 * Every VCPU is pinned to a PCPU (domain.md §5.2). The paper pins each domain's VCPU, and the simulator runs a VCPU
 * on the PCPU it is pinned to; an unpinned VCPU would be moved between PCPUs by Xen's credit scheduler, which is not
 * modelled, so the simulator refuses it. A disabled or foreign target is {@link PinningTargetRule}'s.
 */
public final class VcpuPinnedRule implements TopologyRule {

    @Override
    public String id() {
        return "vcpu-unpinned";
    }

    @Override
    public void check(Topology t, Findings out) {
        for (Domain d : t.getDomains()) {
            for (Vcpu v : d.getVcpus()) {
                if (v.getHardAffinity().isEmpty()) {
                    out.add(Severity.ERROR, this, Findings.domain(d) + " VCPU " + v.getVcpuId() + " is not pinned to"
                            + " a PCPU. The simulator runs each VCPU on the PCPU it is pinned to; draw a pinning to an"
                            + " enabled CPU.", v, d);
                }
            }
        }
    }
}
