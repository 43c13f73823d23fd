package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.tests.CliTestSupport.Result;
import org.natsume.trace.io.TraceFileWriter;
import org.natsume.trace.export.JsonReader;
import org.natsume.trace.tests.SharedLineTrace;

/** The trace-info, trace-export and trace-bench commands, run through the CLI dispatcher. */
class TraceCommandsTest {

    private Path dir;

    @BeforeEach
    void trace() throws IOException {
        dir = Files.createTempDirectory("trace-cli");
        new TraceFileWriter().write(SharedLineTrace.build(), dir.resolve("run.ntrace"));
    }

    @AfterEach
    void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private Result run(String... argv) {
        return CliTestSupport.run(dir, argv);
    }

    @Test
    void infoReportsMetadataCountsAndSpurious() throws Exception {
        Result r = run("trace-info", "run.ntrace");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("scenario      C3-R-L-SH, seed 42"), r.out());
        assertTrue(r.out().contains("domains       0 Dom0, 1 guestA, 2 guestB"), r.out());
        assertTrue(r.out().contains("NIC-B, 82541GI 0000:01:00.0, owner guestB"), r.out());
        assertTrue(r.out().contains("events        40 from 0 ns to 10,000 ns"), r.out());
        assertTrue(r.out().matches("(?s).*  GUEST_NOTIFY\\s+6\\n.*"), r.out());
        assertTrue(r.out().contains("journeys      3"), r.out());
        assertTrue(r.out().contains("spurious      3 notifications in 3 journeys"), r.out());
        assertTrue(r.out().contains("bytes/event"), r.out());
    }

    @Test
    void infoOnMissingOrDamagedFileIsAUsageError() throws Exception {
        Result missing = run("trace-info", "nope.ntrace");
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("trace file not found"), missing.err());
        Files.createDirectory(dir.resolve("folder.ntrace"));
        Result folder = run("trace-info", "folder.ntrace");
        assertEquals(ExitCodes.USAGE, folder.exitCode());
        assertTrue(folder.err().contains("folder.ntrace is a directory"), folder.err());
        byte[] b = Files.readAllBytes(dir.resolve("run.ntrace"));
        Files.write(dir.resolve("cut.ntrace"), java.util.Arrays.copyOf(b, b.length - 30));
        Result cut = run("trace-info", "cut.ntrace");
        assertEquals(ExitCodes.USAGE, cut.exitCode());
        assertTrue(cut.err().contains("cut.ntrace: at byte offset") && cut.err().contains("truncated"), cut.err());
    }

    @Test
    void exportCsvOverARange() throws Exception {
        Result r = run("trace-export", "run.ntrace", "--format", "csv", "--from", "5000", "--to", "7001", "-o", "j1.csv");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("j1.csv"));
        assertEquals(1 + 14, lines.size(), "header, journey 1 (12 steps) and two VCPU states");
        assertTrue(lines.get(lines.size() - 1).startsWith("7000,LINE_EOI,1,"));
    }

    @Test
    void exportPerfettoIsJson() throws Exception {
        Result r = run("trace-export", "run.ntrace", "--format=perfetto", "-o", "run.json");
        assertEquals(0, r.exitCode(), r.err());
        Object doc = JsonReader.parse(Files.readString(dir.resolve("run.json")));
        assertTrue(doc instanceof java.util.Map<?, ?> m && m.get("traceEvents") instanceof List<?>);
    }

    @Test
    void exportUsageErrors() throws Exception {
        assertEquals(ExitCodes.USAGE, run("trace-export", "run.ntrace", "--format", "xml", "-o", "x").exitCode());
        assertEquals(ExitCodes.USAGE, run("trace-export", "run.ntrace", "--format", "csv").exitCode());
        assertEquals(ExitCodes.USAGE, run("trace-export", "run.ntrace", "--format", "csv", "--from", "9", "--to", "9", "-o", "x").exitCode());
        Result self = run("trace-export", "run.ntrace", "--format", "csv", "-o", "run.ntrace");
        assertEquals(ExitCodes.USAGE, self.exitCode());
        assertTrue(self.err().contains("overwrite"), self.err());
        assertEquals(ExitCodes.USAGE, run("trace-export", "--format", "csv", "-o", "x").exitCode());
    }

    @Test
    void benchPrintsBytesPerEvent() throws Exception {
        Result r = run("trace-bench", "--events", "20000", "--no-file");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("bytes/event by array sizes"), r.out());
        assertTrue(r.out().contains("frame 1/1 "), r.out());
        assertEquals(ExitCodes.USAGE, run("trace-bench", "--events", "0").exitCode());
    }
}
