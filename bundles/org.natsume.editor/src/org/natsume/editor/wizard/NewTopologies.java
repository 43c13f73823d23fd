package org.natsume.editor.wizard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.natsume.configio.board.BoardFormatException;
import org.natsume.configio.board.BoardImporters;
import org.natsume.configio.board.BoardReader;
import org.natsume.configio.lspci.BoardImport;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.examples.Templates;

/**
 * The three starting points of the New Topology wizard (domain.md §2, §6): an empty machine, a built-in example, or a
 * board imported from an {@code lspci -vvnn} dump with configio's importer.
 */
public final class NewTopologies {
    private NewTopologies() {
    }

    /** The wizard's empty machine (see {@link Templates#emptyMachine}): valid and accepted by the simulator. */
    public static Topology empty(String name) {
        return Templates.emptyMachine(name);
    }

    /** A built-in example by name (see {@link Examples#names()}). */
    public static Topology example(String name) {
        return Examples.load(name);
    }

    /**
     * A board imported from an {@code lspci -vvnn} dump and, optionally, a copy of {@code /proc/interrupts}.
     *
     * @throws IOException naming the file and line when a file cannot be read or is not what it should be
     */
    public static BoardImport fromLspci(Path lspci, Optional<Path> procInterrupts) throws IOException {
        BoardReader reader = BoardImporters.byId("lspci")
                .orElseThrow(() -> new IOException("no bundle contributes the board format 'lspci'"));
        try {
            return reader.read(lspci, procInterrupts);
        } catch (BoardFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
