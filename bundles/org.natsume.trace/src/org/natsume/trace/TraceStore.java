package org.natsume.trace;

import java.util.Arrays;

/**
 * The interrupt trace in memory: one primitive column per event field, in fixed-size chunks, append-only and in
 * time order (domain.md §3, §6.5; docs/simulation.md: traces at scale).
 *
 * <p>Why columns in chunks: 10 M events must stay under 32 bytes each and a timeline must reach any event by index
 * without per-event objects. Chunks grow the store without copying what is already recorded, so a live run can append
 * while a viewer reads. Per event: time 4 + kind 1 + journey 4 + cpu/domain/gsi/device 4×2 + arg 4 + journey link 4
 * = 25 bytes. Times are unsigned 32-bit offsets from the chunk's first event; a chunk whose events span more than
 * 2^32 ns (4.3 s, only in a nearly idle trace) switches to absolute 64-bit times. An {@code arg} that does not fit an
 * {@code int} (rare: only latencies over 2 s) goes to a small sorted side table, so values are kept exactly.
 *
 * <p>Journey index: each event links to the next event of the same journey, and the store keeps the first and last
 * event of each journey id, so the steps of journey j are walked in time order without a search. Journey ids are the
 * simulation's dense counters (0, 1, 2, ...); -1 means "no journey".
 *
 * <p>Threading: one writer (the simulation) and any number of readers. {@link #size()} is published after the
 * columns are written, so a reader that only touches indices below a size it has read sees complete events.
 */
public final class TraceStore implements TraceSink {

    /**
     * Events per chunk; a power of two so index → (chunk, offset) is a shift and a mask. 2^15 keeps every chunk array
     * at or below 256 KiB, under G1's humongous-object threshold, which would otherwise waste up to half a region each.
     */
    public static final int CHUNK_SHIFT = 15;
    public static final int CHUNK_SIZE = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;

    /** Marks an arg kept in the overflow table. */
    private static final int ARG_OVERFLOW = Integer.MIN_VALUE;
    private static final TraceKind[] KINDS = TraceKind.values();

    private long[] timeBase = new long[0];
    private int[][] timeOffset = new int[0][];
    /** Absolute times of a chunk whose offsets overflowed 32 bits; null for ordinary chunks. */
    private long[][] timeWide = new long[0][];
    private byte[][] kind = new byte[0][];
    private int[][] journey = new int[0][];
    private short[][] cpu = new short[0][];
    private short[][] domain = new short[0][];
    private short[][] gsi = new short[0][];
    private short[][] device = new short[0][];
    private int[][] arg = new int[0][];
    private int[][] nextInJourney = new int[0][];

    private long[] overflowIndex = new long[0];
    private long[] overflowValue = new long[0];
    private int overflowCount;

    private final JourneyIndex journeyFirst = new JourneyIndex();
    private final JourneyIndex journeyLast = new JourneyIndex();
    private int journeyCount;

    private volatile int size;
    private long lastTimeNs = Long.MIN_VALUE;
    private volatile TraceMetadata metadata;

    public TraceStore() {
        this(TraceMetadata.EMPTY);
    }

    public TraceStore(TraceMetadata metadata) {
        this.metadata = metadata;
    }

    public TraceMetadata metadata() {
        return metadata;
    }

