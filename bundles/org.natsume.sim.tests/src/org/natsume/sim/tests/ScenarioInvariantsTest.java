package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.natsume.sim.metrics.Accounting;
import org.natsume.sim.scenario.PaperTestbed;
import org.natsume.sim.scenario.ScenarioMatrix;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.trace.TraceKind;

/**
 * ELK-style runner: every scenario of the matrix × every invariant of domain.md §6.5, and every scenario's
 * interrupt books. A new scenario (in ScenarioMatrix) or invariant (in InvariantChecker.Invariant) adds cases.
 */
class ScenarioInvariantsTest {
    private static final long WARMUP = 5_000_000L;
    private static final long DURATION = 150_000_000L;

    static Stream<Arguments> scenariosTimesInvariants() {
        List<Arguments> out = new ArrayList<>();
        for (ScenarioSpec s : ScenarioMatrix.all()) {
            for (InvariantChecker.Invariant i : InvariantChecker.Invariant.values()) {
                out.add(Arguments.of(s.id(), i));
            }
        }
        return out.stream();
    }

    static Stream<String> scenarios() {
        return ScenarioMatrix.all().stream().map(ScenarioSpec::id);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenariosTimesInvariants")
    void invariantHolds(String id, InvariantChecker.Invariant invariant) {
        InvariantChecker checker = new InvariantChecker();
        new Simulation(PaperTestbed.config(ScenarioSpec.parse(id)), 3, null, checker).run(WARMUP, DURATION);
        assertEquals(List.of(), checker.violations(invariant), invariant.description);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyRaisedInterruptIsAccountedFor(String id) {
        RecordingSink sink = new RecordingSink(false);
        Simulation sim = new Simulation(PaperTestbed.config(ScenarioSpec.parse(id)), 5, sink, null);
        sim.run(WARMUP, DURATION);
        Accounting a = sim.context().accounting;
        assertTrue(a.raised > 0, "the scenario raised interrupts");
        // each device assertion or MSI write is traced as PIN_ASSERT
        assertEquals(a.raised, sink.perKind[TraceKind.PIN_ASSERT.ordinal()], "raised = PIN_ASSERT events");
        long pending = a.pending();
        // what is neither delivered, coalesced nor dropped is still on its way: at most one per line and LAPIC
        assertTrue(pending >= 0 && pending <= 4, "pending at end " + pending + " of " + a.raised + " raised");
        if (sim.xen() != null) {
            // a vector taken just before the end may still wait for its do_IRQ to start
            long notEntered = a.delivered - sink.perKind[TraceKind.XEN_IRQ_ENTER.ordinal()];
            assertTrue(notEntered >= 0 && notEntered <= 2, "delivered but not entered Xen: " + notEntered);
        }
    }
}
