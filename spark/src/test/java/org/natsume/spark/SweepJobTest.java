package org.natsume.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.sweep.LocalEngine;
import org.natsume.sweep.RowCsv;
import org.natsume.sweep.SweepOutput;
import org.natsume.sweep.SweepPlan;
import org.natsume.sweep.SweepProgress;
import org.natsume.sweep.spec.SweepSpecParser;

/**
 * The Spark engine against the local one: the same small sweep on the paper's case 3 (4 cells x 2 runs of 0.2 s,
 * two cells whose variant pins guest B to a disabled CPU) with {@link LocalEngine} and with {@link SweepJob} in
 * {@code local[2]}: the same rows.csv and summaries byte for byte, the same rows in rows.parquet, the failed cells
 * reported with their parameters, and a second job on the same folder resuming to the same bytes.
 */
class SweepJobTest {

    static final String SPEC = """
            {"name": "spark-vs-local",
             "topology": {"example": "paper-case3-passthrough-shared"},
             "set": {"udp-flood-a.enabled": false},
             "axes": [
               {"set": "proposals", "values": ["stock", "P2"]},
               {"name": "cfg_read", "set": "param.t_cfg_read",
                "values": [2, {"label": "broken", "set": {"cpu2.enabled": false}}]}
             ],
             "runs": 2, "duration": 0.2, "warmup": 0.05, "seed": 11,
             "metrics": ["throughput_mbps", "spurious_interrupts", "latency_p99_us", "guestB.own"]}
            """;

    @TempDir
    Path dir;

    @Test
    void sparkWritesTheLocalEnginesRows() throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, SPEC);
        SweepPlan plan = SweepPlan.of(SweepSpecParser.parse(spec));
        Path local = dir.resolve("local");
        new LocalEngine(plan, new SweepOutput(local, plan), 2, SweepProgress.NONE).run();

        Path spark = dir.resolve("spark");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = SweepJob.run(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), spec.toString(),
                spark.toString(), "--master", "local[2]");
        String messages = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, rc, "failed cells exit 1: " + messages);
        assertTrue(messages.contains("cell 1 (proposals=stock, cfg_read=broken) failed 2 of 2 runs: "), messages);
        assertTrue(messages.contains("cell 3 (proposals=P2, cfg_read=broken) failed 2 of 2 runs: "), messages);
        for (String f : List.of(SweepOutput.ROWS, SweepOutput.SUMMARY_CSV, SweepOutput.SUMMARY_TXT)) {
            assertEquals(Files.readString(local.resolve(f)), Files.readString(spark.resolve(f)), f);
        }
        List<List<String>> rows = RowCsv.parse(Files.readString(local.resolve(SweepOutput.ROWS)));
        assertEquals(1 + 4 * 2, rows.size());
        assertTrue(Double.parseDouble(rows.get(1).get(6)) > 0, "throughput comes out of the simulation: " + rows.get(1));

        // the same job again: the ok cells are read back, the failed ones tried again, the same bytes
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        assertEquals(1, SweepJob.run(new PrintStream(out2, true, StandardCharsets.UTF_8), System.err, spec.toString(),
                spark.toString(), "--master", "local[2]"));
        assertTrue(out2.toString(StandardCharsets.UTF_8).contains("2 cells run in"), out2.toString());
        assertEquals(Files.readString(local.resolve(SweepOutput.ROWS)), Files.readString(spark.resolve(SweepOutput.ROWS)));

        try (SparkSession s = SparkSession.builder().master("local[1]").appName("read").getOrCreate()) {
            List<Row> parquet = s.read().parquet(spark.resolve("rows.parquet").toString()).orderBy("cell", "run")
                    .collectAsList();
            assertEquals(rows.size() - 1, parquet.size());
            List<String> header = rows.get(0);
            for (int i = 0; i < parquet.size(); i++) {
                Row p = parquet.get(i);
                List<String> csv = rows.get(i + 1);
                assertEquals(header, List.of(p.schema().fieldNames()));
                for (int c = 0; c < csv.size(); c++) {
                    Object v = p.get(c);
                    String asCsv = v == null ? "" : v instanceof Double d ? RowCsv.number(d) : v.toString();
                    assertEquals(csv.get(c), asCsv, header.get(c) + " of row " + i);
                }
            }
        }
    }

    @Test
    void aBadSpecExitsTwoBeforeSparkStarts() throws Exception {
        Path spec = dir.resolve("bad.json");
        Files.writeString(spec, SPEC.replace("\"runs\": 2", "\"runz\": 2"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = SweepJob.run(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), spec.toString(),
                dir.resolve("out").toString());
        assertEquals(2, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.json:9: runz: unknown key"), err.toString());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
    }
}
