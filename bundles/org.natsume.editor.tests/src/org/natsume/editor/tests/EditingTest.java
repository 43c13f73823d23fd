package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.RequestConstants;
import org.junit.jupiter.api.Test;
import org.natsume.editor.diagram.ConnectionKind;
import org.natsume.editor.diagram.NodeKind;
import org.natsume.editor.diagram.Wire;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.InterruptLine;
import org.natsume.model.Nic;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.bdf.BdfFormatException;

/** Create, connect and delete through the diagram's commands; undo, redo and the dirty marker. */
class EditingTest extends SharedExampleEditorTest {
    private static CreationFactory kind(Object k) {
        return new CreationFactory() {
            @Override
            public Object getNewObject() {
                return k;
            }

            @Override
            public Object getObjectType() {
                return k;
            }
        };
    }

    /** Runs a GEF command through the editor's (EMF-backed) GEF command stack, as a tool would. */
    private void run(Command c) {
        assertNotNull(c, "the diagram refused the request");
        assertTrue(c.canExecute());
        editor.viewer().getEditDomain().getCommandStack().execute(c);
        EditorFixture.spin();
    }

    @Test
    void aNicDroppedOnABusIsCreatedUndoneAndRedone() {
        PciBus bus = t.getMachine().getPciRoots().get(0);
        int before = bus.getFunctions().size();
        CreateRequest req = new CreateRequest();
        req.setFactory(kind(NodeKind.NIC));
        req.setLocation(new Point(5, 5));
        EditPart busPart = EditorFixture.part(editor, bus);
        run(busPart.getCommand(req));

        assertEquals(before + 1, bus.getFunctions().size());
        PciFunction nic = bus.getFunctions().get(before);
        assertTrue(nic instanceof Nic);
        assertEquals("e1000e", nic.getDriver());
        assertTrue(nic.getBdf().startsWith(String.format("%04x:%02x:", bus.getSegment(), bus.getBusNumber())));
        assertNotNull(editor.viewer().getEditPartRegistry().get(nic), "the new NIC has a figure in its bus");
        assertTrue(editor.isDirty());
        assertEquals("Create NIC", editor.emfStack().getUndoCommand().getLabel());

        editor.viewer().getEditDomain().getCommandStack().undo();
        assertEquals(before, bus.getFunctions().size());
        assertNull(editor.viewer().getEditPartRegistry().get(nic));
        assertFalse(editor.isDirty(), "undoing the only edit makes the editor clean again");

        editor.viewer().getEditDomain().getCommandStack().redo();
        assertEquals(before + 1, bus.getFunctions().size());
        assertTrue(editor.isDirty());
    }

    @Test
    void theDirtyMarkerFollowsTheCommandStack() {
        int[] dirtyEvents = new int[1];
        editor.addPropertyListener((source, id) -> {
            if (id == org.eclipse.ui.IEditorPart.PROP_DIRTY) {
                dirtyEvents[0]++;
            }
        });
        assertTrue(editor.execute(editor.commands().rename(EditorFixture.domain(t, "guestA"), "guest-a")));
        assertTrue(editor.isDirty());
        assertTrue(dirtyEvents[0] > 0, "the workbench is told, so the tab shows '*'");
        editor.doSave(null);
        assertFalse(editor.isDirty());
    }

    @Test
    void topLevelNodesGetTheirDropPosition() {
        CreateRequest req = new CreateRequest();
        req.setFactory(kind(NodeKind.RT_VM));
        req.setLocation(new Point(400, 300));
        req.setSize(null);
        run(editor.viewer().getContents().getCommand(req));
        Domain rt = t.getDomains().get(t.getDomains().size() - 1);
        assertEquals(org.natsume.model.DomainKind.RT_VM, rt.getKind());
        assertEquals(1, rt.getVcpus().size(), "a new domain has one VCPU");
        int[] xy = editor.commands().notation().position(rt);
        assertNotNull(xy);
        assertTrue(xy[0] > 0 && xy[1] > 0, "placed where dropped: " + xy[0] + "," + xy[1]);
    }

