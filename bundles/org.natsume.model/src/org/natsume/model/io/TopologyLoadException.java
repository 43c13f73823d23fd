package org.natsume.model.io;

import java.nio.file.Path;

/**
 * A .natsume file could not be read. {@link #getMessage()} is meant for the user: {@code FILE:LINE:COLUMN: what}
 * (line and column are omitted when unknown, e.g. for a missing file).
 */
public final class TopologyLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    public TopologyLoadException(Path file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(Path file, int line, int column, String reason) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(reason).toString();
    }

    public Path file() { return file; }

    /** 1-based line, or 0 when unknown. */
    public int line() { return line; }

    /** 1-based column, or 0 when unknown. */
    public int column() { return column; }

    /** The problem without the position prefix. */
    public String reason() { return reason; }
}
