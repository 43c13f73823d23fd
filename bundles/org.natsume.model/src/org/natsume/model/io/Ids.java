package org.natsume.model.io;

import java.util.Iterator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Stable identifiers for XMI references: every object with an ID attribute gets one before it is saved, and ids that
 * are already set are never changed, so a file keeps its ids across save/load cycles.
 */
public final class Ids {

    private Ids() {
    }

    /** Assigns a UUID to every object in {@code root}'s tree (root included) whose ID attribute is unset or blank. */
    public static int ensureIds(EObject root) {
        int assigned = assign(root);
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            assigned += assign(it.next());
        }
        return assigned;
    }

    private static int assign(EObject o) {
        EAttribute id = o.eClass().getEIDAttribute();
        if (id == null) {
            return 0;
        }
        Object v = o.eGet(id);
        if (v == null || v.toString().isBlank()) {
            o.eSet(id, EcoreUtil.generateUUID());
            return 1;
        }
        return 0;
    }
}
