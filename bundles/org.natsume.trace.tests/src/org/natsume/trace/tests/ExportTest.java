package org.natsume.trace.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.natsume.trace.TraceStore;
import org.natsume.trace.export.CsvExporter;
import org.natsume.trace.export.PerfettoExporter;
import org.natsume.trace.export.JsonReader;

class ExportTest {

    /** Splits one RFC 4180 line into fields. */
    static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    f.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    @Test
    void csvHasOneRowPerEventWithNames() throws IOException {
        TraceStore s = SharedLineTrace.build();
        StringWriter w = new StringWriter();
        assertEquals(40, new CsvExporter().export(s, Long.MIN_VALUE, Long.MAX_VALUE, w));
        String[] lines = w.toString().split("\n");
        assertEquals(41, lines.length);
        List<String> header = csvFields(lines[0]);
        assertEquals(13, header.size());
        for (int k = 1; k < lines.length; k++) {
            List<String> f = csvFields(lines[k]);
            int i = k - 1;
            assertEquals(13, f.size(), lines[k]);
            assertEquals(s.timeNs(i), Long.parseLong(f.get(header.indexOf("time_ns"))));
            assertEquals(s.kind(i).name(), f.get(header.indexOf("kind")));
            assertEquals(s.arg(i), Long.parseLong(f.get(header.indexOf("arg"))));
            assertEquals(s.device(i), Integer.parseInt(f.get(header.indexOf("device"))));
        }
        List<String> pin = csvFields(lines[1 + 17]); // journey 1 PIN_ASSERT: NIC-B, whose name holds a comma
        assertEquals("PIN_ASSERT", pin.get(1));
        assertEquals("GSI 16 (NIC-A, NIC-B)", pin.get(header.indexOf("gsi_name")));
        assertEquals("NIC-B, 82541GI", pin.get(header.indexOf("device_name")));
        assertEquals("0000:01:00.0", pin.get(header.indexOf("device_bdf")));
        List<String> ipi = csvFields(lines[1 + 22]);
        assertEquals("IPI_SEND", ipi.get(1));
        assertEquals("PCPU2", ipi.get(header.indexOf("domain_name")), "IPI_SEND's domain field is the target PCPU");
        List<String> notify = csvFields(lines[1 + 20]);
        assertEquals("Dom0", notify.get(header.indexOf("domain_name")));
    }

    @Test
    void csvTimeRangeIsHalfOpen() throws IOException {
        StringWriter w = new StringWriter();
        long rows = new CsvExporter().export(SharedLineTrace.build(), 5000, 7000, w);
        assertEquals(13, rows, "journey 1 (12 steps) and two VCPU states, minus its LINE_EOI at 7000");
        assertTrue(w.toString().split("\n")[1].startsWith("5000,PIN_ASSERT,1,"));
    }