    @Test
    void intxWiringConnectsADeviceToALineAndDeletingTheEdgeUnroutesIt() {
        PciFunction usb = EditorFixture.byId(t, "pci-00-1a.0", PciFunction.class);
        InterruptLine line = EditorFixture.line(t, 21);
        int sharers = line.getSharers().size();

        CreateConnectionRequest req = new CreateConnectionRequest();
        req.setFactory(kind(ConnectionKind.INTX));
        req.setType(RequestConstants.REQ_CONNECTION_START);
        EditPart source = EditorFixture.part(editor, usb);
        req.setSourceEditPart(source);
        req.setTargetEditPart(source);
        Command start = source.getCommand(req);
        assertNotNull(start, "INTx wiring may start at a device");
        req.setStartCommand(start);
        EditPart target = EditorFixture.part(editor, line);
        req.setTargetEditPart(target);
        req.setType(RequestConstants.REQ_CONNECTION_END);
        run(target.getCommand(req));

        assertEquals(line, usb.getLine());
        assertEquals(sharers + 1, line.getSharers().size());
        EditPart edge = EditorFixture.anyPart(editor, new Wire.Intx(usb, line));

        GroupRequest delete = new GroupRequest(RequestConstants.REQ_DELETE);
        delete.setEditParts(edge);
        run(edge.getCommand(delete));
        assertNull(usb.getLine());
        assertEquals(sharers, line.getSharers().size());

        editor.viewer().getEditDomain().getCommandStack().undo();
        assertEquals(line, usb.getLine());
    }

    @Test
    void draggingAnEdgeEndOntoAnotherNodeReconnectsIt() {
        // the INTx wire of NIC-B: its line end moves from the shared GSI 16 to GSI 21 through the diagram
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        InterruptLine shared = nicB.getLine();
        InterruptLine other = EditorFixture.line(t, 21);
        EditPart edge = EditorFixture.anyPart(editor, new Wire.Intx(nicB, shared));
        org.eclipse.gef.requests.ReconnectRequest r = new org.eclipse.gef.requests.ReconnectRequest(
                RequestConstants.REQ_RECONNECT_TARGET);
        r.setConnectionEditPart((org.eclipse.gef.ConnectionEditPart) edge);
        EditPart otherPart = EditorFixture.part(editor, other);
        r.setTargetEditPart(otherPart);
        run(otherPart.getCommand(r));
        assertEquals(other, nicB.getLine());
        assertFalse(shared.getSharers().contains(nicB));
        editor.viewer().getEditDomain().getCommandStack().undo();
        assertEquals(shared, nicB.getLine(), "one undo puts the wire back");

        // guest B's pass-through attachment moves to guest A; the bridge edge and a wrong end are refused
        DeviceAttachment att = EditorFixture.domain(t, "guestB").getAttachments().get(0);
        Domain guestA = EditorFixture.domain(t, "guestA");
        assertTrue(editor.execute(editor.commands().reconnect(att, null, guestA)));
        assertEquals(guestA, att.eContainer());
        assertEquals(nicB, att.getFunction());
        assertEquals("guestA-nic-b", att.getId(), "the id follows the new domain");
        editor.emfStack().undo();
        assertEquals(EditorFixture.domain(t, "guestB"), att.eContainer());
        assertNull(editor.commands().reconnect(att, null, other), "an attachment ends on a domain");
        assertEquals("assignment ends on a domain", editor.commands().reconnectRefusal(att, nicB, other));

        // a pinning moves to another PCPU
        org.natsume.model.Vcpu vcpu = EditorFixture.domain(t, "guestB").getVcpus().get(0);
        org.natsume.model.LogicalCpu from = vcpu.getHardAffinity().get(0);
        org.natsume.model.LogicalCpu to = t.getMachine().getCpus().get(5);
        assertTrue(editor.execute(editor.commands().reconnect(new Wire.Pinning(vcpu, from), null, to)));
        assertEquals(List.of(to), vcpu.getHardAffinity());
        editor.emfStack().undo();
        assertEquals(List.of(from), vcpu.getHardAffinity());
    }

