package org.natsume.model.validation;

import org.natsume.model.Domain;
import org.natsume.model.InterruptMode;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.kernel.KernelDefaults;
import org.natsume.model.kernel.KernelProfiles;
import org.natsume.model.pci.PciTree;

/**
 * A function set to MSI or MSI-X whose driving domain runs a kernel built without CONFIG_PCI_MSI (domain.md §0.1:
 * the 2.6.18-xen defconfigs): the real driver takes INTx there, so the model describes a machine that cannot exist.
 * A warning, not an error, so that an imported board can be kept while the user picks the kernel profile it ran.
 */
public final class KernelMsiRule implements TopologyRule {

    @Override
    public String id() {
        return "kernel-msi";
    }

    @Override
    public void check(Topology t, Findings out) {
        if (t.getMachine() == null) {
            return;
        }
        for (PciFunction f : PciTree.functions(t.getMachine())) {
            if (f.getInterruptMode() == InterruptMode.INTX) {
                continue;
            }
            Domain owner = Ownership.owner(t, f).orElse(null);
            if (owner == null) {
                continue;
            }
            KernelDefaults k = KernelProfiles.kernelOf(owner);
            if (!k.pciMsi()) {
                out.add(Severity.WARNING, this, "Device " + Findings.device(f) + " is set to " + f.getInterruptMode()
                        + " but " + Ownership.label(owner) + " runs " + k.label() + ", built without CONFIG_PCI_MSI: "
                        + "its driver takes INTx. Set the device's interruptMode to INTX or choose a kernel profile "
                        + "with MSI for " + Ownership.label(owner) + ".", f, owner);
            }
        }
    }
}
