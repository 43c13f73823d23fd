package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.DirectEditRequest;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.natsume.editor.commands.CopyPaste;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.Identified;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.ioapic.PinProgramming;
import org.natsume.model.pci.PciTree;

/**
 * Editing in the diagram: copy/paste of devices and domains through Edit > Copy / Paste (one undoable command, new
 * unique ids, names, device numbers and domids; what cannot be copied as it is is said); Select All inside an
 * in-place edit selects the text, not the figures; a vector shown in hex takes hex input, refusing bad text at
 * the field.
 */
class CopyPasteAndFieldsTest extends SharedExampleEditorTest {

    @AfterEach
    void clearClipboard() {
        CopyPaste.clear();
    }

    private IAction action(ActionFactory f) {
        return editor.getEditorSite().getActionBars().getGlobalActionHandler(f.getId());
    }

    private void select(EObject... models) {
        List<EditPart> parts = Arrays.stream(models).map(m -> EditorFixture.anyPart(editor, m)).toList();
        editor.viewer().setSelection(new StructuredSelection(parts));
        EditorFixture.spin();
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        int[] n = {0};
        t.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified i && i.getId() != null) {
                ids.add(i.getId());
                n[0]++;
            }
        });
        assertEquals(n[0], ids.size(), "ids are unique");
        return ids;
    }

    @Test
    void aDeviceAndADomainArePastedAsOneUndoableCommandWithNewIdsNamesAndNumbers() {
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        Domain guestB = EditorFixture.domain(t, "guestB");
        PciBus bus = (PciBus) nicB.eContainer();
        int functions = bus.getFunctions().size();
        int domains = t.getDomains().size();
        select(nicB, guestB);
        IAction copy = action(ActionFactory.COPY);
        IAction paste = action(ActionFactory.PASTE);
        assertTrue(copy != null && copy.isEnabled(), "Copy is the editor's and enabled on a device and a domain");
        copy.run();
        assertTrue(paste.isEnabled());
        ids();
        paste.run();
        EditorFixture.spin();

        assertEquals(functions + 1, bus.getFunctions().size(), "the device goes to its original's bus");
        PciFunction copyOfNic = bus.getFunctions().get(bus.getFunctions().size() - 1);
        assertNotEquals(nicB.getId(), copyOfNic.getId());
        assertNotEquals(nicB.getName(), copyOfNic.getName());
        Set<Integer> devices = new HashSet<>();
        bus.getFunctions().forEach(f -> assertTrue(devices.add(PciTree.bdf(f).orElseThrow().device() * 8
                + PciTree.bdf(f).orElseThrow().function()), "no BDF twice: " + f.getBdf()));
        assertNull(copyOfNic.getLine(), "pasted unwired: its line would be shared");

        assertEquals(domains + 1, t.getDomains().size());
        Domain copyOfB = t.getDomains().get(t.getDomains().size() - 1);
        assertEquals(DomainKind.RT_VM, copyOfB.getKind());
        assertNotEquals(guestB.getName(), copyOfB.getName());
        assertEquals(t.getDomains().stream().mapToInt(Domain::getDomid).max().getAsInt(), copyOfB.getDomid());
        assertEquals(1, t.getDomains().stream().filter(d -> d.getDomid() == copyOfB.getDomid()).count());
        assertTrue(copyOfB.getAttachments().isEmpty(), "a device belongs to one domain");
        assertEquals(guestB.getVcpus().size(), copyOfB.getVcpus().size());
        assertEquals(guestB.getVcpus().get(0).getHardAffinity(), copyOfB.getVcpus().get(0).getHardAffinity());
        ids();
        List<?> selected = ((IStructuredSelection) editor.viewer().getSelection()).toList();
        assertEquals(2, selected.size(), "the pasted objects are selected");

        editor.emfStack().undo();
        assertEquals(functions, bus.getFunctions().size(), "one undo takes the whole paste back");
        assertEquals(domains, t.getDomains().size());
        editor.emfStack().redo();
        assertEquals(domains + 1, t.getDomains().size());

        paste.run(); // again: new names and numbers once more
        assertEquals(domains + 2, t.getDomains().size());
        ids();
    }

    @Test
    void aSecondDom0IsPastedAsADomUAndSaysSo() {
        Domain dom0 = t.getDomains().stream().filter(d -> d.getKind() == DomainKind.DOM0).findFirst().orElseThrow();
        CopyPaste.copy(List.of(dom0));
        CopyPaste.Pasted p = CopyPaste.paste(editor.commands(), null);
        assertTrue(editor.execute(p.command()));
        Domain pasted = (Domain) p.created().get(0);
        assertEquals(DomainKind.DOMU, pasted.getKind());
        assertTrue(p.summary().contains("a second Dom0 is not allowed"), p.summary());
        assertEquals(1, t.getDomains().stream().filter(d -> d.getKind() == DomainKind.DOM0).count());
    }

    /** Two pastes of guestA land next to it, clear of every node (issue 13: they used to cover the original). */
    @Test
    void pastedDomainsDoNotCoverOtherNodes() {
        Domain guestA = EditorFixture.domain(t, "guestA");
        CopyPaste.copy(List.of(guestA));
        for (int k = 0; k < 2; k++) {
            List<EObject> nodes = editor.context().index().nodes();
            CopyPaste.Pasted p = CopyPaste.paste(editor.commands(), null, nodes, editor::preferredSize);
            assertTrue(editor.execute(p.command()));
            EObject pasted = p.created().get(0);
            int[] at = editor.commands().notation().position(pasted);
            int[] wh = editor.preferredSize(guestA);
            for (EObject n : nodes) {
                int[] xy = editor.commands().notation().position(n);
                int[] size = editor.preferredSize(n);
                boolean overlap = at[0] < xy[0] + size[0] && xy[0] < at[0] + wh[0] && at[1] < xy[1] + size[1]
                        && xy[1] < at[1] + wh[1];
                assertFalse(overlap, "paste " + k + " at " + Arrays.toString(at) + " covers " + n);
            }
        }
    }

    @Test
    void aFullBusRefusesThePastedDeviceAndSaysWhy() {
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        PciBus bus = (PciBus) nicB.eContainer();
        CopyPaste.copy(List.of(nicB));
        int guard = 0;
        while (guard++ < 40) {
            CopyPaste.Pasted p = CopyPaste.paste(editor.commands(), bus);
            if (p.command() == null) {
                assertTrue(p.summary().contains("has no free device number"), p.summary());
                return;
            }
            assertTrue(editor.execute(p.command()));
        }
        throw new AssertionError("the bus never filled up");
    }

    @Test
    void selectAllInAnInPlaceEditSelectsTheTextNotTheFigures() {
        Domain guestB = EditorFixture.domain(t, "guestB");
        select(guestB);
        EditPart part = EditorFixture.anyPart(editor, guestB);
        DirectEditRequest r = new DirectEditRequest(RequestConstants.REQ_DIRECT_EDIT);
        part.performRequest(r);
        EditorFixture.spin();
        Text text = java.util.Arrays.stream(((org.eclipse.swt.widgets.Composite) editor.viewer().getControl()).getChildren())
                .filter(c -> c instanceof Text && c.isVisible()).map(c -> (Text) c).findFirst()
                .orElseThrow(() -> new AssertionError("no in-place text editor"));
        text.setSelection(0);
        assertEquals(0, text.getSelectionCount());
        IActionBars bars = editor.getEditorSite().getActionBars();
        bars.getGlobalActionHandler(ActionFactory.SELECT_ALL.getId()).run();
        assertEquals(text.getText().length(), text.getSelectionCount(), "the whole text is selected");
        assertEquals(1, ((IStructuredSelection) editor.viewer().getSelection()).size(), "the figures' selection stays");

        assertFalse(bars.getGlobalActionHandler(ActionFactory.UNDO.getId()).isEnabled(), "no diagram undo mid-edit");
        text.notifyListeners(org.eclipse.swt.SWT.KeyDown, escape(text)); // cancel the edit
        EditorFixture.spin();
        IAction afterwards = bars.getGlobalActionHandler(ActionFactory.SELECT_ALL.getId());
        afterwards.run();
        assertTrue(((IStructuredSelection) editor.viewer().getSelection()).size() > 1,
                "out of the edit, Select All selects the figures again");
    }

    private static org.eclipse.swt.widgets.Event escape(Text text) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.character = '\u001b';
        e.keyCode = org.eclipse.swt.SWT.ESC;
        e.doit = true;
        e.widget = text;
        return e;
    }

    private IPropertySource source(EObject o) {
        return new org.natsume.ui.properties.ItemPropertySourceProvider(editor.editingDomain().getAdapterFactory(),
                new org.natsume.editor.validation.PropertyRules()).getPropertySource(o);
    }

    @Test
    void aVectorShownInHexTakesHexInput() {
        RedirectionEntry pin = PinProgramming.entry(t.getMachine(), 20).orElseThrow();
        IPropertySource s = source(pin);
        IPropertyDescriptor vector = Arrays.stream(s.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equalsIgnoreCase("vector")).findFirst().orElseThrow();
        assertEquals(String.format("0x%02x", pin.getVector()), vector.getLabelProvider().getText(s.getPropertyValue(vector.getId())));
        CellEditor cell = vector.createPropertyEditor(editor.getSite().getShell());
        try {
            assertNull(cell.getValidator().isValid("0x30"));
            String bad = MessageFormat.format(cell.getValidator().isValid("0x3g"), "");
            assertTrue(bad.contains("not a hexadecimal number of 1 to 2 digits"), bad);
            cell.setValue(pin.getVector());
            cell.activate();
            Text field = (Text) cell.getControl();
            field.setText("0x130");
            assertFalse(cell.isValueValid(), "refused at the field");
            field.setText("0x30");
            assertTrue(cell.isValueValid());
            assertEquals(0x30, cell.getValue());
        } finally {
            cell.dispose();
        }
        s.setPropertyValue(vector.getId(), 0x30);
        assertEquals(0x30, pin.getVector());
    }
}
