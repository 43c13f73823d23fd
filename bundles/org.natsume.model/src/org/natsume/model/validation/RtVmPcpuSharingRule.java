package org.natsume.model.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;

/**
 * An RT-VM VCPU that may run on a PCPU another domain may also use competes with it in the credit scheduler
 * (domain.md §5.1, §5.2); the paper pins every VCPU to its own PCPU.
 */
public final class RtVmPcpuSharingRule implements TopologyRule {

    @Override
    public String id() {
        return "rtvm-pcpu-sharing";
    }

    @Override
    public void check(Topology t, Findings out) {
        if (t.getHypervisor() == null) {
            return;
        }
        for (Domain rt : t.getDomains()) {
            if (rt.getKind() != DomainKind.RT_VM) {
                continue;
            }
            for (Vcpu v : rt.getVcpus()) {
                Set<LogicalCpu> mine = Affinity.effective(t, v);
                for (Domain other : t.getDomains()) {
                    if (other == rt) {
                        continue;
                    }
                    for (Vcpu ov : other.getVcpus()) {
                        Set<LogicalCpu> common = new LinkedHashSet<>(mine);
                        common.retainAll(Affinity.effective(t, ov));
                        if (!common.isEmpty()) {
                            out.add(Severity.WARNING, this, "RT-VM " + Findings.domain(rt) + " VCPU " + v.getVcpuId()
                                    + " may run on PCPU " + Affinity.cpus(common) + ", which " + Findings.domain(other)
                                    + " VCPU " + ov.getVcpuId() + " may also use"
                                    + (ov.getHardAffinity().isEmpty() ? " (it is not pinned)" : "")
                                    + ". Pin the RT-VM to a PCPU that no other domain uses.", v, ov, rt, other);
                        }
                    }
                }
            }
        }
    }
}
