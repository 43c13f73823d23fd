package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.configio.export.ExportResult;
import org.natsume.configio.export.ExportWriter;
import org.natsume.configio.export.Exporters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The ACRN export is one complete {@code scenario.xml}. Every example's export is validated by an XSD 1.1 validator
 * (python3-xmlschema) against ACRN v3.0's {@code config.xsd}, the full schema, and {@code scenario_structure.xsd}, the
 * check ACRN's configurator makes when it opens a file. The schema is ACRN's own, kept unchanged under
 * resources/acrn-schema-v3.0 with its BSD-3-Clause licence (NATSUME_ACRN_SCHEMA may name another release's
 * misc/config_tools/schema folder). The structural test below also checks what config.xsd requires of every VM.
 */
class AcrnScenarioTest {

    /** The VM elements config.xsd v3.0 requires (minOccurs 1 in VMConfigType). */
    private static final List<String> REQUIRED_VM = List.of("load_order", "name", "vm_type", "console_vuart", "os_type",
            "vuart0", "vbootloader", "priority", "companion_vmid", "os_config", "virtio_devices");
    private static final List<String> REQUIRED_HV = List.of("BUILD_TYPE", "FEATURES", "vuart_connections",
            "DEBUG_OPTIONS", "MEMORY", "CAPACITIES", "MISC_CFG");

    private static final String BUNDLED_SCHEMA = "acrn-schema-v3.0/";

    @TempDir
    Path dir;

    /** The scenario.xml of every example ACRN accepts, one folder per example. */
    private List<Path> scenarios() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String example : Fixtures.allExamples()) {
            ExportResult r = new ExportWriter(dir.resolve(example)).run(Fixtures.example(example),
                    List.of(Exporters.byId("acrn").orElseThrow())).get(0);
            if (r.refused()) continue; // refusals are ExportRefusalTest's subject
            assertEquals(List.of(dir.resolve(example).resolve("acrn/scenario.xml")), r.written());
            out.add(r.written().get(0));
        }
        // case 2 (post-launched RTVM with a virtio NIC) and case 3 unshared (pre-launched RTVM with a pass-through NIC);
        // the native case and the two with a GSI shared across VMs are refused
        assertTrue(out.size() >= 2, "the examples ACRN can partition export: " + out);
        return out;
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name == null || c.getTagName().equals(name))) out.add(c);
        }
        return out;
    }

    @Test
    void everyScenarioHasWhatTheSchemaRequiresOfTheHypervisorAndEachVm() throws Exception {
        for (Path file : scenarios()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(file.toFile());
            Element root = doc.getDocumentElement();
            assertEquals("acrn-config", root.getTagName());
            Element hv = children(root, "hv").get(0);
            for (String e : REQUIRED_HV) assertEquals(1, children(hv, e).size(), file + ": hv/" + e);
            Set<String> names = new HashSet<>();
            List<Element> vms = children(root, "vm");
            assertFalse(vms.isEmpty());
            for (int i = 0; i < vms.size(); i++) {
                Element vm = vms.get(i);
                assertEquals(Integer.toString(i), vm.getAttribute("id"));
                for (String e : REQUIRED_VM) assertEquals(1, children(vm, e).size(), file + ": vm " + i + " lacks " + e);
                assertTrue(names.add(children(vm, "name").get(0).getTextContent()), file + ": VM names repeat");
            }
            List<String> order = vms.stream().map(v -> children(v, "load_order").get(0).getTextContent()).toList();
            List<String> ranks = List.of("PRE_LAUNCHED_VM", "SERVICE_VM", "POST_LAUNCHED_VM");
            assertEquals(order.stream().sorted(java.util.Comparator.comparingInt(ranks::indexOf)).toList(), order,
                    "ACRN numbers pre-launched VMs first, then the Service VM");
            assertEquals(1, order.stream().filter("SERVICE_VM"::equals).count());
        }
    }

    /** A python3 that has the xmlschema module (Debian: python3-xmlschema), or a skip saying how to get one. */
    private static Path python() throws Exception {
        for (Path p : new Path[] {Fixtures.tool("python3"), Path.of("/usr/bin/python3")}) {
            if (p == null || !Files.isExecutable(p)) continue;
            if (Fixtures.run(Path.of(System.getProperty("java.io.tmpdir")), List.of(p.toString(), "-c", "import xmlschema")).exit() == 0) {
                return p;
            }
        }
        assumeTrue(false, "skipped: no python3 with the xmlschema module (Debian: python3-xmlschema)");
        return null;
    }

    /** NATSUME_ACRN_SCHEMA's folder, else the v3.0 schema of the test resources copied to a temporary folder. */
    private Path schemaDir() throws IOException {
        String env = System.getenv("NATSUME_ACRN_SCHEMA");
        if (env != null && !env.isBlank()) {
            Path d = Path.of(env);
            assertTrue(Files.isRegularFile(d.resolve("config.xsd")) && Files.isRegularFile(d.resolve("scenario_structure.xsd")),
                    "NATSUME_ACRN_SCHEMA=" + env + " is not ACRN's misc/config_tools/schema folder");
            return d;
        }
        Path d = dir.resolve("acrn-schema");
        String index = new String(Fixtures.bytes(BUNDLED_SCHEMA + "FILES"), StandardCharsets.UTF_8);
        for (String file : index.lines().filter(l -> !l.isBlank()).toList()) {
            Path target = d.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, Fixtures.bytes(BUNDLED_SCHEMA + file));
        }
        return d;
    }

    private Fixtures.Run validate(Path schema, List<Path> files) throws Exception {
        Path script = dir.resolve("acrn_validate.py");
        if (!Files.exists(script)) Files.write(script, Fixtures.bytes("native/acrn_validate.py"));
        List<String> cmd = new ArrayList<>(List.of(python().toString(), script.toString(), schema.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        return Fixtures.run(dir, cmd);
    }

    @Test
    void everyExamplesScenarioIsValidAgainstAcrnsSchemaAndLoadsInTheConfigurator() throws Exception {
        Path schema = schemaDir();
        List<Path> files = scenarios();
        for (String xsd : List.of("config.xsd", "scenario_structure.xsd")) {
            Fixtures.Run r = validate(schema.resolve(xsd), files);
            assertEquals(0, r.exit(), xsd + ":\n" + r.out() + r.err());
            assertEquals(files.size(), r.out().lines().filter(l -> l.endsWith(": valid")).count(), r.out());
        }
    }

    @Test
    void theSchemaCheckRejectsAVmWithoutItsRequiredElementsSoItCanFail() throws Exception {
        Path schema = schemaDir();
        Path file = scenarios().get(0);
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, Files.readString(file).replaceFirst("\\s*<os_type>[^<]*</os_type>", ""));
        Fixtures.Run r = validate(schema.resolve("config.xsd"), List.of(broken));
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("os_type"), r.out());
    }

    @Test
    void duplicateVmNamesAreRefused() throws Exception {
        org.natsume.model.Topology m = org.natsume.model.examples.Examples.load("paper-case3-passthrough-unshared");
        m.getDomains().get(2).setName(m.getDomains().get(1).getName());
        for (String target : List.of("acrn", "xl", "jailhouse")) {
            ExportResult r = new ExportWriter(dir.resolve(target)).run(Models.read(m), List.of(Exporters.byId(target).orElseThrow())).get(0);
            assertTrue(r.refused(), target);
            assertTrue(r.refusal().get().reasons().stream().anyMatch(s -> s.contains("are all named '" + m.getDomains().get(1).getName() + "'")),
                    target + ": " + r.refusal().get().reasons());
        }
    }
}
