package org.natsume.model.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.IoApicTargetPolicy;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;

/**
 * Proposal 1 (domain.md §3.3) programs the pass-through GSI's RTE with the APIC ID of "the" PCPU of the RT-VM, so the
 * RT-VM must exist and all its VCPUs must be pinned to exactly one PCPU.
 */
public final class PinToRtVmCpuRule implements TopologyRule {

    @Override
    public String id() {
        return "pin-to-rtvm-cpu";
    }

    @Override
    public void check(Topology t, Findings out) {
        if (t.getHypervisor() == null
                || t.getHypervisor().getIoapicTargetPolicy() != IoApicTargetPolicy.PIN_TO_RTVM_CPU) {
            return;
        }
        boolean anyRt = false;
        for (Domain d : t.getDomains()) {
            if (d.getKind() != DomainKind.RT_VM) {
                continue;
            }
            anyRt = true;
            Set<LogicalCpu> cpus = new LinkedHashSet<>();
            boolean unpinned = d.getVcpus().isEmpty();
            for (Vcpu v : d.getVcpus()) {
                unpinned |= v.getHardAffinity().isEmpty();
                cpus.addAll(v.getHardAffinity());
            }
            if (unpinned || cpus.size() != 1) {
                String now = unpinned ? "is not pinned" : "is pinned to PCPUs " + Affinity.cpus(cpus);
                out.add(Severity.ERROR, this, "ioapicTargetPolicy PIN_TO_RTVM_CPU needs RT-VM " + Findings.domain(d)
                        + " pinned to exactly one PCPU, but it " + now + ". Pin every VCPU of "
                        + Findings.domain(d) + " to the same single PCPU, or use XEN_DEFAULT.", d, t.getHypervisor());
            }
        }
        if (!anyRt) {
            out.add(Severity.ERROR, this, "ioapicTargetPolicy PIN_TO_RTVM_CPU needs an RT_VM domain, but there is"
                    + " none. Set one domain's kind to RT_VM, or use XEN_DEFAULT.", t.getHypervisor());
        }
    }
}
