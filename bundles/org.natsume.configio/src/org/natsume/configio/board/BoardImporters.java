package org.natsume.configio.board;

import java.util.List;
import java.util.Optional;

import org.natsume.extensions.Contribution;
import org.natsume.extensions.Contributions;

/** The board formats contributed to {@value #POINT} (docs/extending.md), the built-in lspci reader included. */
public final class BoardImporters {

    public static final String POINT = "org.natsume.configio.boardImporters";

    public static final Contributions<BoardReader> FORMATS = new Contributions<>(POINT, "importer", BoardReader.class,
            BoardReader::id);

    private BoardImporters() {
    }

    public static List<Contribution<BoardReader>> formats() {
        return FORMATS.all();
    }

    public static Optional<BoardReader> byId(String id) {
        return FORMATS.byId(id);
    }

    public static List<String> ids() {
        return FORMATS.ids();
    }
}