    @Test
    void aDeviceDraggedOntoAnotherBusMovesThereWithItsBdf() {
        PciFunction nicA = EditorFixture.byId(t, "nic-a", PciFunction.class);
        org.natsume.model.PciBus from = (org.natsume.model.PciBus) nicA.eContainer();
        org.natsume.model.PciBus to = org.natsume.model.pci.PciTree.buses(t.getMachine()).stream()
                .filter(b -> b != from && b.getFunctions().isEmpty()).findFirst().orElseThrow();
        InterruptLine line = nicA.getLine();

        EditPart device = EditorFixture.part(editor, nicA);
        EditPart busPart = EditorFixture.part(editor, to);
        org.eclipse.gef.requests.ChangeBoundsRequest drag = new org.eclipse.gef.requests.ChangeBoundsRequest(
                RequestConstants.REQ_ADD);
        drag.setEditParts(device);
        drag.setLocation(new org.eclipse.draw2d.geometry.Point(5, 5));
        editor.viewer().select(device);
        run(busPart.getCommand(drag));
        assertEquals(to, nicA.eContainer());
        assertEquals(nicA, ((EditPart) ((org.eclipse.jface.viewers.IStructuredSelection) editor.viewer().getSelection())
                .getFirstElement()).getModel(), "the moved device stays selected");
        assertEquals(String.format("%04x:%02x:19.0", to.getSegment(), to.getBusNumber()), nicA.getBdf(),
                "device 19 is free on the empty bus, so only the bus number changes");
        assertEquals(line, nicA.getLine(), "the INTx wire stays until the user reroutes it");
        editor.viewer().getEditDomain().getCommandStack().undo();
        assertEquals(from, nicA.eContainer());
        assertEquals("0000:00:19.0", nicA.getBdf());

        // a taken device number gives way to the lowest free one; a bridge cannot go behind itself
        PciFunction hostBridge = EditorFixture.byId(t, "pci-00-00.0", PciFunction.class);
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        org.natsume.model.PciBus bus0 = (org.natsume.model.PciBus) hostBridge.eContainer();
        assertTrue(editor.execute(editor.commands().moveToBus(nicB, bus0)));
        assertTrue(nicB.getBdf().startsWith("0000:00:"), nicB.getBdf());
        assertTrue(bus0.getFunctions().stream().filter(f -> f != nicB).noneMatch(f -> f.getBdf().equals(nicB.getBdf())),
                "no two functions share a BDF");
        editor.emfStack().undo();
        org.natsume.model.PciBridge bridge = (org.natsume.model.PciBridge) nicB.eContainer().eContainer();
        assertEquals("a bridge cannot move onto its own secondary bus", editor.commands().moveRefusal(bridge,
                bridge.getSecondaryBus()));
        assertNull(editor.commands().moveToBus(bridge, bridge.getSecondaryBus()));
    }

    @Test
    void aConnectionToolRefusesTheWrongEnds() {
        Domain dom0 = EditorFixture.domain(t, "dom0");
        CreateConnectionRequest req = new CreateConnectionRequest();
        req.setFactory(kind(ConnectionKind.INTX));
        req.setType(RequestConstants.REQ_CONNECTION_START);
        EditPart domPart = EditorFixture.part(editor, dom0);
        req.setSourceEditPart(domPart);
        assertNull(domPart.getCommand(req), "INTx wiring cannot start at a domain");
        assertNull(editor.commands().connect(ConnectionKind.PINNING, dom0, t.getMachine().getCpus().get(0)));
    }

    @Test
    void passThroughAssignmentAndDeletingTheDeviceTakesItsAttachmentWithIt() {
        PciFunction sata = EditorFixture.byId(t, "pci-00-1f.2", PciFunction.class);
        Domain guestA = EditorFixture.domain(t, "guestA");
        assertTrue(editor.execute(editor.commands().connect(ConnectionKind.ASSIGN_PASSTHROUGH, sata, guestA)));
        List<DeviceAttachment> atts = Ownership.attachments(t, sata);
        assertEquals(1, atts.size());
        assertEquals(AttachmentMode.PASSTHROUGH, atts.get(0).getMode());
        assertNotNull(editor.viewer().getEditPartRegistry().get(atts.get(0)), "the attachment is drawn as an edge");

        int functions = t.getMachine().getPciRoots().get(0).getFunctions().size();
        assertTrue(editor.execute(editor.commands().delete(List.of(sata))));
        assertEquals(functions - 1, t.getMachine().getPciRoots().get(0).getFunctions().size());
        assertTrue(Ownership.attachments(t, sata).isEmpty());
        assertTrue(guestA.getAttachments().stream().noneMatch(a -> a.getFunction() == sata));

        editor.emfStack().undo();
        assertEquals(functions, t.getMachine().getPciRoots().get(0).getFunctions().size());
        assertEquals(1, Ownership.attachments(t, sata).size(), "undo restores the device and its attachment");
    }

