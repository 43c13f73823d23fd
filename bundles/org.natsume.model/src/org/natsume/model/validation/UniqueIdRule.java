package org.natsume.model.validation;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.natsume.model.Topology;

/** Ids must be unique in a file, or XMI references silently point at the wrong object. */
public final class UniqueIdRule implements TopologyRule {

    @Override
    public String id() {
        return "unique-id";
    }

    @Override
    public void check(Topology t, Findings out) {
        Map<String, EObject> seen = new HashMap<>();
        for (Iterator<EObject> it = EcoreUtil.getAllContents(t, false); it.hasNext();) {
            EObject o = it.next();
            String id = EcoreUtil.getID(o);
            if (id == null || id.isBlank()) {
                continue;
            }
            EObject first = seen.putIfAbsent(id, o);
            if (first != null) {
                out.add(Severity.ERROR, this, "Id '" + id + "' is also used by " + ModelPath.of(first)
                        + ". Give this " + o.eClass().getName() + " a different id.", o, first);
            }
        }
    }
}
