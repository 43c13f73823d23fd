package org.natsume.model.validation;

import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.PciFunction;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.kernel.KernelProfiles;

/**
 * The paper's anomaly (domain.md §3.2, §6.4 item 4): an RT-VM's pass-through device on a GSI that a device of another
 * domain also uses. Under BY_IRQ every interrupt of either device reaches both domains and the line waits for the
 * slower EOI, so this is an ERROR; under BY_BDF (proposal 2) only the owner is notified, so it is INFO.
 */
public final class SharedGsiPassthroughRule implements TopologyRule {

    @Override
    public String id() {
        return "shared-gsi-passthrough";
    }

    @Override
    public void check(Topology t, Findings out) {
        if (t.getHypervisor() == null) {
            return;
        }
        boolean byBdf = t.getHypervisor().getRoutingPolicy().equals(RoutingPolicies.BY_BDF);
        for (Domain rt : t.getDomains()) {
            if (rt.getKind() != DomainKind.RT_VM) {
                continue;
            }
            for (DeviceAttachment a : rt.getAttachments()) {
                PciFunction f = a.getFunction();
                if (a.getMode() != AttachmentMode.PASSTHROUGH || f == null || !Ownership.usesLine(f)) {
                    continue;
                }
                for (PciFunction other : Ownership.activeSharers(f.getLine())) {
                    if (other == f) {
                        continue;
                    }
                    Domain otherOwner = Ownership.owner(t, other).orElse(null);
                    if (otherOwner == null || otherOwner == rt) {
                        continue;
                    }
                    int gsi = f.getLine().getGsi();
                    String both = "GSI " + gsi + " is shared by pass-through device " + Findings.device(f)
                            + " of RT-VM " + Findings.domain(rt) + " and device " + Findings.device(other) + " of "
                            + Findings.domain(otherOwner) + ". ";
                    if (byBdf) {
                        out.add(Severity.INFO, this, both + "BY_BDF routing notifies only the owner of the asserting"
                                + " device (at the cost of a status read per sharer, t_cfg_read), so "
                                + Findings.domain(rt) + " gets no spurious interrupts; moving the device to its own"
                                + " GSI would remove that cost too.", a, f, other, rt, otherOwner, f.getLine());
                    } else {
                        // MSI is advice only where the other device has the capability and its kernel has MSI
                        boolean msi = (other.isMsiCapable() || other.isMsixCapable())
                                && !KernelProfiles.ownerLacksMsi(t, other);
                        out.add(Severity.ERROR, this, both + "Under BY_IRQ routing Xen delivers every interrupt of"
                                + " either device to both domains and re-enables the line only after both have"
                                + " EOI'd, so " + Findings.domain(otherOwner) + "'s load delays "
                                + Findings.domain(rt) + ". Put the device on a GSI of its own (another slot), "
                                + (msi ? "switch " + Findings.device(other) + " to MSI, " : "")
                                + "or set the hypervisor's routingPolicy to BY_BDF.",
                                a, f, other, rt, otherOwner, f.getLine());
                    }
                }
            }
        }
    }
}
