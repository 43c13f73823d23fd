package org.natsume.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.Domain;
import org.natsume.model.InterruptLine;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.timing.TimingParameter;

/** Xen binds at most IRQ_MAX_GUESTS (7) domains to one IRQ; the next bind fails with -EBUSY (domain.md §3.2). */
public final class MaxGuestsPerGsiRule implements TopologyRule {

    static final int IRQ_MAX_GUESTS = (int) TimingParameter.IRQ_MAX_GUESTS.defaultValue();

    @Override
    public String id() {
        return "irq-max-guests";
    }

    @Override
    public void check(Topology t, Findings out) {
        if (t.getHypervisor() == null || t.getMachine() == null) {
            return;
        }
        for (InterruptLine line : t.getMachine().getInterruptLines()) {
            List<Domain> bound = Ownership.boundDomains(t, line);
            if (bound.size() > IRQ_MAX_GUESTS) {
                out.add(Severity.ERROR, this, "GSI " + line.getGsi() + " is bound by " + bound.size() + " domains ("
                        + String.join(", ", bound.stream().map(Findings::domain).toList()) + "); Xen allows at most "
                        + IRQ_MAX_GUESTS + " (IRQ_MAX_GUESTS) and the next bind fails with -EBUSY. Move devices to"
                        + " other GSIs or switch them to MSI.", line, bound.toArray(new EObject[0]));
            }
        }
    }
}
