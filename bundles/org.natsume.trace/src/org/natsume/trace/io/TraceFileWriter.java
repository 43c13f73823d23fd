package org.natsume.trace.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;

/**
 * Writes a {@link TraceStore} as a {@code .ntrace} file (docs/trace-format.md). The file appears complete or not at
 * all: it is written to a temporary file in the same directory and renamed over the target.
 */
public final class TraceFileWriter {

    private final boolean compress;

    /** A writer that deflates column blocks (smaller files, slower). */
    public TraceFileWriter() {
        this(true);
    }

    public TraceFileWriter(boolean compress) {
        this.compress = compress;
    }

    /** Writes the whole store to path atomically. */
    public void write(TraceStore store, Path path) throws IOException {
        AtomicFile.write(path, out -> write(store, out));
    }

    /** Writes the whole store to a stream (not closed). */
    public void write(TraceStore store, OutputStream os) throws IOException {
        int n = store.size();
        DataOutputStream out = new DataOutputStream(os);
        out.write(TraceFileFormat.MAGIC);
        out.writeShort(TraceFileFormat.VERSION);
        out.writeShort(compress ? TraceFileFormat.FLAG_DEFLATE : 0);
        byte[] meta = encodeMetadata(store.metadata());
        out.writeInt(meta.length);
        out.write(meta);
        out.writeInt(crc(meta, meta.length));
        out.writeLong(n);
        out.writeInt(TraceFileFormat.EVENTS_PER_CHUNK);
        ByteBuffer raw = ByteBuffer.allocate(TraceFileFormat.EVENTS_PER_CHUNK * 8);
        byte[] packed = new byte[TraceFileFormat.EVENTS_PER_CHUNK * 8 + 1024];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            for (int from = 0; from < n; from += TraceFileFormat.EVENTS_PER_CHUNK) {
                int to = Math.min(n, from + TraceFileFormat.EVENTS_PER_CHUNK);
                out.writeInt(TraceFileFormat.CHUNK_TAG);
                out.writeInt(to - from);
                for (int col = 0; col < TraceFileFormat.COLUMN_NAMES.length; col++) {
                    raw.clear();
                    fillColumn(store, col, from, to, raw);
                    int rawLen = raw.position();
                    byte[] rawBytes = raw.array();
                    out.writeByte(col);
                    if (compress) {
                        deflater.reset();
                        deflater.setInput(rawBytes, 0, rawLen);
                        deflater.finish();
                        int len = 0;
                        while (!deflater.finished()) {
                            if (len == packed.length) {
                                packed = java.util.Arrays.copyOf(packed, packed.length * 2);
                            }
                            len += deflater.deflate(packed, len, packed.length - len);
                        }
                        out.writeInt(len);
                        out.writeInt(rawLen);
                        out.writeInt(crc(rawBytes, rawLen));
                        out.write(packed, 0, len);
                    } else {
                        out.writeInt(rawLen);
                        out.writeInt(rawLen);
                        out.writeInt(crc(rawBytes, rawLen));
                        out.write(rawBytes, 0, rawLen);
                    }
                }
            }
        } finally {
            deflater.end();
        }
        out.writeInt(TraceFileFormat.END_TAG);
        out.writeLong(n);
        out.flush();
    }

    /** Times are stored as deltas within a chunk (first one absolute): they compress far better than absolute values. */
    private static void fillColumn(TraceStore s, int col, int from, int to, ByteBuffer b) {
        switch (col) {
            case 0 -> {
                long prev = 0;
                for (int i = from; i < to; i++) {
                    long t = s.timeNs(i);
                    b.putLong(t - prev);
                    prev = t;
                }
            }
            case 1 -> {
                for (int i = from; i < to; i++) {
                    b.put((byte) s.kindOrdinal(i));
                }
            }
            case 2 -> {
                for (int i = from; i < to; i++) {
                    b.putInt(s.journey(i));
                }
            }
            case 3 -> {
                for (int i = from; i < to; i++) {
                    b.putShort((short) s.cpu(i));
                }
            }
            case 4 -> {
                for (int i = from; i < to; i++) {
                    b.putShort((short) s.domain(i));
                }
            }
            case 5 -> {
                for (int i = from; i < to; i++) {
                    b.putShort((short) s.gsi(i));
                }
            }
            case 6 -> {
                for (int i = from; i < to; i++) {
                    b.putShort((short) s.device(i));
                }
            }
            case 7 -> {
                for (int i = from; i < to; i++) {
                    b.putLong(s.arg(i));
                }
            }
            default -> throw new IllegalArgumentException("column " + col);
        }
    }

    static int crc(byte[] b, int len) {
        CRC32 c = new CRC32();
        c.update(b, 0, len);
        return (int) c.getValue();
    }

    static byte[] encodeMetadata(TraceMetadata m) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(m.scenarioId());
        out.writeLong(m.seed());
        out.writeLong(m.durationNs());
        out.writeInt(m.cpuNames().size());
        for (String s : m.cpuNames()) {
            out.writeUTF(s);
        }
        out.writeInt(m.domainNames().size());
        for (String s : m.domainNames()) {
            out.writeUTF(s);
        }
        out.writeInt(m.gsiNames().size());
        for (Map.Entry<Integer, String> e : m.gsiNames().entrySet()) {
            out.writeInt(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeInt(m.devices().size());
        for (TraceMetadata.Device d : m.devices()) {
            out.writeUTF(d.name());
            out.writeUTF(d.bdf());
            out.writeInt(d.ownerDomain());
        }
        out.writeInt(m.properties().size());
        for (Map.Entry<String, String> e : m.properties().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.flush();
        return bytes.toByteArray();
    }
}
