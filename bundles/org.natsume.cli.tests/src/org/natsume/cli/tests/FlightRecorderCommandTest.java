package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.tests.CliTestSupport.Result;
import org.natsume.trace.TraceStore;
import org.natsume.trace.flight.KeptWindow;
import org.natsume.trace.io.TraceFileReader;

/** {@code simulate --keep-worst}: whole-run statistics on stdout, a trace of the kept windows, clear refusals. */
class FlightRecorderCommandTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheWorstJourneysAndListsTheirWindows() throws Exception {
        Result r = CliTestSupport.run(dir, "simulate", "--scenario", "C3-S-L-SH", "--duration", "0.05", "--keep-worst", "4",
                "--context", "0.2", "--break-blocked", "500", "--trace", "worst.ntrace");
        // (a 30-µs breakpoint would keep almost everything: Dom0 EOIs NIC-B's shared line late under the flood)
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("latency tail (us) p99.9"), r.out());
        assertTrue(r.out().contains("kept ") && r.out().contains("4 worst by latency, 4 by line-blocked time"), r.out());
        TraceStore kept = new TraceFileReader().read(dir.resolve("worst.ntrace"));
        List<KeptWindow> windows = KeptWindow.of(kept.metadata());
        assertEquals(4, windows.stream().filter(w -> w.reason() == KeptWindow.Reason.LATENCY).count());
        assertEquals(4, windows.stream().filter(w -> w.reason() == KeptWindow.Reason.LINE_BLOCKED).count());
        assertTrue(kept.metadata().properties().get("natsume.run.latency-ns").contains("p99.99"));
        assertTrue(kept.size() > 0 && kept.size() < Long.parseLong(kept.metadata().properties().get("natsume.flight.events-seen")));
    }

    @Test
    void refusesWhatItCannotDo() {
        Result noTrace = CliTestSupport.run(dir, "simulate", "--scenario", "C3-S-L-SH", "--duration", "0.01", "--keep-worst", "4");
        assertEquals(ExitCodes.USAGE, noTrace.exitCode());
        assertTrue(noTrace.err().contains("--trace OUT"), noTrace.err());
        Result runs = CliTestSupport.run(dir, "simulate", "--scenario", "C3-S-L-SH", "--duration", "0.01", "--keep-worst", "4",
                "--runs", "3", "--trace", "t.ntrace");
        assertEquals(ExitCodes.USAGE, runs.exitCode());
        assertTrue(runs.err().contains("one run"), runs.err());
        Result context = CliTestSupport.run(dir, "simulate", "--scenario", "C3-S-L-SH", "--duration", "0.01", "--context", "1");
        assertEquals(ExitCodes.USAGE, context.exitCode());
        assertTrue(context.err().contains("--context needs --keep-worst"), context.err());
        assertFalse(Files.exists(dir.resolve("t.ntrace")), "nothing written");
    }
}
