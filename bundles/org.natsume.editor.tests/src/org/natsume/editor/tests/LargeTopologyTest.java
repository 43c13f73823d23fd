package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natsume.editor.TopologyEditor;
import org.natsume.model.PciFunction;
import org.natsume.model.examples.Examples;
import org.natsume.model.pci.PciTree;

/** A generated 500-device topology opens with a figure per device and paints (timing: see EditorOpenBenchmark). */
class LargeTopologyTest {
    private EditorFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new EditorFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void fiveHundredDevicesOpenWithAFigureEach() throws Exception {
        TopologyEditor editor = fixture.open(fixture.write("synthetic-500", Examples.synthetic(500)));
        int functions = 0;
        for (PciFunction f : PciTree.functions(editor.topology().getMachine())) {
            functions++;
            EditorFixture.part(editor, f);
        }
        assertTrue(functions >= 500, "functions: " + functions);
        assertEquals(editor.context().index().nodes().size(), editor.viewer().getContents().getChildren().size());
        assertTrue(editor.timeToFirstPaintNanos() > 0, "the diagram painted");
        // an edit on the big model still refreshes everything consistently
        editor.execute(editor.commands().move(editor.context().index().nodes().get(0), 5, 5));
        editor.emfStack().undo();
    }
}
