package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.natsume.model.SimulationSettings;
import org.natsume.model.TimingValue;
import org.natsume.model.timing.TimingParameter;
import org.natsume.model.timing.TimingTable;
import org.natsume.model.timing.Timings;

/** Timing parameters are declared once (domain.md §5.4) and everything else derives from the enum. */
class TimingParameterTest {

    @Test
    void defaultSettingsHoldEverySettingsParameterOnce() {
        SimulationSettings s = Timings.defaultSettings();
        assertEquals(TimingParameter.settings().size(), s.getTimings().size());
        Set<String> symbols = new HashSet<>();
        for (TimingValue v : s.getTimings()) {
            assertTrue(symbols.add(v.getSymbol()), "duplicate " + v.getSymbol());
            assertEquals(TimingParameter.bySymbol(v.getSymbol()).orElseThrow().defaultValue(), v.getValue());
        }
        assertEquals(10.0, s.getDurationS());
        assertEquals(50, s.getRuns());
    }

    @Test
    void valuesByModelAttributeAreNotDuplicatedInSettings() {
        SimulationSettings s = Timings.defaultSettings();
        assertTrue(Timings.find(s, "napi_weight").isEmpty());
        assertEquals(64.0, Timings.value(s, TimingParameter.NAPI_WEIGHT));
        assertThrows(IllegalArgumentException.class, () -> Timings.set(s, TimingParameter.NAPI_WEIGHT, 32));
    }

    @Test
    void lookupBySymbol() {
        SimulationSettings s = Timings.defaultSettings();
        assertEquals(1.0, Timings.value(s, "t_ipi"));
        Timings.set(s, TimingParameter.T_IPI, 1.7);
        assertEquals(1.7, Timings.value(s, "t_ipi"));
        assertEquals(0.3, Timings.value(s, TimingParameter.T_IOAPIC_MSG));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timings.value(s, "t_nope"));
        assertTrue(e.getMessage().contains("unknown timing parameter 't_nope'"));
        s.getTimings().clear();
        assertEquals(0.3, Timings.value(s, "t_ioapic_msg"), "absent value falls back to the default");
    }

    @Test
    void domainSpecValues() {
        assertEquals(7, (int) TimingParameter.IRQ_MAX_GUESTS.defaultValue());
        assertEquals(81274, (int) TimingParameter.FPS_1500.defaultValue());
        assertEquals('E', TimingParameter.T_CFG_READ.source());
        assertEquals(0.3, TimingParameter.T_CFG_READ.sweepMin());
        for (TimingParameter p : TimingParameter.values()) {
            assertTrue(p.symbol().matches("[a-z_0-9]+"), p.symbol());
            assertTrue("SCE".indexOf(p.source()) >= 0);
        }
    }

    /** docs/model.md embeds TimingTable's output; regenerate it there when TimingParameter changes. */
    @Test
    void docsModelMdContainsTheCurrentTable() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("user.dir")).toAbsolutePath();
        java.nio.file.Path doc = null;
        for (java.nio.file.Path d = dir; d != null && doc == null; d = d.getParent()) {
            java.nio.file.Path candidate = d.resolve("docs/model.md");
            if (java.nio.file.Files.isRegularFile(candidate) && java.nio.file.Files.isRegularFile(d.resolve("docs/domain.md"))) {
                doc = candidate;
            }
        }
        org.junit.jupiter.api.Assertions.assertNotNull(doc, "docs/model.md not found in " + dir + " or above");
        assertTrue(java.nio.file.Files.readString(doc).contains(TimingTable.markdown()),
                "docs/model.md has a stale timing table; paste the output of TimingTable.main");
    }

    @Test
    void docsTableHasOneRowPerParameter() {
        String table = TimingTable.markdown();
        assertEquals(TimingParameter.values().length + 2, table.lines().count());
        assertTrue(table.contains("| `t_ipi` | IPI send → target handler entry | 1 | µs | 0.5–2 | E | SimulationSettings |"));
        assertTrue(table.contains("`Hypervisor.eoiTimeoutUs`"));
    }
}