    @Test
    void deletingANodeThroughTheDiagramIsOneUndoableStep() {
        Domain guestA = EditorFixture.domain(t, "guestA");
        EditPart part = EditorFixture.part(editor, guestA);
        GroupRequest delete = new GroupRequest(RequestConstants.REQ_DELETE);
        delete.setEditParts(part);
        run(part.getCommand(delete));
        assertFalse(t.getDomains().contains(guestA));
        editor.emfStack().undo();
        assertTrue(t.getDomains().contains(guestA));
        assertNotNull(editor.viewer().getEditPartRegistry().get(guestA));
    }

    @Test
    void aBadBdfIsRefusedWithTheParsersMessage() {
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        BdfFormatException e = assertThrows(BdfFormatException.class,
                () -> editor.commands().setBdf(nicB, "0000:05:20.0"));
        assertTrue(e.getMessage().contains("device"), e.getMessage());
        assertTrue(editor.execute(editor.commands().setBdf(nicB, "5:1.0")));
        assertEquals("0000:05:01.0", nicB.getBdf(), "stored in canonical form");
    }

    @Test
    void thePropertiesViewEditsThroughTheCommandStack() {
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        org.natsume.ui.properties.ItemPropertySourceProvider provider =
                new org.natsume.ui.properties.ItemPropertySourceProvider(editor.editingDomain().getAdapterFactory(),
                        null);
        org.eclipse.ui.views.properties.IPropertySource source =
                provider.getPropertySource(EditorFixture.part(editor, nicB));
        assertNotNull(source, "a selected edit part has properties");
        Object nameId = java.util.Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equalsIgnoreCase("name")).findFirst().orElseThrow().getId();
        source.setPropertyValue(nameId, "NIC-B (RT)");
        assertEquals("NIC-B (RT)", nicB.getName());
        assertTrue(editor.emfStack().canUndo());
        editor.emfStack().undo();
        assertTrue(nicB.getName().startsWith("NIC-B 82541GI"));
    }

    @Test
    void pciIdsReadAndTypeInHex() {
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        org.eclipse.ui.views.properties.IPropertySource source =
                new org.natsume.ui.properties.ItemPropertySourceProvider(editor.editingDomain().getAdapterFactory(), null)
                        .getPropertySource(EditorFixture.part(editor, nicB));
        org.eclipse.ui.views.properties.IPropertyDescriptor vendor = java.util.Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equalsIgnoreCase("vendor id")).findFirst().orElseThrow();
        assertEquals("0x8086", vendor.getLabelProvider().getText(source.getPropertyValue(vendor.getId())));
        org.eclipse.ui.views.properties.IPropertyDescriptor classCode = java.util.Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equalsIgnoreCase("class code")).findFirst().orElseThrow();
        assertEquals("0x020000", classCode.getLabelProvider().getText(source.getPropertyValue(classCode.getId())));

        org.eclipse.jface.viewers.CellEditor cell = vendor.createPropertyEditor(editor.getSite().getShell());
        try {
            assertEquals(null, cell.getValidator().isValid("0x10DE"));
            assertEquals(null, cell.getValidator().isValid("10de"));
            String error = cell.getValidator().isValid("0x8086a");
            assertTrue(error != null && error.toLowerCase().contains("vendor id") && error.contains("1 to 4 digits"), error);
            // the Properties view formats the message with MessageFormat: the typed text keeps its quotes
            assertTrue(java.text.MessageFormat.format(error, "Vendor Id").contains("'0x8086a'"), error);
            assertTrue(cell.getValidator().isValid("intel") != null);
        } finally {
            cell.dispose();
        }
        source.setPropertyValue(vendor.getId(), org.natsume.ui.properties.HexValues.parse("0x10de", 4));
        assertEquals(0x10de, nicB.getVendorId());
        editor.emfStack().undo();
        assertEquals(0x8086, nicB.getVendorId());
    }
}
