package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.scenario.JsonReport;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.ScenarioSpec;

/** The JSON document of docs/simulation.md: every documented key, balanced, written atomically. */
class JsonReportTest {

    @Test
    void documentHasTheDocumentedKeys(@TempDir Path dir) throws Exception {
        ScenarioResult r = new ScenarioRunner(2, 50_000_000L, 5_000_000L, 1)
                .run(ModelScenarios.config(ScenarioSpec.parse("C3-S-L-SH")));
        String json = JsonReport.toJson(List.of(r));
        for (String key : List.of("\"scenarios\"", "\"id\":\"C3-S-L-SH\"", "\"runs\":2", "\"throughputMbps\"", "\"mean\"",
                "\"cov\"", "\"measuredGuest\"", "\"interruptsOwn\"", "\"interruptsSpurious\"", "\"latencyNs\"", "\"p50\"",
                "\"p99\"", "\"ipis\"", "\"kick\"", "\"eoi\"", "\"tickle\"", "\"lineBlockedNs\"", "\"domains\"", "\"guestB\"",
                "\"cpuBusyNs\"")) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        int depth = 0;
        for (char c : json.toCharArray()) {
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            assertTrue(depth >= 0);
        }
        assertEquals(0, depth);
        Path out = dir.resolve("sub/result.json");
        JsonReport.write(out, List.of(r));
        assertEquals(json, Files.readString(out));
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
