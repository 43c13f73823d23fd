package org.natsume.configio.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What one target did: the files it wrote, or why it refused the model. */
public record ExportResult(String target, List<Path> written, Optional<ExportRefusedException> refusal) {

    public ExportResult {
        written = List.copyOf(written);
    }

    public boolean refused() {
        return refusal.isPresent();
    }
}
