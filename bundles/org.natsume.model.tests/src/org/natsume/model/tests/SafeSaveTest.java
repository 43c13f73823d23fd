package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyStore;

/**
 * Saving a model the way an editor should: the file's mode is the user's (kept on re-save, the umask's when new), a
 * symbolic link is written through, and temp files of a killed save do not pile up.
 */
class SafeSaveTest {

    @TempDir
    Path dir;

    /** The mode a file created now gets from the umask. */
    private String umaskMode() throws Exception {
        Path ref = Files.createFile(dir.resolve("reference-" + System.nanoTime()));
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(ref));
        Files.delete(ref);
        return mode;
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewFileGetsTheUmasksModeNotOwnerOnly() throws Exception {
        Path file = dir.resolve("new.natsume");
        TopologyStore.save(Examples.load("paper-case2-vif"), file);
        assertEquals(umaskMode(), mode(file));
    }

    @Test
    void resavingKeepsTheFilesMode() throws Exception {
        Path file = dir.resolve("shared.natsume");
        TopologyStore.save(Examples.load("paper-case2-vif"), file);
        for (String m : new String[] {"rw-rw-r--", "rw-r-----"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(m));
            TopologyStore.save(TopologyStore.load(file), file);
            assertEquals(m, mode(file));
        }
    }

    @Test
    void savingThroughASymbolicLinkWritesItsTarget() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("t.natsume");
        TopologyStore.save(Examples.load("paper-case2-vif"), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.natsume"), Path.of("real/t.natsume"));
        TopologyStore.save(Examples.load("paper-case1-native"), link);
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertEquals(Examples.load("paper-case1-native").getName(), TopologyStore.load(real).getName());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count(), "nothing but the link and the folder");
        }
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.natsume"), Path.of("made/by/save.natsume"));
        TopologyStore.save(Examples.load("paper-case1-native"), dangling);
        assertTrue(Files.isSymbolicLink(dangling));
        assertTrue(Files.isRegularFile(dir.resolve("made/by/save.natsume")));
    }

    @Test
    void tempFilesOfAKilledSaveAreRemovedByTheNextSave() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path file = dir.resolve("t.natsume");
        Path stale = Files.writeString(dir.resolve(".t.natsume." + gone.pid() + ".1f.tmp"), "half a model");
        Path running = Files.writeString(dir.resolve(".t.natsume." + ProcessHandle.current().pid() + ".2e.tmp"), "being written");
        Path foreign = Files.writeString(dir.resolve(".t.natsume.notes"), "the user's");
        TopologyStore.save(Examples.load("paper-case2-vif"), file);
        assertFalse(Files.exists(stale), "a dead process's temp file stays");
        assertTrue(Files.exists(running), "a live process's temp file must stay");
        assertTrue(Files.exists(foreign));
    }
}
