package org.natsume.model.validation;

import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;

/**
 * An unpinned VCPU is normal Xen behaviour (domain.md §0.2, §5.2): the credit scheduler may run it on any online
 * PCPU, and moves it (work stealing by idle PCPUs, csched_cpu_pick at ticks). Xen 3.4 leaves Dom0 unpinned by default
 * (opt_dom0_vcpus_pin = 0), and the simulator models that. Only an RT-VM's VCPU is flagged, as a warning: real-time
 * work needs a fixed PCPU, and an unpinned RT-VM VCPU follows the scheduler wherever it puts it. A disabled or
 * foreign target is {@link PinningTargetRule}'s.
 */
public final class VcpuPinnedRule implements TopologyRule {

    @Override
    public String id() {
        return "vcpu-unpinned";
    }

    @Override
    public void check(Topology t, Findings out) {
        if (t.getHypervisor() == null) {
            return;
        }
        for (Domain d : t.getDomains()) {
            if (d.getKind() != DomainKind.RT_VM) {
                continue;
            }
            for (Vcpu v : d.getVcpus()) {
                if (v.getHardAffinity().isEmpty()) {
                    out.add(Severity.WARNING, this, "RT-VM " + Findings.domain(d) + " VCPU " + v.getVcpuId()
                            + " is not pinned to a PCPU: Xen's credit scheduler may run it on any PCPU and move it"
                            + " between them. Real-time work needs a fixed PCPU; draw a pinning to an enabled CPU.",
                            v, d);
                }
            }
        }
    }
}
