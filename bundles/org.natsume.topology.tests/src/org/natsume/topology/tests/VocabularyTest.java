package org.natsume.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.natsume.model.timing.TimingParameter;
import org.natsume.topology.Timing;
import org.natsume.topology.Topology;

/**
 * The resolved topology's enums carry every literal of the metamodel's (the reader maps them by name), so a literal
 * added to the ecore cannot be lost on the way to the exporters and the simulator.
 */
class VocabularyTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(org.natsume.model.DomainKind.values(), Topology.DomainKind.values()),
                Arguments.of(org.natsume.model.AttachmentMode.values(), Topology.AttachmentMode.values()),
                Arguments.of(org.natsume.model.InterruptMode.values(), Topology.InterruptMode.values()),
                Arguments.of(org.natsume.model.GuestType.values(), Topology.GuestType.values()),
                Arguments.of(org.natsume.model.SchedulerKind.values(), Topology.Scheduler.values()),
                Arguments.of(org.natsume.model.IoApicTargetPolicy.values(), Topology.IoapicTargetPolicy.values()),
                Arguments.of(org.natsume.model.AckMethod.values(), Topology.AckMethod.values()),
                Arguments.of(org.natsume.model.Direction.values(), Topology.Direction.values()),
                Arguments.of(org.natsume.model.TriggerMode.values(), Topology.Trigger.values()),
                Arguments.of(org.natsume.model.Polarity.values(), Topology.Polarity.values()));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void everyMetamodelLiteralHasAResolvedOne(Enumerator[] model, Enum<?>[] resolved) {
        List<String> names = Arrays.stream(resolved).map(Enum::name).toList();
        for (Enumerator e : model) {
            assertTrue(names.contains(e.getName()), e.getName() + " missing from " + names);
        }
    }

    @ParameterizedTest
    @MethodSource("timingParameters")
    void defaultTimingIsTheDeclarationInBaseUnits(TimingParameter p) {
        assertEquals(p.toBase(p.defaultValue()), Timing.defaults().get(p), p.symbol());
    }

    static Stream<TimingParameter> timingParameters() {
        return Arrays.stream(TimingParameter.values());
    }
}
