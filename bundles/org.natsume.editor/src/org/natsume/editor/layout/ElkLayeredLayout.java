package org.natsume.editor.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.ILayoutMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.properties.Property;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.Bundle;

/**
 * ELK's layered (Sugiyama) algorithm, left to right. The algorithm bundle is looked up at run time rather than
 * required: {@code org.eclipse.elk.alg.layered} 0.10.0 declares a Require-Bundle on {@code org.eclipse.xtext.xbase.lib}
 * that no class uses, and without that bundle in the product it does not resolve; {@link #available()} then says so and
 * the editor falls back to {@link ColumnLayout}.
 */
public final class ElkLayeredLayout implements LayoutEngine {
    static final String ALGORITHM = "org.eclipse.elk.layered";
    private static final String BUNDLE = "org.eclipse.elk.alg.layered";
    private static final String PROVIDER = "org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider";
    private static Boolean registered;

    /** True once the layered algorithm is registered with ELK (tries once). */
    public static synchronized boolean available() {
        if (registered == null) {
            registered = register();
        }
        return registered;
    }

    private static boolean register() {
        try {
            if (LayoutMetaDataService.getInstance().getAlgorithmData(ALGORITHM) != null) {
                return true;
            }
            Bundle bundle = Platform.isRunning() ? Platform.getBundle(BUNDLE) : null;
            Class<?> type = bundle != null ? bundle.loadClass(PROVIDER) : Class.forName(PROVIDER);
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(
                    (ILayoutMetaDataProvider) type.getDeclaredConstructor().newInstance());
            return LayoutMetaDataService.getInstance().getAlgorithmData(ALGORITHM) != null;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Platform.getLog(ElkLayeredLayout.class).warn("ELK layered layout unavailable (" + e + "); auto-layout"
                    + " uses the column layout", null);
            return false;
        }
    }

    @Override
    public String name() {
        return "ELK layered";
    }

    @Override
    public Map<EObject, int[]> layout(List<Node> nodes, List<Edge> edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, ALGORITHM);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(new Property<Double>("org.eclipse.elk.layered.spacing.nodeNodeBetweenLayers", 0.0), 90.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));
        Map<EObject, ElkNode> elk = new HashMap<>();
        for (Node n : nodes) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setDimensions(n.width(), n.height());
            elk.put(n.model(), e);
        }
        for (Edge e : edges) {
            ElkNode s = elk.get(e.source());
            ElkNode t = elk.get(e.target());
            if (s != null && t != null && s != t) {
                ElkGraphUtil.createSimpleEdge(s, t);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<EObject, int[]> out = new LinkedHashMap<>();
        for (Node n : nodes) {
            ElkNode e = elk.get(n.model());
            out.put(n.model(), new int[] { (int) Math.round(e.getX()), (int) Math.round(e.getY()) });
        }
        return out;
    }
}
