package org.natsume.sweep.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.natsume.sweep.SweepPlan;
import org.natsume.sweep.spec.SpecException;
import org.natsume.sweep.spec.SweepSpec;
import org.natsume.sweep.spec.SweepSpecParser;

/** Bad specs are refused before anything runs, naming the line and the key; good ones unfold into cells. */
class SweepSpecParserTest {

    @TempDir
    Path dir;

    static SweepPlan plan(String json) throws SpecException {
        return SweepPlan.of(SweepSpecParser.parse("t.json", json, null));
    }

    static String spec(String axes) {
        return "{\n \"topology\": {\"example\": \"paper-case3-passthrough-shared\"},\n \"axes\": [\n" + axes
                + "\n ],\n \"runs\": 2\n}\n";
    }

    @Test
    void goodSpecUnfoldsFirstAxisOutermost() throws Exception {
        SweepPlan p = plan(spec("""
                  {"name": "flood", "set": "udp-flood-a.pps", "values": [1000, 2000, 3000]},
                  {"set": "proposals", "values": ["stock", "P1+P2"]}"""));
        assertEquals(6, p.cells().size());
        assertEquals("flood=1000,proposals=stock", p.key(p.cells().get(0)));
        assertEquals("flood=1000,proposals=P1+P2", p.key(p.cells().get(1)));
        assertEquals("flood=3000,proposals=P1+P2", p.key(p.cells().get(5)));
        assertEquals(2, p.spec().runs());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown parameter | {\"set\": \"param.t_nope\", \"values\": [1]} | 4 | axes[0].values[0] | unknown parameter 't_nope'",
        "empty axis | {\"name\": \"x\", \"set\": \"param.t_ipi\", \"values\": []} | 4 | axes[0].values | empty axis 'x'",
        "unknown element | {\"set\": \"nic-z.pps\", \"values\": [1]} | 4 | axes[0].values[0] | no element with id 'nic-z'",
        "unknown feature | {\"set\": \"nic-b.speed\", \"values\": [1]} | 4 | axes[0].values[0] | has no settable feature 'speed'",
        "bad enum value | {\"set\": \"xen.routingPolicy\", \"values\": [\"BY_IRQ\", \"BY_MAGIC\"]} | 4 | axes[0].values[1] | 'BY_MAGIC' is none of",
        "bad proposal | {\"set\": \"proposals\", \"values\": [\"P3\"]} | 4 | axes[0].values[0] | 'P3' is none of stock",
        "gsi out of range | {\"set\": \"nic-b.gsi\", \"values\": [17, 99]} | 4 | axes[0].values[1] | GSI 99 is not an IO-APIC input",
        "unknown cpu | {\"set\": \"guestB.pinning\", \"values\": [\"cpu9\"]} | 4 | axes[0].values[0] | no CPU with id 'cpu9'",
        "duplicate label | {\"set\": \"param.t_ipi\", \"values\": [1, 1]} | 4 | axes[0].values[1] | label '1' is used twice",
        "unknown axis key | {\"set\": \"param.t_ipi\", \"valuez\": [1]} | 4 | axes[0].valuez | unknown key",
        "not a number | {\"set\": \"param.t_ipi\", \"values\": [\"fast\"]} | 4 | axes[0].values[0] | expected a number",
    })
    void badAxisNamesLineAndKey(String what, String axis, int line, String key, String message) {
        SpecException e = assertThrows(SpecException.class, () -> plan(spec("  " + axis)));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.json:" + line + ": " + key + ": "), e.getMessage());
    }

    @Test
    void unreadableTopologyNamesTheTopologyLine() throws Exception {
        Path bad = dir.resolve("broken.natsume");
        Files.writeString(bad, "<not xmi");
        Path spec = dir.resolve("s.json");
        Files.writeString(spec, "{\n  \"runs\": 1,\n  \"topology\": {\"file\": \"broken.natsume\"}\n}\n");
        SpecException e = assertThrows(SpecException.class, () -> SweepPlan.of(SweepSpecParser.parse(spec)));
        assertEquals(3, e.line());
        assertEquals("topology", e.key());
        assertTrue(e.getMessage().contains("broken.natsume"), e.getMessage());

        Files.writeString(spec, "{\"topology\": {\"file\": \"missing.natsume\"}}");
        e = assertThrows(SpecException.class, () -> SweepPlan.of(SweepSpecParser.parse(spec)));
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());

        Files.writeString(spec, "{\"topology\": {\"example\": \"no-such-example\"}}");
        e = assertThrows(SpecException.class, () -> SweepPlan.of(SweepSpecParser.parse(spec)));
        assertTrue(e.getMessage().contains("unknown example 'no-such-example'"), e.getMessage());
    }

    @Test
    void topLevelMistakes() {
        SpecException e = assertThrows(SpecException.class,
                () -> plan("{\"topology\": {\"example\": \"paper-case2-vif\"},\n\"durations\": 3}"));
        assertEquals(2, e.line());
        assertEquals("durations", e.key());
        e = assertThrows(SpecException.class,
                () -> plan("{\"topology\": {\"example\": \"paper-case2-vif\"},\n\"runs\": 0}"));
        assertEquals("runs", e.key());
        e = assertThrows(SpecException.class,
                () -> plan("{\"topology\": {\"example\": \"paper-case2-vif\"},\n\n\"metrics\": [\"throughput_mbps\", \"joy\"]}"));
        assertEquals("metrics[1]", e.key());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown metric 'joy'"), e.getMessage());
        e = assertThrows(SpecException.class,
                () -> plan("{\"topology\": {\"example\": \"paper-case2-vif\"},\n\"metrics\": [\"guestZ.spurious\"]}"));
        assertTrue(e.getMessage().contains("no domain 'guestZ'"), e.getMessage());
        e = assertThrows(SpecException.class, () -> plan("{\"topology\": {\"example\": \"paper-case2-vif\"},\n\"runs\": 1,,}"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        e = assertThrows(SpecException.class, () -> plan("{\"runs\": 1}"));
        assertEquals("topology", e.key());
    }

    @Test
    void fixedSettingsAndObjectValues() throws Exception {
        SweepPlan p = plan("""
                {"topology": {"example": "paper-case3-passthrough-shared"},
                 "set": {"udp-flood-a.rateMode": "FIXED_PPS", "param.t_cfg_read": 0.5},
                 "axes": [{"name": "layout", "values": [
                    {"label": "shared", "set": {"nic-b.gsi": 20}},
                    {"label": "own-line", "set": {"nic-b.gsi": 17, "guestB.pinning": "cpu3"}}]}]}""");
        assertEquals(2, p.cells().size());
        assertEquals("layout=own-line", p.key(p.cells().get(1)));
        var t = p.topology(p.cells().get(1));
        var nicB = find(t, "nic-b");
        assertEquals(17, ((org.natsume.model.PciFunction) nicB).getLine().getGsi());
        SweepSpec s = p.spec();
        assertEquals(2, s.fixed().size());
    }

    static org.eclipse.emf.ecore.EObject find(org.natsume.model.Topology t, String id) {
        for (var it = t.eAllContents(); it.hasNext();) {
            var o = it.next();
            if (o instanceof org.natsume.model.Identified i && id.equals(i.getId())) {
                return o;
            }
        }
        throw new AssertionError(id);
    }
}
