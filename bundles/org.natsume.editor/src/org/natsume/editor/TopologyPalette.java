package org.natsume.editor;

import java.util.List;

import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.PaletteSeparator;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.natsume.editor.diagram.ConnectionKind;
import org.natsume.editor.diagram.NodeKind;

/**
 * The palette (domain.md §2): hardware (CPU, IO-APIC, PCI bus and bridge, devices, interrupt line), software (Dom0,
 * DomU, RT-VM, VCPU), the outside world (external host) and the connection tools (INTx wiring, pinning, the three
 * assignment modes, network link). Tools carry a {@link NodeKind} or {@link ConnectionKind}; the edit policies turn
 * them into commands.
 */
public final class TopologyPalette {
    private TopologyPalette() {
    }

    public static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup("Tools");
        ToolEntry select = new SelectionToolEntry();
        tools.add(select);
        tools.add(new MarqueeToolEntry());
        root.add(tools);
        root.setDefaultEntry(select);
        root.add(new PaletteSeparator());
        root.add(drawer("Hardware", List.of(NodeKind.CPU, NodeKind.IO_APIC, NodeKind.PCI_BUS, NodeKind.PCI_BRIDGE,
                NodeKind.NIC, NodeKind.USB, NodeKind.STORAGE, NodeKind.DEVICE, NodeKind.INTERRUPT_LINE)));
        root.add(drawer("Domains", List.of(NodeKind.DOM0, NodeKind.DOMU, NodeKind.RT_VM, NodeKind.VCPU,
                NodeKind.EXTERNAL_HOST)));
        PaletteDrawer connections = new PaletteDrawer("Connections");
        for (ConnectionKind kind : ConnectionKind.values()) {
            connections.add(new ConnectionCreationToolEntry(kind.label(), kind.description(), factory(kind),
                    PaletteIcons.of(kind), PaletteIcons.of(kind)));
        }
        root.add(connections);
        return root;
    }

    private static PaletteDrawer drawer(String label, List<NodeKind> kinds) {
        PaletteDrawer d = new PaletteDrawer(label);
        for (NodeKind kind : kinds) {
            d.add(new CombinedTemplateCreationEntry(kind.label(), kind.description(), kind, factory(kind),
                    PaletteIcons.of(kind), PaletteIcons.of(kind)));
        }
        return d;
    }

    /** The request's "new object" is the kind itself; the command factory builds the model object. */
    static CreationFactory factory(Object kind) {
        return new CreationFactory() {
            @Override
            public Object getNewObject() {
                return kind;
            }

            @Override
            public Object getObjectType() {
                return kind;
            }
        };
    }
}
