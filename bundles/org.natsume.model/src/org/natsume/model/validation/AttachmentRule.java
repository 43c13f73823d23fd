package org.natsume.model.validation;

import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.Topology;

/**
 * An attachment names the device it gives, in a mode the machine can provide (domain.md §2.3): a vif needs Xen's
 * netback, and emulated devices (QEMU) are outside what the simulation models.
 */
public final class AttachmentRule implements TopologyRule {

    @Override
    public String id() {
        return "attachment";
    }

    @Override
    public void check(Topology t, Findings out) {
        for (Domain d : t.getDomains()) {
            for (DeviceAttachment a : d.getAttachments()) {
                if (a.getFunction() == null) {
                    out.add(Severity.ERROR, this, "A " + a.getMode() + " attachment of " + Findings.domain(d)
                            + " names no PCI function. Connect it to a device or delete it.", a, d);
                } else if (a.getMode() == AttachmentMode.EMULATED) {
                    out.add(Severity.ERROR, this, Findings.domain(d) + " gets " + Findings.device(a.getFunction())
                            + " as an EMULATED device, which the simulation does not model (QEMU's device model is"
                            + " outside the paper). Use pass-through or a vif.", a, d, a.getFunction());
                } else if (a.getMode() == AttachmentMode.PARAVIRTUAL_VIF && t.getHypervisor() == null) {
                    out.add(Severity.ERROR, this, Findings.domain(d) + " has a vif on "
                            + Findings.device(a.getFunction()) + " but there is no hypervisor, so no netback. Add a"
                            + " hypervisor or attach the device NATIVE.", a, d, a.getFunction());
                }
            }
        }
    }
}
