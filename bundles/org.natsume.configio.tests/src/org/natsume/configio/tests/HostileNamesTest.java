package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.ExportResult;
import org.natsume.configio.export.ExportWriter;
import org.natsume.configio.export.Exporters;
import org.natsume.configio.internal.FileNames;
import org.natsume.model.Topology;
import org.w3c.dom.Document;

/**
 * Names with quotes, spaces, {@code $()}, backticks, comment terminators and newlines, through every target: each
 * file must still parse with the real tool, the value read back must be exactly the model's, no injected line may
 * appear, and nothing may be written outside the output directory.
 */
class HostileNamesTest {

    static final String GUEST_A = "guest\"A' $(touch /tmp/natsume-pwned) `id` ;\nname = \"evil\"";
    static final String GUEST_B = "b'\"$(x)\\??=*/";
    static final String DOM0 = "../dom0 $(reboot)";
    static final String TOPOLOGY = "Case \"3\"\ntitle evil */ -- $(x) <!--";
    static final String NIC = "NIC <B> & \"x\" 'y' ]]> */ ${IFS} \u00e9";

    static Topology hostile() {
        Topology t = Models.load("paper-case3-passthrough-unshared");
        t.setName(TOPOLOGY);
        Models.domain(t, "guestA").setName(GUEST_A);
        Models.domain(t, "guestB").setName(GUEST_B);
        Models.domain(t, "Domain-0").setName(DOM0);
        Models.function(t, "0000:05:00.0").setName(NIC);
        return t;
    }

