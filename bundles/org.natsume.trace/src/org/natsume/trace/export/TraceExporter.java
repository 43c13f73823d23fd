package org.natsume.trace.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.natsume.trace.TraceStore;
import org.natsume.trace.io.AtomicFile;

/**
 * Writes the events of a trace with fromNs ≤ time &lt; toNs in one text format; a format implements the
 * {@link Writer} form, the file (atomic) and stream (UTF-8, flushed, not closed) forms come with it.
 */
public interface TraceExporter {

    /** Writes to {@code out}; returns the number of events (or rows) written. */
    long export(TraceStore store, long fromNs, long toNs, Writer out) throws IOException;

    /** Writes to {@code path} atomically: a failed export leaves no half-written file. */
    default long export(TraceStore store, long fromNs, long toNs, Path path) throws IOException {
        long[] n = new long[1];
        AtomicFile.write(path, out -> n[0] = export(store, fromNs, toNs, out));
        return n[0];
    }

    default long export(TraceStore store, long fromNs, long toNs, OutputStream os) throws IOException {
        Writer out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        long n = export(store, fromNs, toNs, out);
        out.flush();
        return n;
    }
}
