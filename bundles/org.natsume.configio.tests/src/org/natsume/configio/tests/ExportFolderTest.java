package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.configio.export.ExportResult;
import org.natsume.configio.export.ExportWriter;
import org.natsume.configio.export.Exporters;

/**
 * An export folder holds one export: the next one replaces it whole (no xl/ of one model beside boot/ of another),
 * a run killed half-way leaves nothing the next run does not clean, user files are never deleted, and exported files
 * get the user's mode.
 */
class ExportFolderTest {

    @TempDir
    Path dir;

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<String> written(List<ExportResult> results, Path root) {
        List<String> out = new ArrayList<>();
        results.forEach(r -> r.written().forEach(p -> out.add(root.relativize(p).toString())));
        out.add(ExportWriter.MARKER);
        return out.stream().sorted().toList();
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private String umaskMode() throws IOException {
        Path ref = Files.createFile(dir.resolve("ref-" + System.nanoTime()));
        String m = mode(ref);
        Files.delete(ref);
        return m;
    }

    @Test
    void theNextExportReplacesTheWholeFolder() throws Exception {
        Path out = dir.resolve("out");
        new ExportWriter(out).run(Fixtures.example("paper-case3-passthrough-unshared"), Exporters.all());
        assertTrue(Files.exists(out.resolve("jailhouse")));
        List<ExportResult> second = new ExportWriter(out).run(Fixtures.example("paper-case3-passthrough-shared"), Exporters.all());
        assertEquals(written(second, out), tree(out), "files of the first model are left beside the second's");
        assertFalse(Files.exists(out.resolve("jailhouse")), "jailhouse refuses the shared case: its old cells must go");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList(), "no staging or old folder is left beside the output");
        }
    }

    @Test
    void leftoversOfAKilledExportAreCleanedAndTheOldFolderComesBack() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path out = dir.resolve("out");
        new ExportWriter(out).run(Fixtures.example("paper-case2-vif"), Exporters.all());
        // killed between its two renames: the old folder is aside, the new one still staged
        Path old = dir.resolve(".out." + gone.pid() + ".a1.old");
        Files.move(out, old);
        Path staged = Files.createDirectories(dir.resolve(".out." + gone.pid() + ".b2.new/xl"));
        Files.writeString(staged.resolve("guestA.cfg"), "name = \"half");
        Path tmp = Files.writeString(Files.createDirectories(dir.resolve("other")).resolve(".x.cfg." + gone.pid() + ".c3.tmp"), "x");

        List<ExportResult> r = new ExportWriter(out).run(Fixtures.example("paper-case3-passthrough-unshared"), Exporters.all());
        assertEquals(written(r, out), tree(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("other"), out), s.sorted().toList());
        }
        new ExportWriter(dir.resolve("other")).write(org.natsume.configio.export.GeneratedFile.text("x.cfg", "y\n"));
        assertFalse(Files.exists(tmp), "a killed write's temp file is removed by the next write of that file");
    }

    @Test
    void aFolderWithFilesNoExportWroteIsRefusedAndKept() throws Exception {
        Path out = Files.createDirectories(dir.resolve("configs"));
        Files.writeString(out.resolve("README"), "mine");
        IOException e = assertThrows(IOException.class,
                () -> new ExportWriter(out).run(Fixtures.example("paper-case2-vif"), Exporters.all()));
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        assertEquals(List.of("README"), tree(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no staging folder left");
        }
    }

    @Test
    void exportedFilesKeepTheirModeAndNewOnesGetTheUmasks() throws Exception {
        Path out = dir.resolve("out");
        new ExportWriter(out).run(Fixtures.example("paper-case2-vif"), Exporters.all());
        String umask = umaskMode();
        assertEquals(umask, mode(out.resolve("xl/guestA.cfg")));
        Files.setPosixFilePermissions(out.resolve("xl/guestA.cfg"), PosixFilePermissions.fromString("rw-r-----"));
        new ExportWriter(out).run(Fixtures.example("paper-case2-vif"), Exporters.all());
        assertEquals("rw-r-----", mode(out.resolve("xl/guestA.cfg")));
        Path script = out.resolve("irq-affinity/irq-affinity.sh");
        assertEquals(umask.replaceAll("r(.)-", "r$1x").replace("r--", "r-x"), mode(script));
    }

    @Test
    void exportThroughALinkReplacesItsTargetAndKeepsTheLink() throws Exception {
        Path real = dir.resolve("real");
        Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("real"));
        new ExportWriter(link).run(Fixtures.example("paper-case2-vif"), Exporters.all());
        new ExportWriter(link).run(Fixtures.example("paper-case2-vif"), Exporters.all());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isRegularFile(real.resolve("xl/guestA.cfg")));
    }
}
