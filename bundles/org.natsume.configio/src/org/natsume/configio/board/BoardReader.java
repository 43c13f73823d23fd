package org.natsume.configio.board;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.natsume.configio.lspci.BoardImport;

/**
 * Reads one format of board description into a topology holding the machine, contributed to
 * {@code org.natsume.configio.boardImporters} (schema {@code schema/boardImporters.exsd}, docs/extending.md).
 * Public no-argument constructor; stateless.
 */
public interface BoardReader {

    /** The format's name ({@code lspci}); equal to the contribution's id. */
    String id();

    /**
     * @param procInterrupts the board's {@code /proc/interrupts}, when given: the CPU count, MSI rows and handler
     *            names that a PCI dump does not show
     * @throws BoardFormatException naming the file and line when an input is not this format or is cut off
     */
    BoardImport read(Path dump, Optional<Path> procInterrupts) throws IOException, BoardFormatException;
}
