package org.natsume.editor.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.natsume.editor.commands.TopologyCommands;
import org.natsume.editor.diagram.DiagramIndex;
import org.natsume.editor.diagram.DiagramNotation;

/**
 * Auto-layout of the whole diagram as one undoable command (every position change in one CompoundCommand on the
 * notation), and the first placement of a diagram opened without positions. Edges of nested devices and VCPUs are
 * lifted to their top-level bus or domain, so the layered layout sees the real flow: buses → lines, buses → domains →
 * CPUs, NICs → hosts.
 */
public final class AutoLayout {
    /** Above this many top-level nodes the first placement uses {@link ColumnLayout} to keep opening fast. */
    public static final int ELK_NODE_LIMIT = 250;

    private AutoLayout() {
    }

    /** ELK layered when available, otherwise the column layout. */
    public static LayoutEngine preferred() {
        return ElkLayeredLayout.available() ? new ElkLayeredLayout() : new ColumnLayout();
    }

    public static Command command(TopologyCommands commands, DiagramIndex index, Function<EObject, int[]> sizes,
            LayoutEngine engine) {
        Map<EObject, int[]> positions = compute(index, sizes, engine, index.nodes());
        CompoundCommand c = new CompoundCommand("Auto-Layout (" + engine.name() + ")");
        positions.forEach((node, xy) -> {
            int[] old = commands.notation().position(node);
            if (old == null || old[0] != xy[0] || old[1] != xy[1]) {
                c.append(commands.move(node, xy[0], xy[1]));
            }
        });
        return c.isEmpty() ? null : c;
    }

    /**
     * Places the nodes that have no position yet, outside the command stack (opening a file is not an edit). All of
     * them if the diagram has no positions at all; otherwise stacks the newcomers below the existing drawing.
     */
    public static int placeUnplaced(DiagramNotation notation, DiagramIndex index, Function<EObject, int[]> sizes) {
        List<EObject> unplaced = index.nodes().stream().filter(n -> notation.position(n) == null).toList();
        if (unplaced.isEmpty()) {
            return 0;
        }
        if (unplaced.size() == index.nodes().size()) {
            LayoutEngine engine = index.nodes().size() <= ELK_NODE_LIMIT ? preferred() : new ColumnLayout();
            compute(index, sizes, engine, index.nodes()).forEach((n, xy) -> notation.place(n, xy[0], xy[1]));
            return unplaced.size();
        }
        int bottom = 0;
        for (EObject n : index.nodes()) {
            int[] xy = notation.position(n);
            if (xy != null) {
                bottom = Math.max(bottom, xy[1] + sizes.apply(n)[1]);
            }
        }
        int x = 20;
        for (EObject n : unplaced) {
            notation.place(n, x, bottom + 40);
            x += sizes.apply(n)[0] + 24;
        }
        return unplaced.size();
    }

    static Map<EObject, int[]> compute(DiagramIndex index, Function<EObject, int[]> sizes, LayoutEngine engine,
            List<EObject> nodes) {
        Set<EObject> top = new HashSet<>(nodes);
        List<LayoutEngine.Node> ln = new ArrayList<>();
        for (EObject n : nodes) {
            int[] wh = sizes.apply(n);
            ln.add(new LayoutEngine.Node(n, wh[0], wh[1]));
        }
        Set<LayoutEngine.Edge> edges = new LinkedHashSet<>();
        for (EObject n : nodes) {
            collectEdges(index, n, top, edges);
        }
        return engine.layout(ln, new ArrayList<>(edges));
    }

    private static void collectEdges(DiagramIndex index, EObject node, Set<EObject> top, Set<LayoutEngine.Edge> out) {
        List<EObject> here = new ArrayList<>();
        here.add(node);
        node.eContents().forEach(here::add); // a bus's functions, a domain's VCPUs
        for (EObject o : here) {
            for (Object edge : index.outgoing(o)) {
                EObject s = lift(DiagramIndex.source(edge), top);
                EObject t = lift(DiagramIndex.target(edge), top);
                if (s != null && t != null && s != t) {
                    out.add(new LayoutEngine.Edge(s, t));
                }
            }
        }
    }

    private static EObject lift(EObject o, Set<EObject> top) {
        for (EObject x = o; x != null; x = x.eContainer()) {
            if (top.contains(x)) {
                return x;
            }
        }
        return null;
    }
}
