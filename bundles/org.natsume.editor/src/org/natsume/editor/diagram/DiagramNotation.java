package org.natsume.editor.diagram;

import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.natsume.model.Identified;

/**
 * Where each diagram node sits. The topology metamodel has no layout attributes (and the generated model code is not
 * ours to change), so positions live in a separate notation part of the same resource: a second root object, an
 * {@link EAnnotation} with source {@link #SOURCE}, whose details map each node's id to "x,y". Tools that read only
 * the Topology root ignore it; the editor saves and loads it with the topology, and moves are EMF commands on it, so
 * they are undoable and survive save/load.
 */
public final class DiagramNotation {
    public static final String SOURCE = "http://www.natsume.org/editor/notation";

    private final EAnnotation annotation;

    private DiagramNotation(EAnnotation annotation) {
        this.annotation = annotation;
    }

    /** The notation of {@code resource}, created (empty) if the file had none. */
    public static DiagramNotation of(Resource resource) {
        for (EObject root : resource.getContents()) {
            if (root instanceof EAnnotation a && SOURCE.equals(a.getSource())) {
                return new DiagramNotation(a);
            }
        }
        EAnnotation a = EcoreFactory.eINSTANCE.createEAnnotation();
        a.setSource(SOURCE);
        resource.getContents().add(a);
        return new DiagramNotation(a);
    }

    public EAnnotation annotation() {
        return annotation;
    }

    public boolean isEmpty() {
        return annotation.getDetails().isEmpty();
    }

    /** The stored position of {@code node}, or {@code null} if it has none (or no id). */
    public int[] position(EObject node) {
        String key = key(node);
        String value = key == null ? null : annotation.getDetails().get(key);
        if (value == null) {
            return null;
        }
        String[] xy = value.split(",");
        try {
            return new int[] { Integer.parseInt(xy[0].strip()), Integer.parseInt(xy[1].strip()) };
        } catch (RuntimeException e) {
            return null; // a hand-edited, broken entry: treat the node as unplaced
        }
    }

    /** An undoable command that stores {@code x,y} for {@code node}. */
    public Command move(EditingDomain domain, EObject node, int x, int y) {
        String key = key(node);
        String value = x + "," + y;
        for (Map.Entry<String, String> e : annotation.getDetails()) {
            if (e.getKey().equals(key)) {
                return new SetCommand(domain, (EObject) e, EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE,
                        value);
            }
        }
        EObject entry = EcoreFactory.eINSTANCE.create(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY);
        entry.eSet(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__KEY, key);
        entry.eSet(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE, value);
        return new AddCommand(domain, annotation, EcorePackage.Literals.EANNOTATION__DETAILS, entry);
    }

    /** Stores a position outside the command stack: only for the first placement of a freshly opened diagram. */
    public void place(EObject node, int x, int y) {
        annotation.getDetails().put(key(node), x + "," + y);
    }

    private static String key(EObject node) {
        return node instanceof Identified i ? i.getId() : null;
    }
}
