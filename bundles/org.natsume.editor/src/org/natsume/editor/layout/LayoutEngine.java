package org.natsume.editor.layout;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/** Computes top-left positions for the diagram's top-level nodes. */
public interface LayoutEngine {

    /** A node to place, with the size its figure wants. */
    record Node(EObject model, int width, int height) {
    }

    /** An edge between two top-level nodes (edges of nested devices are lifted to their bus). */
    record Edge(EObject source, EObject target) {
    }

    String name();

    Map<EObject, int[]> layout(List<Node> nodes, List<Edge> edges);
}
