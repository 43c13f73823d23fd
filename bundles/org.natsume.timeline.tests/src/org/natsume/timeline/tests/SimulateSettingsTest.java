package org.natsume.timeline.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.model.examples.PaperTestbed.PaperCase;
import org.natsume.timeline.paper.SharedLineText;
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

    /** The shared line is described from the testbed model: NIC-B shares GSI 16 with Dom0's USB UHCI #4. */
    @Test
    void sharedLineFromTheModel() {
        String c3 = SharedLineText.of(PaperCase.PASSTHROUGH);
        assertEquals("NIC-B (0000:05:00.0) shares GSI 16 with ICH10 USB UHCI #4 (0000:00:1a.0, Domain-0)", c3);
        assertTrue(SharedLineText.of(PaperCase.NATIVE).endsWith("(0000:00:1a.0, Linux 2.6.26 (native))"), SharedLineText.of(PaperCase.NATIVE));
        RunDialog d = open(null);
        assertTrue(d.sharedLineText().endsWith(c3), d.sharedLineText());
        d.close();
    }
}
