package org.natsume.editor.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NetworkLink;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.pci.PciTree;

/**
 * What the diagram shows, computed once per model change (domain.md §2): the top-level nodes (CPUs, IO-APICs, PCI
 * buses, interrupt lines, domains, external hosts; devices sit inside their bus, VCPUs inside their domain) and, for
 * every node, the edges that start or end there. Edit parts ask this index instead of scanning the model, which keeps
 * a refresh of a 500-device topology linear.
 */
public final class DiagramIndex {
    private final List<EObject> nodes = new ArrayList<>();
    private final Map<EObject, List<Object>> outgoing = new HashMap<>();
    private final Map<EObject, List<Object>> incoming = new HashMap<>();

    public DiagramIndex(Topology t) {
        Machine m = t.getMachine();
        if (m != null) {
            nodes.addAll(m.getCpus());
            nodes.addAll(m.getIoApics());
            List<PciBus> buses = PciTree.buses(m);
            nodes.addAll(buses);
            nodes.addAll(m.getInterruptLines());
            for (PciBus bus : buses) {
                for (PciFunction f : bus.getFunctions()) {
                    if (f.getLine() != null) {
                        edge(new Wire.Intx(f, f.getLine()), f, f.getLine());
                    }
                    if (f instanceof PciBridge b && b.getSecondaryBus() != null) {
                        edge(new Wire.Bridge(b, b.getSecondaryBus()), b, b.getSecondaryBus());
                    }
                }
            }
        }
        nodes.addAll(t.getDomains());
        nodes.addAll(t.getExternalHosts());
        for (Domain d : t.getDomains()) {
            for (Vcpu v : d.getVcpus()) {
                for (LogicalCpu c : v.getHardAffinity()) {
                    edge(new Wire.Pinning(v, c), v, c);
                }
            }
            for (DeviceAttachment a : d.getAttachments()) {
                if (a.getFunction() != null) {
                    edge(a, a.getFunction(), d);
                }
            }
        }
        for (NetworkLink l : t.getLinks()) {
            if (l.getNic() != null && l.getHost() != null) {
                edge(l, l.getNic(), l.getHost());
            }
        }
    }

    private void edge(Object edge, EObject source, EObject target) {
        outgoing.computeIfAbsent(source, k -> new ArrayList<>()).add(edge);
        incoming.computeIfAbsent(target, k -> new ArrayList<>()).add(edge);
    }

    public List<EObject> nodes() {
        return nodes;
    }

    public List<Object> outgoing(EObject node) {
        return outgoing.getOrDefault(node, List.of());
    }

    public List<Object> incoming(EObject node) {
        return incoming.getOrDefault(node, List.of());
    }

    /** Source of an edge object (a Wire, an attachment or a link). */
    public static EObject source(Object edge) {
        if (edge instanceof Wire w) {
            return w.source();
        }
        if (edge instanceof DeviceAttachment a) {
            return a.getFunction();
        }
        if (edge instanceof NetworkLink l) {
            return l.getNic();
        }
        return null;
    }

    /** Target of an edge object. */
    public static EObject target(Object edge) {
        if (edge instanceof Wire w) {
            return w.target();
        }
        if (edge instanceof DeviceAttachment a) {
            return a.eContainer();
        }
        if (edge instanceof NetworkLink l) {
            return l.getHost();
        }
        return null;
    }
}
