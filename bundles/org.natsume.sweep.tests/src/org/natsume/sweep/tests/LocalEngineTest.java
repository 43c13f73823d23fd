package org.natsume.sweep.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.sweep.Cell;
import org.natsume.sweep.LocalEngine;
import org.natsume.sweep.RowCsv;
import org.natsume.sweep.SweepOutput;
import org.natsume.sweep.SweepPlan;
import org.natsume.sweep.SweepProgress;
import org.natsume.sweep.SweepSummary;
import org.natsume.sweep.spec.SweepSpecParser;

/**
 * The local engine: rows independent of the number of threads, a failing cell reported while the others finish,
 * a sweep stopped half-way resumed to the same bytes, and an output folder of another sweep refused.
 */
class LocalEngineTest {

    /** 6 cells x 2 runs of 20 ms on the paper's case 3; one cell's variant pins guest B to a disabled CPU. */
    static final String SPEC = """
            {"name": "small",
             "topology": {"example": "paper-case3-passthrough-shared"},
             "set": {"udp-flood-a.packetSizeBytes": 1518},
             "axes": [
               {"set": "proposals", "values": ["stock", "P2"]},
               {"name": "cfg_read", "set": "param.t_cfg_read", "values": [0.5, 2,
                  {"label": "broken", "set": {"cpu2.enabled": false}}]}
             ],
             "runs": 2, "duration": 0.02, "warmup": 0.01, "seed": 7,
             "metrics": ["throughput_mbps", "spurious_interrupts", "latency_p99_us", "guestB.own"]}
            """;

    @TempDir
    Path dir;

    static SweepPlan plan(String spec) throws Exception {
        return SweepPlan.of(SweepSpecParser.parse("small.json", spec, null));
    }

    static LocalEngine.Outcome sweep(SweepPlan p, Path out, int threads) throws Exception {
        return new LocalEngine(p, new SweepOutput(out, p), threads, SweepProgress.NONE).run();
    }

    @Test
    void rowsDoNotDependOnThreadsAndAFailingCellStopsNothing() throws Exception {
        SweepPlan p = plan(SPEC);
        LocalEngine.Outcome one = sweep(p, dir.resolve("one"), 1);
        sweep(p, dir.resolve("two"), 2);
        String rows = Files.readString(dir.resolve("one").resolve(SweepOutput.ROWS));
        assertEquals(rows, Files.readString(dir.resolve("two").resolve(SweepOutput.ROWS)));
        assertEquals(Files.readString(dir.resolve("one").resolve(SweepOutput.SUMMARY_CSV)),
                Files.readString(dir.resolve("two").resolve(SweepOutput.SUMMARY_CSV)));

        List<List<String>> recs = RowCsv.parse(rows);
        assertEquals(List.of("cell", "proposals", "cfg_read", "run", "seed", "status", "throughput_mbps",
                "spurious_interrupts", "latency_p99_us", "guestB.own", "error"), recs.get(0));
        assertEquals(1 + 6 * 2, recs.size());
        List<SweepSummary.CellStats> failed = one.summary().failedCells();
        assertEquals(2, failed.size(), "the two 'broken' cells");
        for (SweepSummary.CellStats c : failed) {
            assertEquals("broken", c.labels().get(1));
            assertTrue(c.errors().get(0).contains("not pinned to an enabled CPU"), c.errors().get(0));
        }
        for (List<String> r : recs.subList(1, recs.size())) {
            boolean broken = r.get(2).equals("broken");
            assertEquals(broken ? "failed" : "ok", r.get(5), r.toString());
            if (!broken) {
                assertTrue(Double.parseDouble(r.get(6)) > 0, "throughput comes out of the simulation: " + r);
                assertTrue(Double.parseDouble(r.get(9)) > 0, "guest B's own interrupts: " + r);
            }
        }
        // the two runs of a cell have their own seeds; proposal 2 removes the spurious PIRQs of the shared line
        assertNotEquals(recs.get(1).get(4), recs.get(2).get(4));
        SweepSummary.CellStats p2 = one.summary().cells().get(3);
        assertEquals("P2", p2.labels().get(0));
        assertEquals(0, p2.stats()[1].max());
    }

    @Test
    void stoppedHalfWayResumesToTheSameResult() throws Exception {
        SweepPlan p = plan(SPEC);
        sweep(p, dir.resolve("whole"), 2);

        Path out = dir.resolve("resumed");
        AtomicInteger cells = new AtomicInteger();
        LocalEngine[] engine = new LocalEngine[1];
        engine[0] = new LocalEngine(p, new SweepOutput(out, p), 1, new SweepProgress() {
            @Override
            public void started(int total, int skipped) {
            }

            @Override
            public void cellDone(Cell cell, boolean ok, int done, int total) {
                if (cells.incrementAndGet() == 3) {
                    engine[0].cancel(); // like a kill: what is under way is not written
                }
            }
        });
        assertNull(engine[0].run(), "a cancelled sweep reports no outcome");
        assertFalse(Files.exists(out.resolve(SweepOutput.ROWS)), "no rows.csv before every cell is done");
        List<Path> done;
        try (Stream<Path> s = Files.list(out.resolve("cells"))) {
            done = s.filter(f -> f.getFileName().toString().endsWith(".csv")).toList();
        }
        assertEquals(3, done.size(), done.toString());
        // a temporary file left by a kill during a write is not a cell
        Files.writeString(out.resolve("cells").resolve(".cell-000004.csv.1234.tmp"), "cell,half");

        LocalEngine.Outcome rest = sweep(p, out, 2);
        // the 'broken' cells failed before and are tried again; the ok ones among the three are read back
        long okBefore = done.stream().filter(f -> {
            try {
                return !Files.readString(f).contains(",failed,");
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        }).count();
        assertEquals(okBefore, rest.cellsSkipped());
        assertEquals(6 - okBefore, rest.cellsRun());
        assertEquals(Files.readString(dir.resolve("whole").resolve(SweepOutput.ROWS)),
                Files.readString(out.resolve(SweepOutput.ROWS)));
        assertEquals(Files.readString(dir.resolve("whole").resolve(SweepOutput.SUMMARY_CSV)),
                Files.readString(out.resolve(SweepOutput.SUMMARY_CSV)));
    }

    @Test
    void anotherSweepsFolderIsRefused() throws Exception {
        SweepPlan p = plan(SPEC);
        Path out = dir.resolve("out");
        sweep(p, out, 2);
        SweepPlan other = plan(SPEC.replace("\"seed\": 7", "\"seed\": 8"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sweep(other, out, 2));
        assertTrue(e.getMessage().contains("another sweep"), e.getMessage());
        Path foreign = dir.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        e = assertThrows(IllegalStateException.class, () -> sweep(p, foreign, 2));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }
}
