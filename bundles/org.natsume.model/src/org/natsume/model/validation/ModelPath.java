package org.natsume.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.natsume.model.Domain;
import org.natsume.model.Identified;
import org.natsume.model.InterruptLine;
import org.natsume.model.LogicalCpu;
import org.natsume.model.PciFunction;
import org.natsume.model.TimingValue;
import org.natsume.model.pci.PciTree;

/**
 * Human-readable containment paths such as {@code /domains[guestB]/vcpus[0]} or
 * {@code /machine/pciRoots[bus-0000-00]/functions[0000:00:19.0]}: each step is the containing feature plus a key the
 * user recognises (domain name, BDF, GSI, CPU number, VCPU number, else the id, else the list index).
 */
public final class ModelPath {

    private ModelPath() {
    }

    public static String of(EObject o) {
        Deque<String> steps = new ArrayDeque<>();
        EObject current = o;
        while (current != null && current.eContainer() != null) {
            EStructuralFeature f = current.eContainingFeature();
            String step = f.getName();
            if (f.isMany()) {
                step += "[" + key(current) + "]";
            }
            steps.push(step);
            current = current.eContainer();
        }
        return steps.isEmpty() ? "/" : "/" + String.join("/", steps);
    }

    private static String key(EObject o) {
        if (o instanceof Domain d && d.getName() != null) {
            return d.getName();
        }
        if (o instanceof PciFunction f && f.getBdf() != null) {
            return PciTree.bdfText(f);
        }
        if (o instanceof InterruptLine l) {
            return "gsi" + l.getGsi();
        }
        if (o instanceof LogicalCpu c) {
            return "cpu" + c.getCpuId();
        }
        if (o instanceof org.natsume.model.Vcpu v) {
            return Integer.toString(v.getVcpuId());
        }
        if (o instanceof TimingValue tv && tv.getSymbol() != null) {
            return tv.getSymbol();
        }
        if (o instanceof Identified i && i.getId() != null) {
            return i.getId();
        }
        EStructuralFeature f = o.eContainingFeature();
        return Integer.toString(((List<?>) o.eContainer().eGet(f)).indexOf(o));
    }
}
