package org.natsume.trace.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.io.TraceFileReader;
import org.natsume.trace.io.TraceFileWriter;
import org.natsume.trace.io.TraceFormatException;

class TraceFileTest {

    static void assertSameColumns(TraceStore a, TraceStore b) {
        assertEquals(a.metadata(), b.metadata());
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            String at = "event " + i;
            assertEquals(a.timeNs(i), b.timeNs(i), at);
            assertEquals(a.kind(i), b.kind(i), at);
            assertEquals(a.journey(i), b.journey(i), at);
            assertEquals(a.cpu(i), b.cpu(i), at);
            assertEquals(a.domain(i), b.domain(i), at);
            assertEquals(a.gsi(i), b.gsi(i), at);
            assertEquals(a.device(i), b.device(i), at);
            assertEquals(a.arg(i), b.arg(i), at);
            assertEquals(a.nextInJourney(i), b.nextInJourney(i), at);
        }
    }

    static byte[] bytes(TraceStore s, boolean compress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TraceFileWriter(compress).write(s, out);
        return out.toByteArray();
    }

    static TraceStore read(byte[] b) throws IOException {
        return new TraceFileReader().read(new ByteArrayInputStream(b), "test.ntrace");
    }

    static TraceStore bigTrace() {
        TraceStore s = new TraceStore(SharedLineTrace.metadata());
        for (int i = 0; i < 150_000; i++) {
            s.event(1_000_000_000L + i * 37L, TraceKind.values()[i % TraceKind.values().length], i / 7, i % 4, i % 3,
                    i % 5 == 0 ? -1 : 16, i % 2, i % 11 == 0 ? 10_000_000_000L + i : i % 1000);
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void roundTripKeepsEveryColumn(boolean compress) throws IOException {
        TraceStore small = SharedLineTrace.build();
        assertSameColumns(small, read(bytes(small, compress)));
        TraceStore big = bigTrace();
        assertSameColumns(big, read(bytes(big, compress)));
    }

    @Test
    void emptyTraceRoundTrips() throws IOException {
        TraceStore empty = new TraceStore(SharedLineTrace.metadata());
        assertSameColumns(empty, read(bytes(empty, true)));
    }

    @Test
    void fileIsWrittenAtomicallyAndHeaderReadsAlone() throws IOException {
        Path dir = Files.createTempDirectory("ntrace");
        Path file = dir.resolve("run.ntrace");
        TraceStore s = SharedLineTrace.build();
        new TraceFileWriter().write(s, file);
        try (var list = Files.list(dir)) {
            assertEquals(1, list.count(), "no temporary file left behind");
        }
        assertSameColumns(s, new TraceFileReader().read(file));
        TraceFileReader.Header h = new TraceFileReader().readHeader(file);
        assertEquals(40, h.eventCount());
        assertEquals("C3-R-L-SH", h.metadata().scenarioId());
        assertTrue(h.compressed());
        Files.delete(file);
        Files.delete(dir);
    }

    @Test
    void wrongMagicNamesWhatWasExpected() {
        byte[] b = "hello, this is not a trace at all".getBytes();
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read(b));
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("not a Natsume trace file"), e.getMessage());
    }

    @Test
    void unsupportedVersion() throws IOException {
        byte[] b = bytes(SharedLineTrace.build(), true);
        b[9] = 9;
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read(b));
        assertEquals(8, e.offset());
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 12, 40, 200, 1000, 5000})
    void truncatedFileSaysWhereItEnds(int cut) throws IOException {
        byte[] full = bytes(bigTrace(), true);
        byte[] b = Arrays.copyOf(full, Math.max(0, full.length - 1 - cut * 37));
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read(b));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.offset() <= b.length, e.getMessage());
        assertTrue(e.getMessage().contains("test.ntrace: at byte offset " + e.offset()), e.getMessage());
    }

    @Test
    void flippedByteInAColumnIsACrcError() throws IOException {
        TraceStore s = SharedLineTrace.build();
        byte[] b = bytes(s, false);
        // the last column block of the only chunk is 'arg': its data are the last 40*8 bytes before the 12-byte end tag
        int at = b.length - 12 - 8;
        b[at] ^= 0x40;
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read(b));
        assertTrue(e.getMessage().contains("column 'arg' of chunk 0 is corrupt: CRC32"), e.getMessage());
        assertEquals(b.length - 12 - 40 * 8, e.offset());
    }

    @Test
    void flippedByteInCompressedDataIsReported() throws IOException {
        byte[] b = bytes(bigTrace(), true);
        b[b.length / 2] ^= 0x5A;
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read(b));
        assertTrue(e.getMessage().matches(".*(corrupt|deflate|inflates|expected).*"), e.getMessage());
    }

    @Test
    void trailingGarbageIsReported() throws IOException {
        byte[] full = bytes(SharedLineTrace.build(), true);
        byte[] b = Arrays.copyOf(full, full.length + 3);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read(b));
        assertEquals(full.length, e.offset());
    }

    @Test
    void missingFileIsAnIoErrorNotAFormatError() {
        assertThrows(java.nio.file.NoSuchFileException.class,
                () -> new TraceFileReader().read(Path.of("does-not-exist-" + System.nanoTime() + ".ntrace")));
    }
}
