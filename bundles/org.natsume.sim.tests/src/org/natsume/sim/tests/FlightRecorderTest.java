package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;
import org.natsume.trace.flight.FlightRecorder;
import org.natsume.trace.flight.KeptWindow;
import org.natsume.trace.line.LineTracker;

/**
 * The flight recorder against the truth: the same short run once with every event kept and once through a
 * {@link FlightRecorder}. The kept journeys must be the run's N worst (by owner-ISR latency and by line-blocked time,
 * computed here from the full trace), and the kept trace must hold exactly the full trace's events inside the windows.
 */
class FlightRecorderTest {

    @ParameterizedTest
    @CsvSource({"C3-S-L-SH, 8, 200000", "C2-R-L-SH, 5, 50000", "C3-R-N-UN, 3, 0"})
    void keepsTheTrueNWorstWithTheirContext(String id, int n, long contextNs) {
        long warmup = 1_000_000;
        long duration = 60_000_000;
        TraceStore full = new TraceStore();
        new Simulation(ModelScenarios.config(ScenarioSpec.parse(id)), 3, full, null).run(warmup, duration);
        FlightRecorder rec = new FlightRecorder(n, contextNs, 100_000_000);
        new Simulation(ModelScenarios.config(ScenarioSpec.parse(id)), 3, rec, null).run(warmup, duration);
        assertEquals(full.size(), rec.eventsSeen(), "the recorder saw the same run");
        TraceStore kept = rec.finish();
        List<KeptWindow> windows = KeptWindow.of(kept.metadata());

        assertEquals(worst(latencies(full), n), journeys(windows, KeptWindow.Reason.LATENCY), id + ": N worst by latency");
        assertEquals(worst(blockedTimes(full), n), journeys(windows, KeptWindow.Reason.LINE_BLOCKED), id + ": N worst by line-blocked time");
        for (KeptWindow w : windows) {
            assertFalse(w.truncated(), "a 100 ms look-back covers every window: " + w);
            // a window is clamped at the trace start
            assertTrue(w.toNs() - w.fromNs() >= 2 * contextNs || w.fromNs() == 0, w.toString());
        }

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            long t = full.timeNs(i);
            if (windows.stream().anyMatch(w -> w.fromNs() <= t && t <= w.toNs())) {
                expected.add(i);
            }
        }
        assertEquals(expected.size(), kept.size(), id + ": the kept trace holds the window events, each once");
        for (int k = 0; k < kept.size(); k++) {
            int i = expected.get(k);
            assertEquals(full.timeNs(i), kept.timeNs(k));
            assertEquals(full.kind(i), kept.kind(k));
            assertEquals(full.journey(i), kept.journey(k));
            assertEquals(full.arg(i), kept.arg(k));
            assertEquals(full.device(i), kept.device(k));
        }
        assertTrue(kept.size() < full.size(), "it keeps less than everything: " + kept.size() + " of " + full.size());
        assertEquals(full.metadata().deviceName(0), kept.metadata().deviceName(0), "the producer's metadata travels along");
    }

    /** Journey → latency of its owner's ISR (the largest when several), from the full trace. */
    private static Map<Integer, Long> latencies(TraceStore s) {
        TraceMetadata m = s.metadata();
        Map<Integer, Long> out = new HashMap<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.kind(i) == TraceKind.GUEST_ISR && s.journey(i) >= 0) {
                int owner = m.ownerOf(s.device(i));
                if (owner < 0 || owner == s.domain(i)) {
                    out.merge(s.journey(i), s.arg(i), Math::max);
                }
            }
        }
        return out;
    }

    /** Journey → longest blocked episode its LINE_EOI ended, by the shared-line rule, from the full trace. */
    private static Map<Integer, Long> blockedTimes(TraceStore s) {
        Map<Integer, Long> out = new HashMap<>();
        LineTracker lines = new LineTracker();
        for (int i = 0; i < s.size(); i++) {
            lines.event(s.timeNs(i), s.kind(i).ordinal(), s.gsi(i), s.arg(i), s.journey(i), (g, since, eoi, j) -> {
                if (j >= 0) {
                    out.merge(j, eoi - since, Math::max);
                }
            });
        }
        return out;
    }

    private static List<Integer> worst(Map<Integer, Long> values, int n) {
        return values.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Integer, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    private static List<Integer> journeys(List<KeptWindow> ws, KeptWindow.Reason r) {
        return ws.stream().filter(w -> w.reason() == r).map(KeptWindow::journey).toList();
    }
}
