package org.natsume.configio.board;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.natsume.extensions.Contribution;
import org.natsume.extensions.PerRegistry;

/** The board formats contributed to {@value #POINT} (docs/extending.md), the built-in lspci reader included. */
public final class BoardImporters {

    public static final String POINT = "org.natsume.configio.boardImporters";

    private static final PerRegistry<List<Contribution<BoardReader>>> FORMATS = new PerRegistry<>(BoardImporters::formats);

    private BoardImporters() {
    }

    public static List<Contribution<BoardReader>> formats(IExtensionRegistry registry) {
        return Contribution.load(registry, POINT, "importer", BoardReader.class, BoardReader::id);
    }

    public static List<Contribution<BoardReader>> formats() {
        return FORMATS.get();
    }

    public static Optional<BoardReader> byId(String id) {
        return formats().stream().filter(f -> f.id().equals(id)).map(Contribution::instance).findFirst();
    }

    public static List<String> ids() {
        return formats().stream().map(Contribution::id).toList();
    }
}
