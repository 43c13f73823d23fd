package org.natsume.model.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.Domain;
import org.natsume.model.PciFunction;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.pci.PciTree;

/** Collects {@link Finding}s for the rules and formats the names that messages use. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    public void add(Severity severity, TopologyRule rule, String message, EObject main, EObject... others) {
        List<EObject> objects = new ArrayList<>();
        objects.add(main);
        objects.addAll(Arrays.asList(others));
        list.add(new Finding(severity, rule.id(), ModelPath.of(main), message, objects));
    }

    public List<Finding> list() {
        return List.copyOf(list);
    }

    /** {@code 0000:05:00.0 (NIC-B 82541GI ...)}. */
    public static String device(PciFunction f) {
        String bdf = PciTree.bdfText(f);
        return f.getName() == null || f.getName().isBlank() ? bdf : bdf + " (" + f.getName() + ")";
    }

    /** {@code guestB}. */
    public static String domain(Domain d) {
        return Ownership.label(d);
    }
}
