package org.natsume.trace.io;

/**
 * Constants of the {@code .ntrace} binary format, version 1. The layout is documented in docs/trace-format.md; this
 * class and that document change together.
 */
final class TraceFileFormat {

    /** "NTRACE" then CR LF: a text-mode transfer that mangles line ends is caught by the magic check. */
    static final byte[] MAGIC = {'N', 'T', 'R', 'A', 'C', 'E', '\r', '\n'};
    static final int VERSION = 1;
    static final int FLAG_DEFLATE = 1;
    static final int CHUNK_TAG = 0x43484E4B; // "CHNK"
    static final int END_TAG = 0x454E4421; // "END!"
    /** Events per chunk in the file; independent of the in-memory chunk size. */
    static final int EVENTS_PER_CHUNK = 1 << 16;

    /** Column ids in the order they appear in every chunk, with their bytes per event. */
    static final String[] COLUMN_NAMES = {"time", "kind", "journey", "cpu", "domain", "gsi", "device", "arg"};
    static final int[] COLUMN_WIDTH = {8, 1, 4, 2, 2, 2, 2, 8};

    private TraceFileFormat() {
    }
}
