package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.parts.NodePart;
import org.natsume.model.Domain;
import org.natsume.model.InterruptLine;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyStore;
import org.natsume.ui.PathEditorInput;

/** Writes topologies to a temporary folder and opens them in the real editor inside the running workbench. */
final class EditorFixture implements AutoCloseable {
    final Path dir;

    EditorFixture() throws IOException {
        dir = Files.createTempDirectory("natsume-editor-test");
    }

    static void spin() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain pending UI work
        }
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    Path write(String name, Topology t) throws IOException {
        Path file = dir.resolve(name + ".natsume");
        TopologyStore.save(t, file);
        return file;
    }

    TopologyEditor open(Path file) throws Exception {
        TopologyEditor editor = (TopologyEditor) page().openEditor(new PathEditorInput(file), TopologyEditor.ID);
        assertNotNull(editor);
        spin();
        return editor;
    }

    TopologyEditor openExample(String example) throws Exception {
        return open(write(example, Examples.load(example)));
    }

    static NodePart part(TopologyEditor editor, EObject model) {
        Object p = editor.viewer().getEditPartRegistry().get(model);
        assertNotNull(p, "no edit part for " + model);
        return (NodePart) p;
    }

    static EditPart anyPart(TopologyEditor editor, Object model) {
        Object p = editor.viewer().getEditPartRegistry().get(model);
        assertNotNull(p, "no edit part for " + model);
        return (EditPart) p;
    }

    static Domain domain(Topology t, String id) {
        return t.getDomains().stream().filter(d -> id.equals(d.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no domain " + id));
    }

    static InterruptLine line(Topology t, int gsi) {
        return t.getMachine().getInterruptLines().stream().filter(l -> l.getGsi() == gsi).findFirst()
                .orElseThrow(() -> new AssertionError("no GSI " + gsi));
    }

    static <T extends EObject> T byId(Topology t, String id, Class<T> type) {
        for (var it = t.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (type.isInstance(o) && id.equals(o.eGet(o.eClass().getEIDAttribute()))) {
                return type.cast(o);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + id);
    }

    @Override
    public void close() throws IOException {
        page().closeAllEditors(false);
        spin();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
