package org.natsume.trace.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a trace, CSV or JSON export so that it appears complete or not at all, through the product's one safe
 * writer ({@link org.natsume.io.AtomicFile}: temp file and rename, mode kept, symbolic links written through).
 */
public final class AtomicFile {

    /** The body of a write; the stream is buffered and closed by {@link AtomicFile#write}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path path, Body body) throws IOException {
        org.natsume.io.AtomicFile.write(path, body::writeTo);
    }
}