    private static List<Path> export(Topology t, Path dir, String... targets) throws Exception {
        List<Path> files = new ArrayList<>();
        var exporters = Stream.of(targets).map(id -> Exporters.byId(id).orElseThrow()).toList();
        for (ExportResult r : new ExportWriter(dir).run(Models.read(t), exporters)) {
            if (r.refused()) throw r.refusal().get();
            files.addAll(r.written());
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).forEach(f -> assertTrue(f.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath()), f.toString()));
        }
        for (Path f : files) {
            String content = Files.readString(f);
            assertFalse(content.lines().anyMatch(l -> l.startsWith("name = \"evil\"") || l.startsWith("title evil")),
                    "an injected line appears in " + f + ":\n" + content);
        }
        return files;
    }

    @Test
    void xlReadsBackExactlyTheModelsNames(@TempDir Path dir) throws Exception {
        List<Path> files = export(hostile(), dir, "xl");
        assertEquals(List.of("xl/" + FileNames.slug(GUEST_A) + ".cfg", "xl/" + FileNames.slug(GUEST_B) + ".cfg", "xl/pci-assignable.sh"),
                files.stream().map(f -> dir.relativize(f).toString()).toList());
        assertEquals(GUEST_A, RealToolsTest.value(NativeTools.xlParse(files.get(0), "name"), "name"));
        assertEquals(GUEST_B, RealToolsTest.value(NativeTools.xlParse(files.get(1), "name"), "name"));
        NativeTools.checkShell(files.get(2));
    }

    @Test
    void xmIsPythonThatEvaluatesToTheModelsNames(@TempDir Path dir) throws Exception {
        List<Path> files = export(hostile(), dir, "xm");
        String code = "import ast, json, sys\n"
                + "tree = ast.parse(open(sys.argv[1], encoding='ascii').read())\n"
                + "vals = {}\n"
                + "for n in tree.body:\n"
                + "    assert isinstance(n, ast.Assign), ast.dump(n)\n"
                + "    vals[n.targets[0].id] = ast.literal_eval(n.value)\n"
                + "print(json.dumps(vals['name'].encode('latin-1').decode('utf-8')))\n";
        assertEquals("\"" + GUEST_A.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"",
                NativeTools.python(code, files.get(0).toString()).strip());
        assertEquals("\"" + GUEST_B.replace("\\", "\\\\").replace("\"", "\\\"") + "\"", NativeTools.python(code, files.get(1).toString()).strip());
    }

    @Test
    void bootEntryKeepsOneTitleLine(@TempDir Path dir) throws Exception {
        List<Path> files = export(hostile(), dir, "boot");
        List<String> menu = Files.readAllLines(files.get(0));
        assertEquals(1, menu.stream().filter(l -> l.startsWith("title ")).count(), menu.toString());
        assertEquals("title Xen 3.4.1 / Case \"3\"?title evil *_/ -_- $(x) <!-_- (Natsume)", menu.stream().filter(l -> l.startsWith("title ")).findFirst().get());
    }

    @Test
    void cpupoolAndIrqScriptsPassShellcheck(@TempDir Path dir) throws Exception {
        for (Path f : export(hostile(), dir, "cpupool", "irq-affinity")) {
            if (f.toString().endsWith(".sh")) NativeTools.checkShell(f);
            if (f.toString().endsWith("rt-pool.cfg")) assertEquals("rt-pool", RealToolsTest.value(NativeTools.xlParse(f, "name"), "name"));
        }
        assertTrue(Files.exists(dir.resolve("irq-affinity/modprobe.d/" + FileNames.slug(DOM0) + "-itr.conf")));
        assertFalse(FileNames.slug(DOM0).contains("/"));
    }

    @Test
    void routingJsonCarriesTheExactNames(@TempDir Path dir) throws Exception {
        List<Path> files = export(hostile(), dir, "natsume-routing");
        String code = "import json, sys\nd = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                + "print(json.dumps([d['topology']] + sorted(set(o['domain'] for o in d['owners'])) + [d['redirectionEntries'][0]['rtVm']]))\n";
        String out = NativeTools.python(code, files.get(0).toString()).strip();
        String expected = "[" + String.join(", ", Stream.of(TOPOLOGY, DOM0, GUEST_B, GUEST_B).map(HostileNamesTest::json).toList()) + "]";
        assertEquals(expected, out);
    }

    @Test
    void jailhouseCellNamesCompileToTheExactBytes(@TempDir Path dir) throws Exception {
        Topology t = hostile();
        Models.domain(t, "guest\"A' $(touch /tmp/natsume-pwned) `id` ;\nname = \"evil\"").setName("a\"\n*/x");
        Path cc = NativeTools.require("cc", "gcc");
        Path stub = dir.resolve("stub/jailhouse");
        Files.createDirectories(stub);
        Files.write(stub.resolve("types.h"), Fixtures.bytes("native/jailhouse-stub/jailhouse/types.h"));
        Files.write(stub.resolve("cell-config.h"), Fixtures.bytes("native/jailhouse-stub/jailhouse/cell-config.h"));
        Path out = dir.resolve("out");
        List<Path> cells = export(t, out, "jailhouse");
        assertEquals(2, cells.size());
        for (Path cell : cells) {
            Path main = dir.resolve("main.c");
            Files.writeString(main, "#include <stdio.h>\n#include <string.h>\n#include \"" + cell + "\"\n"
                    + "int main(void) { fwrite(config.cell.name, 1, strlen(config.cell.name), stdout); return 0; }\n");
            Path exe = dir.resolve("cell");
            Fixtures.Run c = Fixtures.run(dir, List.of(cc.toString(), "-Wall", "-Werror", "-I", dir.resolve("stub").toString(), "-o", exe.toString(), main.toString()));
            assertEquals(0, c.exit(), c.err() + "\n" + Files.readString(cell));
            Fixtures.Run r = Fixtures.run(dir, List.of(exe.toString()));
            String name = cell.getFileName().toString().startsWith("a_") ? "a\"\n*/x" : GUEST_B;
            assertEquals(name, r.out());
        }
    }

    @Test
    void acrnRefusesSuchNamesAndEscapesDescriptions(@TempDir Path dir) throws Exception {
        ExportRefusedException x = assertThrows(ExportRefusedException.class,
                () -> Exporters.byId("acrn").orElseThrow().export(Models.read(hostile())));
        assertTrue(x.reasons().stream().allMatch(r -> !r.contains("\n")), x.reasons().toString());
        assertTrue(x.reasons().contains("domain 'b'\"$(x)\\??=*_/': an ACRN VM name is 1-15 characters of [A-Za-z0-9_-]"), x.reasons().toString());

        Topology t = Models.load("paper-case3-passthrough-unshared");
        t.setName(TOPOLOGY);
        Models.function(t, "0000:05:00.0").setName(NIC);
        for (Path f : export(t, dir, "acrn")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
            if (f.getFileName().toString().equals("guestB.xml")) {
                assertEquals("05:00.0 Ethernet controller: " + NIC, doc.getElementsByTagName("pci_dev").item(0).getTextContent());
                assertEquals("guestB", doc.getElementsByTagName("name").item(0).getTextContent());
            }
        }
    }

    @Test
    void explicitCpupoolNamesAreQuotedInPoolConfigXlAndTheSetupScript(@TempDir Path dir) throws Exception {
        // the model has no cpupool attribute yet; the snapshot has, so give guestA and guestB one pool by hand
        var t = Models.read(Models.load("paper-case3-passthrough-unshared"));
        String pool = "rt \"pool\" $(x)";
        var domains = t.domains().stream().map(d -> d.kind() == org.natsume.topology.Topology.DomainKind.DOM0 ? d
                : new org.natsume.topology.Topology.DomainInfo(d.id(), d.domid(), d.name(), d.kind(), d.guestType(), d.memoryMiB(),
                        d.weight(), d.cap(), d.vcpus(), d.attachments(), d.kernel(), d.ramdisk(), d.extra(), java.util.Optional.of(pool)))
                .toList();
        var withPool = new org.natsume.topology.Topology(t.name(), t.machine(), t.hypervisor(), domains, t.workloads(), t.timing());
        List<Path> files = new ArrayList<>();
        for (ExportResult r : new ExportWriter(dir).run(withPool, List.of(Exporters.byId("cpupool").get(), Exporters.byId("xl").get()))) {
            assertFalse(r.refused(), () -> r.refusal().get().getMessage());
            files.addAll(r.written());
        }
        Path cfg = dir.resolve("cpupool/" + FileNames.slug(pool) + ".cfg");
        List<String> read = NativeTools.xlParse(cfg, "name", "cpus");
        assertEquals(pool, RealToolsTest.value(read, "name"));
        assertEquals("1-2", RealToolsTest.value(read, "cpus"), "the union of both guests' PCPUs");
        assertEquals(pool, RealToolsTest.value(NativeTools.xlParse(dir.resolve("xl/guestB.cfg"), "pool"), "pool"));
        NativeTools.checkShell(dir.resolve("cpupool/cpupool-setup.sh"));
        assertTrue(files.contains(cfg));
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
