package org.natsume.trace.io;

import java.io.IOException;

/** A {@code .ntrace} file that is not what the format promises; the message names the file offset and what was expected. */
public final class TraceFormatException extends IOException {

    private static final long serialVersionUID = 1L;
    private final long offset;

    public TraceFormatException(String file, long offset, String message) {
        super(file + ": at byte offset " + offset + ": " + message);
        this.offset = offset;
    }

    /** Byte offset in the file where the problem was found. */
    public long offset() {
        return offset;
    }
}
