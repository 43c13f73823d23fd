package org.natsume.configio.lspci;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.natsume.configio.board.BoardReader;

/** The built-in {@code lspci -vvnn} format: {@link LspciParser}, {@link ProcInterruptsParser}, {@link BoardImporter}. */
public final class LspciBoardReader implements BoardReader {

    @Override
    public String id() {
        return "lspci";
    }

    @Override
    public BoardImport read(Path dump, Optional<Path> procInterrupts) throws IOException, LspciFormatException {
        Optional<ProcInterrupts> irqs = procInterrupts.isEmpty() ? Optional.empty()
                : Optional.of(ProcInterruptsParser.parse(procInterrupts.get()));
        return BoardImporter.importBoard(LspciParser.parse(dump), irqs);
    }
}
