package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte-for-byte comparison of every target's output for the paper examples with resources/golden (regenerate with
 * {@link GoldenFiles#main}, see docs/export.md). The INDEX also pins which targets refuse which example and why.
 */
class GoldenFilesTest {

    static List<String> examples() {
        return Fixtures.PAPER_EXAMPLES;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void outputMatchesGoldenFiles(String example) throws Exception {
        Map<String, String> actual = GoldenFiles.render(example);
        List<String> problems = new ArrayList<>();
        for (var e : actual.entrySet()) {
            String resource = "golden/" + example + "/" + e.getKey();
            if (!Fixtures.exists(resource)) {
                problems.add("missing golden file " + resource);
            } else if (!Fixtures.text(resource).equals(e.getValue())) {
                problems.add("differs: " + resource + "\n--- expected ---\n" + Fixtures.text(resource) + "\n--- actual ---\n" + e.getValue());
            }
        }
        String index = Fixtures.text("golden/" + example + "/" + GoldenFiles.INDEX);
        for (String line : index.lines().toList()) {
            int colon = line.indexOf(": ");
            if (line.startsWith("#") || line.startsWith("  - ") || colon < 0 || line.endsWith("REFUSED")) continue;
            String path = line.substring(colon + 2).replace(" (executable)", "");
            if (!actual.containsKey(path)) problems.add("golden file no longer generated: " + path);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theDoneCriterionOfTheExportTask() throws Exception {
        String unshared = Fixtures.text("golden/paper-case3-passthrough-unshared/INDEX");
        assertTrue(unshared.lines().noneMatch(l -> l.endsWith("REFUSED")), unshared);
        String guestB = Fixtures.text("golden/paper-case3-passthrough-unshared/xl/guestB.cfg");
        assertTrue(guestB.contains("\ncpus = \"2\"\n") && guestB.contains("\npci = [ \"0000:00:19.0\" ]\n"), guestB);
        String shared = Fixtures.text("golden/paper-case3-passthrough-shared/INDEX");
        assertEquals(2, shared.lines().filter(l -> l.endsWith("REFUSED")).count(), shared);
        assertTrue(shared.contains("jailhouse: REFUSED\n  - GSI 16 is shared"), shared);
        assertTrue(shared.contains("acrn: REFUSED\n  - GSI 16 is shared"), shared);
    }
}
