package org.natsume.trace.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.cli.commands.TraceBenchCommand;
import org.natsume.cli.commands.TraceExportCommand;
import org.natsume.cli.commands.TraceInfoCommand;
import org.natsume.trace.io.TraceFileWriter;
import org.natsume.trace.export.JsonReader;

/** The trace-info, trace-export and trace-bench commands, run the way the CLI dispatcher runs them. */
class TraceCommandsTest {

    record Result(int code, String out, String err) {
    }

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

    private Result run(Command c, String... argv) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            try {
                code = c.run(new CommandContext(o, e, dir), Args.parse(List.of(argv), c.flags(), c.valueOptions()));
            } catch (UsageException x) {
                e.println(x.getMessage());
                code = ExitCodes.USAGE;
            }
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void infoReportsMetadataCountsAndSpurious() throws Exception {
        Result r = run(new TraceInfoCommand(), "run.ntrace");
        assertEquals(0, r.code(), r.err());
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
        Result missing = run(new TraceInfoCommand(), "nope.ntrace");
        assertEquals(ExitCodes.USAGE, missing.code());
        assertTrue(missing.err().contains("trace file not found"), missing.err());
        Files.createDirectory(dir.resolve("folder.ntrace"));
        Result folder = run(new TraceInfoCommand(), "folder.ntrace");
        assertEquals(ExitCodes.USAGE, folder.code());
        assertTrue(folder.err().contains("folder.ntrace is a directory"), folder.err());
        byte[] b = Files.readAllBytes(dir.resolve("run.ntrace"));
        Files.write(dir.resolve("cut.ntrace"), java.util.Arrays.copyOf(b, b.length - 30));
        Result cut = run(new TraceInfoCommand(), "cut.ntrace");
        assertEquals(ExitCodes.USAGE, cut.code());
        assertTrue(cut.err().contains("cut.ntrace: at byte offset") && cut.err().contains("truncated"), cut.err());
    }

    @Test
    void exportCsvOverARange() throws Exception {
        Result r = run(new TraceExportCommand(), "run.ntrace", "--format", "csv", "--from", "5000", "--to", "7001", "-o", "j1.csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("j1.csv"));
        assertEquals(1 + 14, lines.size(), "header, journey 1 (12 steps) and two VCPU states");
        assertTrue(lines.get(lines.size() - 1).startsWith("7000,LINE_EOI,1,"));
    }

    @Test
    void exportPerfettoIsJson() throws Exception {
        Result r = run(new TraceExportCommand(), "run.ntrace", "--format=perfetto", "-o", "run.json");
        assertEquals(0, r.code(), r.err());
        Object doc = JsonReader.parse(Files.readString(dir.resolve("run.json")));
        assertTrue(doc instanceof java.util.Map<?, ?> m && m.get("traceEvents") instanceof List<?>);
    }

    @Test
    void exportUsageErrors() throws Exception {
        assertEquals(ExitCodes.USAGE, run(new TraceExportCommand(), "run.ntrace", "--format", "xml", "-o", "x").code());
        assertEquals(ExitCodes.USAGE, run(new TraceExportCommand(), "run.ntrace", "--format", "csv").code());
        assertEquals(ExitCodes.USAGE, run(new TraceExportCommand(), "run.ntrace", "--format", "csv", "--from", "9", "--to", "9", "-o", "x").code());
        Result self = run(new TraceExportCommand(), "run.ntrace", "--format", "csv", "-o", "run.ntrace");
        assertEquals(ExitCodes.USAGE, self.code());
        assertTrue(self.err().contains("overwrite"), self.err());
        assertEquals(ExitCodes.USAGE, run(new TraceExportCommand(), "--format", "csv", "-o", "x").code());
    }

    @Test
    void benchPrintsBytesPerEvent() throws Exception {
        Result r = run(new TraceBenchCommand(), "--events", "20000", "--no-file");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("bytes/event by array sizes"), r.out());
        assertTrue(r.out().contains("frame 1/1 "), r.out());
        assertEquals(ExitCodes.USAGE, run(new TraceBenchCommand(), "--events", "0").code());
    }
}
