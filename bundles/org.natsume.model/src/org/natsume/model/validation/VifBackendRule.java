package org.natsume.model.validation;

import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;

/**
 * A vif's netback runs in the domain that drives the physical NIC (domain.md §2.3, §3.4): Dom0 for its own NICs, or a
 * driver domain that has the NIC passed through. Any other backend cannot bridge to the NIC.
 */
public final class VifBackendRule implements TopologyRule {

    @Override
    public String id() {
        return "vif-backend";
    }

    @Override
    public void check(Topology t, Findings out) {
        for (Domain d : t.getDomains()) {
            for (DeviceAttachment a : d.getAttachments()) {
                if (a.getMode() != AttachmentMode.PARAVIRTUAL_VIF) {
                    continue;
                }
                String what = "The vif of " + Findings.domain(d)
                        + (a.getFunction() == null ? "" : " on " + Findings.device(a.getFunction()));
                Domain driver = a.getFunction() == null ? Ownership.driverDomain(t).orElse(null)
                        : Ownership.owner(t, a.getFunction()).orElse(null);
                Domain backend = a.getBackendDomain();
                if (backend == null) {
                    out.add(Severity.ERROR, this, what + " has no backend domain. Set backendDomain to "
                            + (driver == null ? "the driver domain (Dom0)" : Findings.domain(driver)) + ".", a, d);
                } else if (backend == d) {
                    out.add(Severity.ERROR, this, what + " names its own domain as backend. Set backendDomain to "
                            + (driver == null ? "the driver domain (Dom0)" : Findings.domain(driver)) + ".", a, d);
                } else if (driver != null && backend != driver) {
                    out.add(Severity.ERROR, this, what + " uses " + Findings.domain(backend)
                            + " as backend, but the NIC's driver runs in " + Findings.domain(driver)
                            + ", so netback there cannot reach it. Set backendDomain to " + Findings.domain(driver)
                            + ".", a, d, backend, driver);
                } else if (driver == null) {
                    out.add(Severity.ERROR, this, what + " uses " + Findings.domain(backend)
                            + " as backend, but no domain drives the NIC. Add a Dom0 or pass the NIC through to "
                            + Findings.domain(backend) + ".", a, d, backend);
                }
            }
        }
    }
}
