package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.natsume.configio.export.ExportResult;
import org.natsume.configio.export.ExportWriter;
import org.natsume.configio.export.Exporters;

/**
 * Every generated xl.cfg and xlcpupool.cfg through Xen's own parser (libxlutil, via resources/native/xlcheck.c),
 * every generated shell script through bash -n (+ dash -n) and shellcheck, for every built-in example.
 */
class RealToolsTest {

    static List<String> examples() {
        return Fixtures.allExamples();
    }

    static List<Path> exportAll(String example, Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (ExportResult r : new ExportWriter(dir).run(Fixtures.example(example), Exporters.all())) files.addAll(r.written());
        return files;
    }

    /** Decodes xlcheck's \xHH escapes back to the string libxlutil read. */
    static String unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x') {
                out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.write(s.charAt(i));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> unescape(l.substring(key.length() + 1))).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + lines));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void xlConfigsPassLibxlutil(String example, @TempDir Path dir) throws Exception {
        for (Path f : exportAll(example, dir)) {
            String rel = dir.relativize(f).toString();
            if (rel.startsWith("xl/") && rel.endsWith(".cfg")) {
                List<String> out = NativeTools.xlParse(f, "name", "type", "memory", "vcpus", "cpus", "pool");
                assertEquals(f.getFileName().toString().replace(".cfg", ""), value(out, "name"));
                assertEquals("pv", value(out, "type"));
            }
            if (rel.startsWith("cpupool/") && rel.endsWith(".cfg")) {
                List<String> out = NativeTools.xlParse(f, "name", "sched", "cpus");
                assertEquals("rt-pool", value(out, "name"));
            }
        }
    }

    @Test
    void guestBPassesItsNicThroughByBdfPinnedToTheRtCpu(@TempDir Path dir) throws Exception {
        // the unshared layout swaps the NICs' roles (domain.md §0.4): guest B passes through NIC-A, 00:19.0
        exportAll("paper-case3-passthrough-unshared", dir);
        List<String> out = NativeTools.xlParse(dir.resolve("xl/guestB.cfg"), "name", "cpus", "pool", "pci");
        assertEquals("guestB", value(out, "name"));
        assertEquals("2", value(out, "cpus"));
        assertEquals("rt-pool", value(out, "pool"));
        assertEquals("0000:00:19.0", value(out, "pci[0].bdf"));
        assertTrue(out.contains("pci[0]=0000:00:19.0"), out.toString());
        List<String> a = NativeTools.xlParse(dir.resolve("xl/guestA.cfg"), "vif", "pci");
        assertEquals("mac=00:16:3e:00:00:0a,bridge=xenbr0", value(a, "vif[0]"));
        assertTrue(a.contains("pci=(absent)"), a.toString());
    }

    @Test
    void libxlutilRejectsABrokenFileSoTheCheckCanFail(@TempDir Path dir) throws Exception {
        NativeTools.xlcheck();
        Path bad = dir.resolve("bad.cfg");
        Files.writeString(bad, "name = \"guestB\npci = [ '0000:05:00.0' ]\n");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> NativeTools.xlParse(bad));
        assertTrue(e.getMessage().contains("libxlutil rejects"), e.getMessage());
        Path badPci = dir.resolve("badpci.cfg");
        Files.writeString(badPci, "name = \"g\"\npci = [ \"0000:05:00.9\" ]\n");
        AssertionError p = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> NativeTools.xlParse(badPci));
        assertTrue(p.getMessage().contains("exit 3"), p.getMessage());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shellScriptsPassBashAndShellcheck(String example, @TempDir Path dir) throws Exception {
        int scripts = 0;
        for (Path f : exportAll(example, dir)) {
            if (f.toString().endsWith(".sh")) {
                assertTrue(Files.isExecutable(f), f + " should be executable");
                assertTrue(Files.readString(f).startsWith("#!/bin/sh\n"));
                NativeTools.checkShell(f);
                scripts++;
            }
        }
        assertTrue(scripts >= 1, "every example has at least the irq-affinity script");
    }

    @Test
    void shellcheckFindsAnUnquotedExpansionSoTheCheckCanFail(@TempDir Path dir) throws Exception {
        Path s = dir.resolve("bad.sh");
        Files.writeString(s, "#!/bin/sh\nf=$1\nrm $f\n");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> NativeTools.checkShell(s));
        assertFalse(e.getMessage().isEmpty());
    }
}