    /** The simulation names lanes once the machine is known, possibly after the first events. */
    public void setMetadata(TraceMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public void metadata(TraceMetadata metadata) {
        setMetadata(metadata);
    }

    /**
     * Appends one event. Time must not go backwards: a discrete-event simulation's clock is monotonic, so an earlier
     * time is a bug in the caller, and accepting it would break binary search for every viewer. It is rejected with a
     * message naming both times; equal times are fine (many steps happen at the same instant).
     */
    @Override
    public void event(long timeNs, TraceKind kind, int journey, int cpu, int domain, int gsi, int device, long arg) {
        if (timeNs < lastTimeNs) {
            throw new IllegalArgumentException("trace event " + kind + " at " + timeNs + " ns is earlier than the previous event at "
                    + lastTimeNs + " ns; events must be appended in time order");
        }
        if (journey < -1) {
            throw new IllegalArgumentException("journey id " + journey + " is negative (use -1 for none)");
        }
        int i = size;
        int c = i >>> CHUNK_SHIFT;
        int o = i & CHUNK_MASK;
        if (o == 0 && c == timeOffset.length) {
            addChunk();
        }
        putTime(c, o, timeNs);
        this.kind[c][o] = (byte) kind.ordinal();
        this.journey[c][o] = journey;
        this.cpu[c][o] = checkShort(cpu, "cpu", kind);
        this.domain[c][o] = checkShort(domain, "domain", kind);
        this.gsi[c][o] = checkShort(gsi, "gsi", kind);
        this.device[c][o] = checkShort(device, "device", kind);
        if (arg == (int) arg && arg != ARG_OVERFLOW) {
            this.arg[c][o] = (int) arg;
        } else {
            this.arg[c][o] = ARG_OVERFLOW;
            addOverflow(i, arg);
        }
        this.nextInJourney[c][o] = -1;
        if (journey >= 0) {
            linkJourney(journey, i);
        }
        lastTimeNs = timeNs;
        size = i + 1;
    }

    private static short checkShort(int value, String field, TraceKind kind) {
        if (value < -1 || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException(field + " " + value + " of trace event " + kind + " is out of range -1.." + Short.MAX_VALUE);
        }
        return (short) value;
    }

    private void putTime(int c, int o, long timeNs) {
        if (o == 0) {
            timeBase[c] = timeNs;
        }
        long offset = timeNs - timeBase[c];
        long[] wide = timeWide[c];
        if (wide != null) {
            wide[o] = timeNs;
        } else if (offset <= 0xFFFF_FFFFL) {
            timeOffset[c][o] = (int) offset;
        } else {
            // the offsets of this chunk overflow: keep its times as longs (the offset array stays for concurrent readers)
            wide = new long[CHUNK_SIZE];
            int[] offs = timeOffset[c];
            for (int k = 0; k < o; k++) {
                wide[k] = timeBase[c] + (offs[k] & 0xFFFF_FFFFL);
            }
            wide[o] = timeNs;
            timeWide[c] = wide;
        }
    }

    private long t(int i) {
        int c = i >>> CHUNK_SHIFT;
        int o = i & CHUNK_MASK;
        long[] wide = timeWide[c];
        return wide != null ? wide[o] : timeBase[c] + (timeOffset[c][o] & 0xFFFF_FFFFL);
    }

    private void addChunk() {
        int n = timeOffset.length + 1;
        timeBase = Arrays.copyOf(timeBase, n);
        timeOffset = Arrays.copyOf(timeOffset, n);
        timeWide = Arrays.copyOf(timeWide, n);
        kind = Arrays.copyOf(kind, n);
        journey = Arrays.copyOf(journey, n);
        cpu = Arrays.copyOf(cpu, n);
        domain = Arrays.copyOf(domain, n);
        gsi = Arrays.copyOf(gsi, n);
        device = Arrays.copyOf(device, n);
        arg = Arrays.copyOf(arg, n);
        nextInJourney = Arrays.copyOf(nextInJourney, n);
        int c = n - 1;
        timeOffset[c] = new int[CHUNK_SIZE];
        kind[c] = new byte[CHUNK_SIZE];
        journey[c] = new int[CHUNK_SIZE];
        cpu[c] = new short[CHUNK_SIZE];
        domain[c] = new short[CHUNK_SIZE];
        gsi[c] = new short[CHUNK_SIZE];
        device[c] = new short[CHUNK_SIZE];
        arg[c] = new int[CHUNK_SIZE];
        nextInJourney[c] = new int[CHUNK_SIZE];
    }

    private void addOverflow(int index, long value) {
        if (overflowCount == overflowIndex.length) {
            int n = Math.max(16, overflowCount * 2);
            overflowIndex = Arrays.copyOf(overflowIndex, n);
            overflowValue = Arrays.copyOf(overflowValue, n);
        }
        overflowIndex[overflowCount] = index;
        overflowValue[overflowCount] = value;
        overflowCount++;
    }

    private void linkJourney(int j, int i) {
        int last = journeyLast.get(j);
        if (last < 0) {
            journeyFirst.set(j, i);
        } else {
            nextInJourney[last >>> CHUNK_SHIFT][last & CHUNK_MASK] = i;
        }
        journeyLast.set(j, i);
        if (j >= journeyCount) {
            journeyCount = j + 1;
        }
    }

    /** Number of events recorded. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long timeNs(int i) {
        check(i);
        return t(i);
    }

    public TraceKind kind(int i) {
        return KINDS[kindOrdinal(i)];
    }

    public int kindOrdinal(int i) {
        check(i);
        return kind[i >>> CHUNK_SHIFT][i & CHUNK_MASK] & 0xFF;
    }

    public int journey(int i) {
        check(i);
        return journey[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
    }

    public int cpu(int i) {
        check(i);
        return cpu[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
    }

    public int domain(int i) {
        check(i);
        return domain[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
    }

    public int gsi(int i) {
        check(i);
        return gsi[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
    }

    public int device(int i) {
        check(i);
        return device[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
    }

    public long arg(int i) {
        check(i);
        int v = arg[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
        if (v != ARG_OVERFLOW) {
            return v;
        }
        int k = Arrays.binarySearch(overflowIndex, 0, overflowCount, i);
        return overflowValue[k];
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("event index " + i + " outside 0.." + (size - 1));
        }
    }

    /** Time of the first event, or 0 for an empty trace. */
    public long startNs() {
        return size == 0 ? 0 : timeNs(0);
    }

    /** Time of the last event, or 0 for an empty trace. */
    public long endNs() {
        int n = size;
        return n == 0 ? 0 : timeNs(n - 1);
    }

    /** Index of the first event with time ≥ timeNs; {@link #size()} when there is none. */
    public int firstAtOrAfter(long timeNs) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t(mid) < timeNs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first event with time &gt; timeNs; {@link #size()} when there is none. */
    public int firstAfter(long timeNs) {
        return timeNs == Long.MAX_VALUE ? size : firstAtOrAfter(timeNs + 1);
    }

    /** One past the highest journey id seen (journey ids are dense counters). */
    public int journeyCount() {
        int published = size; // volatile read first: the journey arrays written before it are then visible
        return published == 0 ? 0 : journeyCount;
    }

    /** Index of the first event of journey j, or -1 if it has none. */
    public int journeyFirstEvent(int j) {
        int published = size;
        int i = journeyFirst.get(j);
        return i < published ? i : -1;
    }

    /** Index of the latest event of journey j, or -1 if it has none. */
    public int journeyLastEvent(int j) {
        int published = size;
        int i = journeyLast.get(j);
        // a link being appended right now may point past the published size: fall back to its predecessor walk
        return i < published ? i : lastPublished(j, published);
    }

    private int lastPublished(int j, int published) {
        int i = journeyFirstEvent(j);
        while (i >= 0) {
            int n = nextInJourney[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
            if (n < 0 || n >= published) {
                return i;
            }
            i = n;
        }
        return -1;
    }

    /** Index of the next event of the same journey after event i, or -1 if i is the journey's latest step. */
    public int nextInJourney(int i) {
        check(i);
        int n = nextInJourney[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
        return n < size ? n : -1;
    }

    /** Bytes held by this store's arrays (array headers estimated at 16 bytes, references at 8). */
    public long retainedBytes() {
        int chunks = timeOffset.length;
        long chunkBytes = (long) CHUNK_SIZE * (4 + 1 + 4 + 2 * 4 + 4 + 4) + 9L * 16;
        long bytes = chunks * chunkBytes + 10L * (16 + 8L * chunks);
        for (long[] wide : timeWide) {
            if (wide != null) {
                bytes += 16 + 8L * wide.length;
            }
        }
        bytes += 16 + 16L * overflowIndex.length;
        bytes += journeyFirst.retainedBytes() + journeyLast.retainedBytes();
        return bytes;
    }
}
