package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.diagram.ConnectionKind;
import org.natsume.editor.layout.AutoLayout;
import org.natsume.editor.layout.ColumnLayout;
import org.natsume.editor.parts.NodePart;
import org.natsume.model.Domain;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.io.TopologyStore;

/** Save and reload (model and positions), auto-layout as one undoable command, PNG and SVG export. */
class SaveLayoutExportTest extends SharedExampleEditorTest {
    @Test
    void aFileWithoutPositionsIsLaidOutOnOpenWithoutBecomingDirty() {
        for (EObject n : editor.context().index().nodes()) {
            assertNotNull(editor.commands().notation().position(n), "placed: " + n);
        }
        assertFalse(editor.isDirty());
    }

    @Test
    void saveAndReloadGiveTheSameModelAndTheSamePositions() throws Exception {
        Domain guestB = EditorFixture.domain(t, "guestB");
        Vcpu v = guestB.getVcpus().get(0);
        LogicalCpu cpu3 = t.getMachine().getCpus().get(3);
        assertTrue(editor.execute(editor.commands().connect(ConnectionKind.PINNING, v, cpu3)));
        assertTrue(editor.execute(editor.commands().move(guestB, 777, 333)));
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty(), "saving clears the dirty marker");

        Topology reloaded = TopologyStore.load(editor.file());
        assertTrue(new EcoreUtil.EqualityHelper().equals(t, reloaded), "the saved model equals the edited one");
        TopologyEditor again = fixture.open(copy(editor.file()));
        Domain b2 = EditorFixture.domain(again.topology(), "guestB");
        assertArrayEquals(new int[] { 777, 333 }, again.commands().notation().position(b2));
        assertTrue(b2.getVcpus().get(0).getHardAffinity().stream().anyMatch(c -> c.getCpuId() == 3));
    }

    @Test
    void savingAFileOpenedThroughASymbolicLinkWritesItsTargetAndKeepsItsMode() throws Exception {
        Path real = copy(editor.file());
        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = Files.createSymbolicLink(fixture.dir.resolve("link.natsume"), real.getFileName());
        TopologyEditor viaLink = fixture.open(link);
        Domain guestB = EditorFixture.domain(viaLink.topology(), "guestB");
        assertTrue(viaLink.execute(viaLink.commands().move(guestB, 444, 222)));
        viaLink.doSave(null);
        assertFalse(viaLink.isDirty());
        assertTrue(Files.isSymbolicLink(link), "the save replaced the link by a file");
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        TopologyEditor again = fixture.open(real);
        assertArrayEquals(new int[] { 444, 222 }, again.commands().notation().position(EditorFixture.domain(again.topology(), "guestB")));
    }

    private Path copy(Path file) throws Exception {
        Path target = fixture.dir.resolve("copy.natsume");
        Files.copy(file, target);
        return target;
    }

    @Test
    void autoLayoutIsOneUndoableCommandAndLeavesNoOverlaps() {
        List<EObject> nodes = editor.context().index().nodes();
        List<int[]> before = new ArrayList<>();
        nodes.forEach(n -> before.add(editor.commands().notation().position(n)));
        // scramble first so the layout has something to do
        for (EObject n : nodes) {
            editor.execute(editor.commands().move(n, 10, 10));
        }
        int depth = stackDepth();
        assertTrue(editor.autoLayout(AutoLayout.preferred()));
        assertEquals(depth + 1, stackDepth(), "the whole layout is one command");
        assertNoOverlaps(nodes);
        editor.emfStack().undo();
        for (EObject n : nodes) {
            assertArrayEquals(new int[] { 10, 10 }, editor.commands().notation().position(n));
        }
        assertTrue(editor.autoLayout(new ColumnLayout()));
        assertNoOverlaps(nodes);
    }

    private int stackDepth() {
        int n = 0;
        org.eclipse.emf.common.command.BasicCommandStack s = editor.emfStack();
        List<org.eclipse.emf.common.command.Command> undone = new ArrayList<>();
        while (s.canUndo()) {
            undone.add(s.getUndoCommand());
            s.undo();
            n++;
        }
        for (int i = 0; i < n; i++) {
            s.redo();
        }
        return n;
    }

    private void assertNoOverlaps(List<EObject> nodes) {
        EditorFixture.spin();
        editor.viewer().getControl().update();
        List<Rectangle> boxes = new ArrayList<>();
        for (EObject n : nodes) {
            NodePart p = EditorFixture.part(editor, n);
            p.getFigure().getParent().validate();
            boxes.add(p.getFigure().getBounds().getCopy());
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), nodes.get(i) + " overlaps " + nodes.get(j));
            }
        }
    }

    @Test
    void exportWritesAPngAndAnSvgOfTheDiagram() throws Exception {
        Path png = fixture.dir.resolve("case3.png");
        Path svg = fixture.dir.resolve("case3.svg");
        editor.exportPng(png);
        editor.exportSvg(svg);
        ImageData[] data = new ImageLoader().load(png.toString());
        assertEquals(1, data.length);
        assertTrue(data[0].width > 300 && data[0].height > 200, data[0].width + "x" + data[0].height);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg"), text.substring(0, 100));
        assertTrue(text.contains("GSI 20"), "the SVG has the figures' text");
        assertTrue(text.contains("SHARED by 2"), "the shared line is marked in the SVG");
        assertTrue(text.contains("stroke-dasharray"), "dashed edges (vif, pinning) keep their style");
        try (var files = Files.list(fixture.dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp files left");
        }
    }
}
