package org.natsume.model.validation;

import java.util.List;

import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.Topology;

/**
 * Someone drives the devices nobody else was given (domain.md §2.3): under Xen exactly one Dom0; on a bare-metal
 * machine (no hypervisor, case 1) a NATIVE operating system, and only NATIVE domains.
 */
public final class DriverDomainRule implements TopologyRule {

    @Override
    public String id() {
        return "driver-domain";
    }

    @Override
    public void check(Topology t, Findings out) {
        List<Domain> domains = t.getDomains();
        boolean allNative = !domains.isEmpty() && domains.stream().allMatch(d -> d.getKind() == DomainKind.NATIVE);
        if (t.getHypervisor() == null) {
            if (domains.isEmpty()) {
                out.add(Severity.ERROR, this, "Nothing runs on this machine: it has no hypervisor and no domain. Add"
                        + " a NATIVE domain (bare-metal Linux) or a hypervisor with a Dom0.", t);
            }
            for (Domain d : domains) {
                if (d.getKind() != DomainKind.NATIVE) {
                    out.add(Severity.ERROR, this, Findings.domain(d) + " is a " + d.getKind() + " but the topology has"
                            + " no hypervisor. Add a hypervisor, or make the domain NATIVE (bare-metal Linux).", d);
                }
            }
            return;
        }
        if (allNative) {
            return; // a bare-metal OS with a hypervisor element left over: treated as case 1
        }
        List<Domain> dom0s = domains.stream().filter(d -> d.getKind() == DomainKind.DOM0).toList();
        if (dom0s.isEmpty()) {
            out.add(Severity.ERROR, this, "Xen needs a Dom0 to drive the devices no guest owns, and this topology has"
                    + " none. Add a Dom0 and pin its VCPU.", t.getHypervisor());
        }
        for (Domain extra : dom0s.subList(Math.min(1, dom0s.size()), dom0s.size())) {
            out.add(Severity.ERROR, this, Findings.domain(extra) + " is a second Dom0 (the first is "
                    + Findings.domain(dom0s.get(0)) + "). Xen has one; make this one a DomU or an RT-VM.", extra,
                    dom0s.get(0));
        }
    }
}
