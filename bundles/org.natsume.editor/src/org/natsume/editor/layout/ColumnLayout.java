package org.natsume.editor.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.Domain;
import org.natsume.model.ExternalHost;
import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.PciBus;

/**
 * A fast, deterministic layout by kind, in the order interrupts flow (domain.md §3.2): external hosts and the buses
 * behind bridges, root PCI buses with their devices, interrupt lines and IO-APICs, domains, CPUs. Tall columns wrap. Used for the first placement of
 * large topologies and when ELK's layered algorithm is not available.
 */
public final class ColumnLayout implements LayoutEngine {
    private static final int GAP = 24;
    private static final int COLUMN_GAP = 90;
    private static final int MAX_HEIGHT = 2400;

    @Override
    public String name() {
        return "columns";
    }

    static int column(EObject o) {
        if (o instanceof ExternalHost) {
            return 0;
        }
        if (o instanceof PciBus bus) {
            // the small buses behind bridges stack in the first column, beside the (large) root buses
            return bus.eContainer() instanceof org.natsume.model.PciBridge ? 0 : 1;
        }
        if (o instanceof InterruptLine || o instanceof IoApic) {
            return 2;
        }
        if (o instanceof Domain) {
            return 3;
        }
        if (o instanceof LogicalCpu) {
            return 4;
        }
        return 5;
    }

    @Override
    public Map<EObject, int[]> layout(List<Node> nodes, List<Edge> edges) {
        List<List<Node>> columns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            columns.add(new ArrayList<>());
        }
        nodes.forEach(n -> columns.get(column(n.model())).add(n));
        Map<EObject, int[]> out = new LinkedHashMap<>();
        int x = 20;
        for (List<Node> column : columns) {
            if (column.isEmpty()) {
                continue;
            }
            int y = 20;
            int width = 0;
            for (Node n : column) {
                if (y > 20 && y + n.height() > MAX_HEIGHT) {
                    x += width + GAP;
                    y = 20;
                    width = 0;
                }
                out.put(n.model(), new int[] { x, y });
                y += n.height() + GAP;
                width = Math.max(width, n.width());
            }
            x += width + COLUMN_GAP;
        }
        return out;
    }
}
