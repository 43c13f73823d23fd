package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyLoadException;
import org.natsume.model.io.TopologyStore;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.TopologyValidator;

/**
 * Model files edited by hand or by other tools: references of the wrong type, DTDs and their entities, domains that
 * share a name or have none. Each is refused with file:line:column and words a user knows, or found by validation.
 */
class HostileModelFileTest {

    @TempDir
    Path dir;

    private Path example(String name) throws Exception {
        Path file = dir.resolve(name + ".natsume");
        TopologyStore.save(Examples.load(name), file);
        return file;
    }

    /** The example's file with {@code from} (which must occur) replaced once by {@code to}. */
    private Path edited(String from, String to) throws Exception {
        String xml = Files.readString(example("paper-case3-passthrough-shared"));
        assertTrue(xml.contains(from), "the example changed; adapt this test: " + from);
        Path file = dir.resolve("edited.natsume");
        Files.writeString(file, xml.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return file;
    }

    private static int[] position(Path file, String needle) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int c = lines.get(i).indexOf(needle);
            if (c >= 0) return new int[] {i + 1, c + 1};
        }
        throw new AssertionError(needle + " not in " + file);
    }

    private static void assertNoJavaNames(String message) {
        assertFalse(message.matches("(?s).*(Impl@|org\\.natsume\\.model\\.impl|@[0-9a-f]{6,}).*"), message);
    }

    @Test
    void aReferenceToAnObjectOfTheWrongTypeIsRefusedAtItsAttribute() throws Exception {
        Path file = edited("line=\"gsi20\"", "line=\"settings\"");
        TopologyLoadException e = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        int[] at = position(file, "line=\"settings\"");
        assertEquals(at[0], e.line(), e.getMessage());
        assertEquals(at[1], e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + at[0] + ":" + at[1] + ": "), e.getMessage());
        assertTrue(e.reason().contains("'settings', which is a SimulationSettings")
                && e.reason().contains("line must refer to a InterruptLine"), e.reason());
        assertNoJavaNames(e.getMessage());
    }

    @Test
    void aLinkToAHostWhereANicBelongsIsRefusedAtItsAttribute() throws Exception {
        Path file = edited("nic=\"nic-b\"", "nic=\"netperf-peer\"");
        TopologyLoadException e = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        assertEquals(position(file, "nic=\"netperf-peer\"")[0], e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.reason().contains("'netperf-peer', which is a ExternalHost"), e.reason());
        assertNoJavaNames(e.getMessage());
    }

    @Test
    void aCpuListedTwiceInAnAffinityIsRefusedAtItsAttribute() throws Exception {
        Path file = edited("hardAffinity=\"cpu2\"", "hardAffinity=\"cpu0 cpu0\"");
        TopologyLoadException e = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        int[] at = position(file, "hardAffinity=\"cpu0 cpu0\"");
        assertEquals(at[0], e.line(), e.getMessage());
        assertEquals(at[1], e.column(), e.getMessage());
        assertTrue(e.reason().contains("hardAffinity of Vcpu 'guestB-vcpu0' lists 'cpu0' more than once"), e.reason());
        assertNoJavaNames(e.getMessage());
    }

    @Test
    void aDtdIsRefusedSoNoEntityCanRenameADomainOrReadAFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "guestS");
        String xml = Files.readString(example("paper-case2-vif"));
        String doctype = "<!DOCTYPE t [<!ENTITY n SYSTEM \"" + secret.toUri() + "\"><!ENTITY e \"\">]>\n";
        String withEntity = xml.replaceFirst("\\?>\\n", "?>\n" + java.util.regex.Matcher.quoteReplacement(doctype))
                .replace("name=\"guestA\"", "name=\"&n;\"");
        Path file = Files.writeString(dir.resolve("dtd.natsume"), withEntity);
        TopologyLoadException e = assertThrows(TopologyLoadException.class, () -> TopologyStore.load(file));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.reason().contains("a DOCTYPE (DTD) is not allowed in a model file"), e.reason());
        assertFalse(e.getMessage().contains("guestS"), "the entity was expanded: " + e.getMessage());
        assertFalse(e.getMessage().contains("apache.org"), e.getMessage());
    }

    @Test
    void domainsSharingANameOrWithoutOneAreErrors() throws Exception {
        Topology t = Examples.load("paper-case2-vif");
        t.getDomains().get(2).setName(t.getDomains().get(1).getName());
        List<Finding> dup = TopologyValidator.validate(t).stream().filter(f -> f.rule().equals("unique-domain-name")).toList();
        assertEquals(1, dup.size(), dup.toString());
        assertTrue(dup.get(0).message().contains("'" + t.getDomains().get(1).getName() + "' is also the name of domain "
                + t.getDomains().get(1).getDomid()), dup.get(0).message());
        assertEquals(List.of(t.getDomains().get(2), t.getDomains().get(1)), dup.get(0).objects());

        t.getDomains().get(2).setName(" ");
        t.getDomains().get(1).setName("");
        List<Finding> unnamed = TopologyValidator.validate(t).stream().filter(f -> f.rule().equals("domain-name")).toList();
        assertEquals(2, unnamed.size(), unnamed.toString());
        assertTrue(TopologyValidator.validate(t).stream().noneMatch(f -> f.rule().equals("unique-domain-name")),
                "two empty names are reported as unnamed, not as a clash");
        assertTrue(TopologyValidator.validate(Examples.load("paper-case2-vif")).stream()
                .noneMatch(f -> f.rule().equals("domain-name") || f.rule().equals("unique-domain-name")));
    }

    @Test
    void heapBudgetRefusesOnlyFilesThatCannotFit() {
        long heap = 1L << 30;
        assertTrue(org.natsume.model.io.HeapBudget.tooLarge(heap / org.natsume.model.io.HeapBudget.BYTES_PER_FILE_BYTE, heap).isEmpty());
        String m = org.natsume.model.io.HeapBudget.tooLarge(heap / 2, heap).orElseThrow();
        assertTrue(m.contains("512.0 MiB") && m.contains("1024.0 MiB") && m.contains("NATSUME_HEAP=4g"), m);
    }
}
