package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.natsume.editor.TopologyEditor;
import org.natsume.model.examples.Examples;

/**
 * Benchmark, not a timed assertion: time to first paint of the topology editor for the generated 500-device topology
 * (file without positions, so the first placement is included), 5 runs after one warm-up, printed as
 * {@code EDITOR-BENCH ...}. Run with the test suite (see docs/performance.md, "Editor").
 */
class EditorOpenBenchmark {
    private static final int RUNS = 5;

    @Test
    void timeToFirstPaintOfFiveHundredDevices() throws Exception {
        try (EditorFixture fixture = new EditorFixture()) {
            Path file = fixture.write("synthetic-500", Examples.synthetic(500));
            long[] ms = new long[RUNS + 1];
            for (int i = 0; i <= RUNS; i++) {
                TopologyEditor editor = fixture.open(file);
                long deadline = System.currentTimeMillis() + 20_000;
                while (editor.timeToFirstPaintNanos() == 0 && System.currentTimeMillis() < deadline) {
                    if (!Display.getCurrent().readAndDispatch()) {
                        Display.getCurrent().sleep();
                    }
                }
                ms[i] = editor.timeToFirstPaintNanos() / 1_000_000;
                assertTrue(ms[i] > 0, "the editor painted");
                EditorFixture.page().closeEditor(editor, false);
                EditorFixture.spin();
            }
            long[] measured = Arrays.copyOfRange(ms, 1, ms.length);
            Arrays.sort(measured);
            System.out.printf("EDITOR-BENCH synthetic-500 time-to-first-paint: first=%d ms, median=%d ms, min=%d ms,"
                    + " max=%d ms (%d runs after warm-up)%n", ms[0], measured[RUNS / 2], measured[0],
                    measured[RUNS - 1], RUNS);
        }
    }
}
