package org.natsume.editor.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.natsume.editor.TopologyEditor;
import org.natsume.model.Topology;

/** Tests that each open the paper's shared-IRQ example in a fresh editor and close it afterwards. */
abstract class SharedExampleEditorTest {
    EditorFixture fixture;
    TopologyEditor editor;
    Topology t;

    @BeforeEach
    void open() throws Exception {
        fixture = new EditorFixture();
        editor = fixture.openExample("paper-case3-passthrough-shared");
        t = editor.topology();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }
}
