package org.natsume.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.kernel.KernelProfiles;
import org.natsume.model.pci.PciTree;

/**
 * An MSI-capable function that still takes INTx on a shared line could have its own vector (domain.md §3.2) —
 * unless the kernel of the domain driving it is built without CONFIG_PCI_MSI (KernelProfiles), where it cannot.
 */
public final class MsiOnSharedLineRule implements TopologyRule {

    @Override
    public String id() {
        return "msi-on-shared-line";
    }

    @Override
    public void check(Topology t, Findings out) {
        if (t.getMachine() == null) {
            return;
        }
        for (PciFunction f : PciTree.functions(t.getMachine())) {
            if (!(f.isMsiCapable() || f.isMsixCapable()) || !Ownership.usesLine(f) || KernelProfiles.ownerLacksMsi(t, f)) {
                continue;
            }
            List<PciFunction> others = Ownership.activeSharers(f.getLine()).stream().filter(o -> o != f).toList();
            if (!others.isEmpty()) {
                out.add(Severity.INFO, this, "Device " + Findings.device(f) + " can use "
                        + (f.isMsixCapable() ? "MSI-X" : "MSI") + " but takes INTx on shared GSI "
                        + f.getLine().getGsi() + " (with " + String.join(", ",
                                others.stream().map(PciTree::bdfText).toList())
                        + "). Set its interruptMode to " + (f.isMsixCapable() ? "MSIX" : "MSI")
                        + " so it gets its own vector and stops sharing the line.", f,
                        others.toArray(new EObject[0]));
            }
        }
    }
}