    @Test
    void csvFileIsWrittenAtomically() throws IOException {
        Path dir = Files.createTempDirectory("csv");
        Path f = dir.resolve("out.csv");
        new CsvExporter().export(SharedLineTrace.build(), 0, Long.MAX_VALUE, f);
        assertEquals(41, Files.readAllLines(f).size());
        try (var l = Files.list(dir)) {
            assertEquals(1, l.count());
        }
        Files.delete(f);
        Files.delete(dir);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> perfettoEvents(TraceStore s, long from, long to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PerfettoExporter().export(s, from, to, out);
        Map<String, Object> doc = (Map<String, Object>) JsonReader.parse(out.toString(StandardCharsets.UTF_8));
        assertEquals("ns", doc.get("displayTimeUnit"));
        return (List<Map<String, Object>>) doc.get("traceEvents");
    }

    static String track(Map<String, Object> e) {
        return e.get("pid") + "/" + e.get("tid");
    }

    @Test
    void perfettoIsValidJsonWithLinkedFlows() throws IOException {
        List<Map<String, Object>> events = perfettoEvents(SharedLineTrace.build(), Long.MIN_VALUE, Long.MAX_VALUE);
        Map<Double, List<Map<String, Object>>> flows = new TreeMap<>();
        Map<String, List<double[]>> slicesByTrack = new HashMap<>();
        Map<String, String> threadNames = new HashMap<>();
        Map<Object, String> processNames = new HashMap<>();
        for (Map<String, Object> e : events) {
            String ph = (String) e.get("ph");
            switch (ph) {
                case "s", "t", "f" -> flows.computeIfAbsent((Double) e.get("id"), k -> new ArrayList<>()).add(e);
                case "X" -> slicesByTrack.computeIfAbsent(track(e), k -> new ArrayList<>())
                        .add(new double[] {(Double) e.get("ts"), (Double) e.get("ts") + (Double) e.get("dur")});
                case "M" -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> args = (Map<String, Object>) e.get("args");
                    if ("thread_name".equals(e.get("name"))) {
                        threadNames.put(track(e), (String) args.get("name"));
                    } else if ("process_name".equals(e.get("name"))) {
                        processNames.put(e.get("pid"), (String) args.get("name"));
                    }
                }
                case "i" -> assertEquals("t", e.get("s"));
                default -> fail("unexpected phase " + ph);
            }
        }
        assertEquals(List.of(0.0, 1.0, 2.0), new ArrayList<>(flows.keySet()), "one flow per journey");
        for (var entry : flows.entrySet()) {
            List<Map<String, Object>> f = entry.getValue();
            assertEquals("s", f.get(0).get("ph"), "journey " + entry.getKey());
            assertEquals("f", f.get(f.size() - 1).get("ph"), "journey " + entry.getKey());
            double prev = -1;
            for (int k = 0; k < f.size(); k++) {
                Map<String, Object> e = f.get(k);
                if (k > 0 && k < f.size() - 1) {
                    assertEquals("t", e.get("ph"));
                }
                double ts = (Double) e.get("ts");
                assertTrue(ts >= prev, "flow steps in time order");
                prev = ts;
                boolean bound = slicesByTrack.getOrDefault(track(e), List.of()).stream().anyMatch(x -> x[0] <= ts && ts <= x[1]);
                assertTrue(bound, "flow step at " + ts + " on " + track(e) + " has an enclosing slice");
                assertTrue(threadNames.containsKey(track(e)), "track " + track(e) + " is named");
            }
        }
        assertEquals(12, flows.get(1.0).size(), "journey 1 has 12 steps");
        assertEquals(1.0 /* 1000 ns in µs */, (Double) flows.get(0.0).get(0).get("ts"));
        assertEquals("Dom0", processNames.get(100.0));
        assertEquals("guestB", processNames.get(102.0));
        assertEquals("PCPU2", threadNames.get("1.0/3.0"));
        assertTrue(threadNames.containsValue("GSI 16 (NIC-A, NIC-B) state"));
        // VCPU state slices of guestB: RUNNING 1400–2700 etc.
        List<double[]> vcpu = slicesByTrack.get("102.0/2.0");
        assertNotNull(vcpu);
        assertTrue(vcpu.stream().anyMatch(x -> x[0] == 1.4 && Math.abs(x[1] - 2.7) < 1e-9));
    }

    @Test
    void perfettoRangeCutsJourneysCleanly() throws IOException {
        List<Map<String, Object>> events = perfettoEvents(SharedLineTrace.build(), 5000, 6000);
        long starts = events.stream().filter(e -> "s".equals(e.get("ph"))).count();
        long finishes = events.stream().filter(e -> "f".equals(e.get("ph"))).count();
        assertEquals(1, starts);
        assertEquals(1, finishes);
        assertTrue(events.stream().filter(e -> e.containsKey("ts"))
                .allMatch(e -> (Double) e.get("ts") >= 5.0 && (Double) e.get("ts") <= 6.0), "everything inside [5 µs, 6 µs]");
    }
}
