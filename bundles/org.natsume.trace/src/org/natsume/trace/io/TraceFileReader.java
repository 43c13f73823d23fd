package org.natsume.trace.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;

/**
 * Reads a {@code .ntrace} file (docs/trace-format.md) into a {@link TraceStore}, checking every length, tag, CRC and
 * field range on the way. A damaged or truncated file fails with a {@link TraceFormatException} naming the byte offset
 * and what was expected there, never with a bare EOF or an index error.
 */
public final class TraceFileReader {

    private static final TraceKind[] KINDS = TraceKind.values();

    public TraceStore read(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            return read(in, path.toString());
        }
    }

    /** Reads only the header: metadata and event count, for tools that list files. */
    public Header readHeader(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            Cursor c = new Cursor(in, path.toString());
            return readHeader(c);
        }
    }

    /** Metadata and event count from a file header. */
    public record Header(int version, boolean compressed, TraceMetadata metadata, long eventCount) {
    }

    public TraceStore read(InputStream in, String name) throws IOException {
        Cursor c = new Cursor(in, name);
        Header h = readHeader(c);
        long perChunkAt = c.pos;
        int perChunk = c.readInt("events-per-chunk count");
        if (perChunk <= 0 || perChunk > (1 << 24)) {
            throw c.error(perChunkAt, "events per chunk " + perChunk + " is not in 1..16777216");
        }
        TraceStore store = new TraceStore(h.metadata());
        long n = h.eventCount();
        byte[][] columns = new byte[TraceFileFormat.COLUMN_NAMES.length][];
        byte[] stored = new byte[0];
        Inflater inflater = new Inflater();
        try {
            long done = 0;
            int chunk = 0;
            while (done < n) {
                long chunkAt = c.pos;
                int tag = c.readInt("chunk tag 'CHNK' of chunk " + chunk);
                if (tag != TraceFileFormat.CHUNK_TAG) {
                    throw c.error(chunkAt, "expected chunk tag 'CHNK' of chunk " + chunk + ", found 0x" + Integer.toHexString(tag));
                }
                long countAt = c.pos;
                int count = c.readInt("event count of chunk " + chunk);
                long expected = Math.min(perChunk, n - done);
                if (count != expected) {
                    throw c.error(countAt, "chunk " + chunk + " holds " + count + " events, expected " + expected);
                }
                for (int col = 0; col < columns.length; col++) {
                    String what = "column '" + TraceFileFormat.COLUMN_NAMES[col] + "' of chunk " + chunk;
                    long colAt = c.pos;
                    int id = c.readUnsignedByte("id of " + what);
                    if (id != col) {
                        throw c.error(colAt, "expected " + what + " (id " + col + "), found column id " + id);
                    }
                    long lenAt = c.pos;
                    int storedLen = c.readInt("stored length of " + what);
                    int rawLen = c.readInt("raw length of " + what);
                    int crc = c.readInt("CRC32 of " + what);
                    int wantRaw = count * TraceFileFormat.COLUMN_WIDTH[col];
                    if (rawLen != wantRaw) {
                        throw c.error(lenAt, what + " has raw length " + rawLen + ", expected " + wantRaw + " for " + count + " events");
                    }
                    if (storedLen < 0 || (!h.compressed() && storedLen != rawLen) || storedLen > rawLen + 65536 + rawLen / 100) {
                        throw c.error(lenAt, what + " has an implausible stored length " + storedLen);
                    }
                    if (stored.length < storedLen) {
                        stored = new byte[storedLen];
                    }
                    long dataAt = c.pos;
                    c.readFully(stored, storedLen, what);
                    byte[] raw = columns[col] != null && columns[col].length >= rawLen ? columns[col] : new byte[rawLen];
                    if (h.compressed()) {
                        inflate(inflater, stored, storedLen, raw, rawLen, c, dataAt, what);
                    } else {
                        System.arraycopy(stored, 0, raw, 0, rawLen);
                    }
                    int actual = TraceFileWriter.crc(raw, rawLen);
                    if (actual != crc) {
                        throw c.error(dataAt, what + " is corrupt: CRC32 expected 0x" + Integer.toHexString(crc) + ", computed 0x"
                                + Integer.toHexString(actual));
                    }
                    columns[col] = raw;
                }
                appendChunk(store, columns, count, done, c, chunkAt, chunk);
                done += count;
                chunk++;
            }
        } finally {
            inflater.end();
        }
        long endAt = c.pos;
        int end = c.readInt("end tag 'END!'");
        if (end != TraceFileFormat.END_TAG) {
            throw c.error(endAt, "expected end tag 'END!', found 0x" + Integer.toHexString(end));
        }
        long total = c.readLong("event count of the end tag");
        if (total != n) {
            throw c.error(endAt + 4, "end tag counts " + total + " events, header said " + n);
        }
        if (in.read() != -1) {
            throw c.error(c.pos, "unexpected bytes after the end tag");
        }
        return store;
    }

    private static void inflate(Inflater inflater, byte[] stored, int storedLen, byte[] raw, int rawLen, Cursor c, long at,
            String what) throws TraceFormatException {
        inflater.reset();
        inflater.setInput(stored, 0, storedLen);
        try {
            int got = 0;
            while (got < rawLen) {
                int k = inflater.inflate(raw, got, rawLen - got);
                if (k == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                got += k;
            }
            if (got != rawLen || !inflater.finished()) {
                throw c.error(at, what + " inflates to " + got + " bytes" + (inflater.finished() ? "" : " (stream incomplete)")
                        + ", expected " + rawLen);
            }
        } catch (DataFormatException e) {
            throw c.error(at, what + " is not valid deflate data: " + e.getMessage());
        }
    }

    private static void appendChunk(TraceStore store, byte[][] cols, int count, long firstEvent, Cursor c, long chunkAt, int chunk)
            throws TraceFormatException {
        ByteBuffer time = ByteBuffer.wrap(cols[0]);
        ByteBuffer journey = ByteBuffer.wrap(cols[2]);
        ByteBuffer cpu = ByteBuffer.wrap(cols[3]);
        ByteBuffer domain = ByteBuffer.wrap(cols[4]);
        ByteBuffer gsi = ByteBuffer.wrap(cols[5]);
        ByteBuffer device = ByteBuffer.wrap(cols[6]);
        ByteBuffer arg = ByteBuffer.wrap(cols[7]);
        byte[] kinds = cols[1];
        long t = 0;
        for (int k = 0; k < count; k++) {
            long delta = time.getLong();
            if (k > 0 && delta < 0) {
                throw c.error(chunkAt, "event " + (firstEvent + k) + " in chunk " + chunk + " goes back in time by " + (-delta)
                        + " ns; events must be in time order");
            }
            t += delta;
            int kind = kinds[k] & 0xFF;
            if (kind >= KINDS.length) {
                throw c.error(chunkAt, "event " + (firstEvent + k) + " in chunk " + chunk + " has kind ordinal " + kind
                        + ", this build knows " + KINDS.length + " kinds (0.." + (KINDS.length - 1) + ")");
            }
            try {
                store.event(t, KINDS[kind], journey.getInt(), cpu.getShort(), domain.getShort(), gsi.getShort(), device.getShort(),
                        arg.getLong());
            } catch (IllegalArgumentException e) {
                throw c.error(chunkAt, "event " + (firstEvent + k) + " in chunk " + chunk + ": " + e.getMessage());
            }
        }
    }

    private static Header readHeader(Cursor c) throws IOException {
        byte[] magic = new byte[TraceFileFormat.MAGIC.length];
        c.readFully(magic, magic.length, "the magic 'NTRACE\\r\\n' (is this a .ntrace file?)");
        if (!java.util.Arrays.equals(magic, TraceFileFormat.MAGIC)) {
            throw c.error(0, "not a Natsume trace file: expected the magic 'NTRACE\\r\\n', found "
                    + new String(magic, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n"));
        }
        long versionAt = c.pos;
        int version = c.readUnsignedShort("format version");
        if (version != TraceFileFormat.VERSION) {
            throw c.error(versionAt, "format version " + version + " is not supported; this build reads version " + TraceFileFormat.VERSION);
        }
        long flagsAt = c.pos;
        int flags = c.readUnsignedShort("flags");
        if ((flags & ~TraceFileFormat.FLAG_DEFLATE) != 0) {
            throw c.error(flagsAt, "unknown flags 0x" + Integer.toHexString(flags));
        }
        long metaLenAt = c.pos;
        int metaLen = c.readInt("metadata length");
        if (metaLen < 0 || metaLen > (64 << 20)) {
            throw c.error(metaLenAt, "metadata length " + metaLen + " is not in 0..64 MiB");
        }
        long metaAt = c.pos;
        byte[] meta = new byte[metaLen];
        c.readFully(meta, metaLen, "the metadata block");
        int crc = c.readInt("CRC32 of the metadata block");
        if (crc != TraceFileWriter.crc(meta, metaLen)) {
            throw c.error(metaAt, "metadata block is corrupt: CRC32 mismatch");
        }
        TraceMetadata metadata;
        try {
            metadata = decodeMetadata(meta);
        } catch (IOException e) {
            throw c.error(metaAt, "metadata block cannot be decoded: " + e.getMessage());
        }
        long countAt = c.pos;
        long n = c.readLong("event count");
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw c.error(countAt, "event count " + n + " is not in 0.." + Integer.MAX_VALUE);
        }
        return new Header(version, (flags & TraceFileFormat.FLAG_DEFLATE) != 0, metadata, n);
    }

    static TraceMetadata decodeMetadata(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        TraceMetadata.Builder b = TraceMetadata.builder();
        try {
            b.scenarioId(in.readUTF()).seed(in.readLong()).durationNs(in.readLong());
            for (int i = count(in, "cpu names"); i > 0; i--) {
                b.cpu(in.readUTF());
            }
            for (int i = count(in, "domain names"); i > 0; i--) {
                b.domain(in.readUTF());
            }
            for (int i = count(in, "GSI names"); i > 0; i--) {
                b.gsi(in.readInt(), in.readUTF());
            }
            for (int i = count(in, "devices"); i > 0; i--) {
                b.device(in.readUTF(), in.readUTF(), in.readInt());
            }
            for (int i = count(in, "properties"); i > 0; i--) {
                b.property(in.readUTF(), in.readUTF());
            }
        } catch (UTFDataFormatException e) {
            throw new IOException("bad string: " + e.getMessage());
        } catch (java.io.EOFException e) {
            throw new IOException("block ends early");
        }
        if (in.available() != 0) {
            throw new IOException(in.available() + " unexpected bytes at its end");
        }
        return b.build();
    }

    private static int count(DataInputStream in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("count of " + what + " " + n + " is not in 0..1000000");
        }
        return n;
    }

    /** Reads big-endian values and knows its byte offset, so every error can say where it happened. */
    private static final class Cursor {
        private final InputStream in;
        private final String name;
        long pos;

        Cursor(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        TraceFormatException error(long at, String message) {
            return new TraceFormatException(name, at, message);
        }

        void readFully(byte[] b, int len, String what) throws IOException {
            int got = 0;
            while (got < len) {
                int k = in.read(b, got, len - got);
                if (k < 0) {
                    throw error(pos + got, "file is truncated: expected " + len + " bytes of " + what + ", found only " + got);
                }
                got += k;
            }
            pos += len;
        }

        private final byte[] buf = new byte[8];

        private ByteBuffer take(int len, String what) throws IOException {
            readFully(buf, len, what);
            return ByteBuffer.wrap(buf, 0, len);
        }

        int readUnsignedByte(String what) throws IOException {
            return take(1, what).get() & 0xFF;
        }

        int readUnsignedShort(String what) throws IOException {
            return take(2, what).getShort() & 0xFFFF;
        }

        int readInt(String what) throws IOException {
            return take(4, what).getInt();
        }

        long readLong(String what) throws IOException {
            return take(8, what).getLong();
        }
    }
}
