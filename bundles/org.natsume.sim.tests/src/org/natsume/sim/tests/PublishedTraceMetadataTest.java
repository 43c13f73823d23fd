package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.natsume.sim.config.SimConfig;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;
import org.natsume.trace.line.LineTracker;

/**
 * The simulation publishes the metadata of the trace it writes (issue 12 item 2), and the one shared-line rule
 * agrees with the simulator's own line-blocked counter (item 3).
 */
class PublishedTraceMetadataTest {

    @ParameterizedTest
    @ValueSource(strings = {"C1-S-L-SH", "C2-R-L-SH", "C3-S-L-SH", "C3-R-L-SH-P1-P2"})
    void everyEventIsNamedByTheRunsOwnMetadata(String id) {
        SimConfig cfg = ModelScenarios.config(ScenarioSpec.parse(id));
        TraceStore store = new TraceStore();
        Simulation sim = new Simulation(cfg, 1, store, null);
        assertEquals(sim.traceMetadata(), store.metadata(), "published while the machine is wired, before any event");
        sim.run(1_000_000, 20_000_000);
        TraceMetadata m = store.metadata();
        assertEquals(21_000_000, m.durationNs());
        assertEquals("1000000", m.properties().get(TraceMetadata.WARMUP_NS));
        for (int i = 0; i < store.size(); i++) {
            int dev = store.device(i);
            assertTrue(dev < m.devices().size(), "device " + dev + " is named");
            assertTrue(store.cpu(i) < m.cpuNames().size());
            if (store.gsi(i) >= 0) {
                assertTrue(m.gsiNames().containsKey(store.gsi(i)), "GSI " + store.gsi(i) + " is named: " + m.gsiNames());
            }
        }
        long vifs = cfg.functions().stream().filter(f -> f.attachment() == AttachmentMode.PARAVIRTUAL_VIF).count();
        long vifDevices = 0;
        for (int d = 0; d < m.devices().size(); d++) {
            if (m.deviceKind(d).equals("vif")) {
                vifDevices++;
                assertTrue(m.deviceName(d).endsWith("/vif") && m.ownerOf(d) >= 0, m.deviceName(d));
            }
        }
        assertEquals(vifs, vifDevices, "every vif is a device of the trace");
        int rt = cfg.domains().stream().map(SimConfig.DomainSpec::kind).toList().indexOf(DomainKind.RT_VM);
        assertEquals(rt, m.rtVm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"C2-S-L-SH", "C3-S-L-SH", "C3-R-L-SH", "C3-S-L-SH-P1", "C3-S-L-SH-P1-P2"})
    void theSharedLineRuleMeasuresWhatXenCounts(String id) {
        TraceStore store = new TraceStore();
        new Simulation(ModelScenarios.config(ScenarioSpec.parse(id)), 1, store, null).run(0, 30_000_000);
        LineTracker lines = new LineTracker();
        long[] released = {-1};
        int eois = 0;
        for (int i = 0; i < store.size(); i++) {
            released[0] = -1;
            lines.event(store.timeNs(i), store.kind(i).ordinal(), store.gsi(i), store.arg(i), store.journey(i),
                    (g, since, eoi, j) -> released[0] = eoi - since);
            if (store.kind(i) == TraceKind.LINE_EOI) {
                long expected = store.arg(i) == 0 && released[0] < 0 ? -1 : store.arg(i);
                assertEquals(expected, released[0], id + ": LINE_EOI at " + store.timeNs(i) + " on GSI " + store.gsi(i));
                eois += store.arg(i) > 0 ? 1 : 0;
            }
        }
        assertTrue(eois > 10 || id.endsWith("P2"), id + " has blocked episodes: " + eois);
    }
}
