package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.natsume.model.InterruptLine;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyStore;

/** save → load gives an equal model for every built-in example; ids and bytes are stable. */
class RoundTripTest {

    @TempDir
    Path dir;

    static Stream<String> exampleNames() {
        return Examples.names().stream();
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void everyExampleRoundTrips(String name) throws Exception {
        Topology original = Examples.load(name);
        Path file = dir.resolve(name + ".natsume");
        TopologyStore.save(original, file);
        Topology loaded = TopologyStore.load(file);
        assertTrue(EcoreUtil.equals(Examples.load(name), loaded), name + " differs after save/load");
        assertTrue(EcoreUtil.equals(original, loaded));
        // derived sharers are rebuilt from PciFunction.line on load
        for (InterruptLine l : loaded.getMachine().getInterruptLines()) {
            InterruptLine o = original.getMachine().getInterruptLines().stream()
                    .filter(x -> x.getGsi() == l.getGsi()).findFirst().orElseThrow();
            assertEquals(o.getSharers().size(), l.getSharers().size(), "sharers of GSI " + l.getGsi());
        }
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void savingTwiceGivesTheSameBytesAndIds(String name) throws Exception {
        Path a = dir.resolve("a.natsume");
        Path b = dir.resolve("b.natsume");
        TopologyStore.save(Examples.load(name), a);
        Topology loaded = TopologyStore.load(a);
        TopologyStore.save(loaded, b);
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void sharersAreNotSerialized() throws Exception {
        String xmi = TopologyStore.toXmi(ModelFixtures.shared());
        assertFalse(xmi.contains("sharers"), "InterruptLine.sharers must be derived, not stored");
        assertTrue(xmi.contains("line=\"gsi20\""), "PciFunction.line is stored as an id reference");
    }

    @Test
    void objectsWithoutIdGetOneThatSurvivesReload() throws Exception {
        Topology t = NatsumeFactory.eINSTANCE.createTopology();
        t.setName("fresh");
        t.setMachine(NatsumeFactory.eINSTANCE.createMachine());
        t.getDomains().add(NatsumeFactory.eINSTANCE.createDomain());
        Path file = dir.resolve("fresh.natsume");
        TopologyStore.save(t, file);
        List<String> ids = ids(t);
        assertEquals(3, ids.size());
        ids.forEach(id -> assertNotNull(id));
        Topology loaded = TopologyStore.load(file);
        assertEquals(ids, ids(loaded));
    }

    private static List<String> ids(EObject root) {
        List<String> out = new java.util.ArrayList<>();
        out.add(EcoreUtil.getID(root));
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            String id = EcoreUtil.getID(it.next());
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }
}
