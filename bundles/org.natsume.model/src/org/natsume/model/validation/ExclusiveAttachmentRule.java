package org.natsume.model.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.pci.PciTree;

/**
 * A device that a domain drives itself (PASSTHROUGH or NATIVE) belongs to that domain alone; any attachment of it in a
 * second domain is a conflict (domain.md §2.3). Several vifs over one Dom0 NIC are fine.
 */
public final class ExclusiveAttachmentRule implements TopologyRule {

    @Override
    public String id() {
        return "attached-twice";
    }

    @Override
    public void check(Topology t, Findings out) {
        if (t.getMachine() == null) {
            return;
        }
        for (PciFunction f : PciTree.functions(t.getMachine())) {
            List<DeviceAttachment> as = Ownership.attachments(t, f);
            boolean exclusive = as.stream().anyMatch(a -> Ownership.isExclusive(a.getMode()));
            Set<Domain> domains = new LinkedHashSet<>();
            as.forEach(a -> domains.add((Domain) a.eContainer()));
            if (exclusive && domains.size() > 1) {
                String who = String.join(" and ", as.stream()
                        .map(a -> Findings.domain((Domain) a.eContainer()) + " (" + a.getMode() + ")").toList());
                out.add(Severity.ERROR, this, "Device " + Findings.device(f) + " is attached to " + who
                        + ". A passed-through or native device belongs to one domain; remove the other attachment"
                        + " or give the other domain a vif backed by the owner.", as.get(0),
                        concat(f, as.subList(1, as.size())));
            }
        }
    }

    private static org.eclipse.emf.ecore.EObject[] concat(PciFunction f, List<DeviceAttachment> rest) {
        org.eclipse.emf.ecore.EObject[] arr = new org.eclipse.emf.ecore.EObject[rest.size() + 1];
        arr[0] = f;
        for (int i = 0; i < rest.size(); i++) {
            arr[i + 1] = rest.get(i);
        }
        return arr;
    }
}
