package org.natsume.timeline.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.timeline.ui.RunDialog;

/** The Simulate dialog opens with the last run's duration, warm-up and seed of the same topology; each file its own. */
class SimulateSettingsTest {
    @TempDir
    Path dir;

    private RunDialog open(Path file) {
        RunDialog d = new RunDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), file);
        d.setBlockOnOpen(false);
        d.open();
        return d;
    }

    @Test
    void rememberedPerTopology() throws Exception {
        Path a = Files.writeString(dir.resolve("a.natsume"), "x");
        Path b = Files.writeString(dir.resolve("b.natsume"), "x");
        RunDialog d = open(a);
        String[] defaults = d.timeTexts();
        d.setTimes("250 ms", "5 ms", "42");
        d.pressRun();
        assertEquals(RunDialog.OK, d.getReturnCode());

        d = open(a);
        assertArrayEquals(new String[] {"250 ms", "5 ms", "42"}, d.timeTexts(), "a's last run");
        d.close();
        d = open(b);
        assertArrayEquals(defaults, d.timeTexts(), "b was never run: the defaults");
        d.close();
    }
}
