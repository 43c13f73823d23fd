package org.natsume.trace.journey;

import java.util.Arrays;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;

/**
 * All journeys of a trace as columns, one row per journey in the order of their first event (domain.md §3.2, §6.3).
 * Built in one pass over the events without per-event objects, and incrementally: {@link #update()} consumes events
 * appended since the last call, so a live run's table grows as the simulation records.
 *
 * <p>Per row: journey id, first event index, assertion time ({@link TraceKind#PIN_ASSERT}), device, GSI, the PCPU
 * that took the interrupt ({@link TraceKind#APIC_DELIVER}, else {@link TraceKind#XEN_IRQ_ENTER}), the notified domains
 * and the spurious ones as bit masks ({@link TraceKind#GUEST_NOTIFY}; domains 0..63), the latency to the owner's ISR
 * (the {@code arg} of the first {@link TraceKind#GUEST_ISR} in the domain that owns the device, or of the first ISR
 * when the owner is unknown), and the {@link TraceKind#LINE_EOI} time.
 */
public final class JourneyTable {

    private static final int PIN_ASSERT = TraceKind.PIN_ASSERT.ordinal();
    private static final int APIC_DELIVER = TraceKind.APIC_DELIVER.ordinal();
    private static final int XEN_IRQ_ENTER = TraceKind.XEN_IRQ_ENTER.ordinal();
    private static final int GUEST_NOTIFY = TraceKind.GUEST_NOTIFY.ordinal();
    private static final int GUEST_ISR = TraceKind.GUEST_ISR.ordinal();
    private static final int LINE_EOI = TraceKind.LINE_EOI.ordinal();

    private final TraceStore store;
    private int consumed;
    private int rows;
    private int[] rowOfJourney = new int[0];

    private int[] journeyId = new int[0];
    private int[] firstEvent = new int[0];
    private long[] assertNs = new long[0];
    private short[] device = new short[0];
    private short[] gsi = new short[0];
    private short[] cpu = new short[0];
    private long[] notified = new long[0];
    private long[] spurious = new long[0];
    private long[] latencyNs = new long[0];
    private long[] eoiNs = new long[0];

    public JourneyTable(TraceStore store) {
        this.store = store;
        update();
    }

    public TraceStore store() {
        return store;
    }

    /** Consumes the events appended since the last call. */
    public synchronized void update() {
        int n = store.size();
        TraceMetadata meta = store.metadata();
        for (int i = consumed; i < n; i++) {
            int j = store.journey(i);
            if (j >= 0) {
                add(i, j, meta);
            }
        }
        consumed = n;
    }

    private void add(int i, int j, TraceMetadata meta) {
        if (j >= rowOfJourney.length) {
            int old = rowOfJourney.length;
            rowOfJourney = Arrays.copyOf(rowOfJourney, Math.max(j + 1, old + (old >> 1) + 1024));
            Arrays.fill(rowOfJourney, old, rowOfJourney.length, -1);
        }
        int r = rowOfJourney[j];
        if (r < 0) {
            r = newRow(j, i);
            rowOfJourney[j] = r;
        }
        int kind = store.kindOrdinal(i);
        if (kind == PIN_ASSERT) {
            if (assertNs[r] < 0) {
                assertNs[r] = store.timeNs(i);
                device[r] = (short) store.device(i);
                gsi[r] = (short) store.gsi(i);
            }
        } else if (kind == APIC_DELIVER || kind == XEN_IRQ_ENTER) {
            if (cpu[r] < 0) {
                cpu[r] = (short) store.cpu(i);
            }
            if (gsi[r] < 0) {
                gsi[r] = (short) store.gsi(i);
            }
        } else if (kind == GUEST_NOTIFY) {
            int d = store.domain(i);
            if (d >= 0 && d < 64) {
                notified[r] |= 1L << d;
                if (store.arg(i) == 1) {
                    spurious[r] |= 1L << d;
                }
            }
        } else if (kind == GUEST_ISR) {
            int owner = meta.ownerOf(device[r] >= 0 ? device[r] : store.device(i));
            if (latencyNs[r] < 0 && (owner < 0 || owner == store.domain(i))) {
                latencyNs[r] = store.arg(i);
            }
        } else if (kind == LINE_EOI) {
            eoiNs[r] = store.timeNs(i);
        }
    }

    private int newRow(int j, int i) {
        int r = rows;
        if (r == journeyId.length) {
            int cap = Math.max(1024, r + (r >> 2));
            journeyId = Arrays.copyOf(journeyId, cap);
            firstEvent = Arrays.copyOf(firstEvent, cap);
            assertNs = Arrays.copyOf(assertNs, cap);
            device = Arrays.copyOf(device, cap);
            gsi = Arrays.copyOf(gsi, cap);
            cpu = Arrays.copyOf(cpu, cap);
            notified = Arrays.copyOf(notified, cap);
            spurious = Arrays.copyOf(spurious, cap);
            latencyNs = Arrays.copyOf(latencyNs, cap);
            eoiNs = Arrays.copyOf(eoiNs, cap);
        }
        journeyId[r] = j;
        firstEvent[r] = i;
        assertNs[r] = -1;
        device[r] = -1;
        gsi[r] = -1;
        cpu[r] = -1;
        notified[r] = 0;
        spurious[r] = 0;
        latencyNs[r] = -1;
        eoiNs[r] = -1;
        rows = r + 1;
        return r;
    }

    /** Bytes held by the columns (array payloads). */
    public synchronized long retainedBytes() {
        return 4L * rowOfJourney.length + (long) journeyId.length * (4 + 4 + 8 + 2 + 2 + 2 + 8 + 8 + 8 + 8);
    }

    public synchronized int rowCount() {
        return rows;
    }

    /** Row of journey id j, or -1. */
    public synchronized int rowOfJourney(int j) {
        return j >= 0 && j < rowOfJourney.length ? rowOfJourney[j] : -1;
    }

    public synchronized int journeyId(int row) {
        check(row);
        return journeyId[row];
    }

    public synchronized int firstEvent(int row) {
        check(row);
        return firstEvent[row];
    }

    /** Time of the journey's first event; rows are ordered by it. */
    public synchronized long firstTimeNs(int row) {
        check(row);
        return store.timeNs(firstEvent[row]);
    }

    public synchronized long assertTimeNs(int row) {
        check(row);
        return assertNs[row];
    }

    public synchronized int device(int row) {
        check(row);
        return device[row];
    }

    public synchronized int gsi(int row) {
        check(row);
        return gsi[row];
    }

    public synchronized int cpu(int row) {
        check(row);
        return cpu[row];
    }

    /** Bit d set when domain d was notified. */
    public synchronized long notifiedMask(int row) {
        check(row);
        return notified[row];
    }

    /** Bit d set when domain d's notification was spurious. */
    public synchronized long spuriousMask(int row) {
        check(row);
        return spurious[row];
    }

    public synchronized long latencyNs(int row) {
        check(row);
        return latencyNs[row];
    }

    public synchronized long eoiTimeNs(int row) {
        check(row);
        return eoiNs[row];
    }

    private void check(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("journey row " + row + " outside 0.." + (rows - 1));
        }
    }

    /** The journey of row as a value. */
    public synchronized Journey journey(int row) {
        check(row);
        return new Journey(journeyId[row], device[row], gsi[row], cpu[row], assertNs[row], domains(notified[row]),
                domains(spurious[row]), latencyNs[row], eoiNs[row]);
    }

    static int[] domains(long mask) {
        int[] out = new int[Long.bitCount(mask)];
        int k = 0;
        for (long m = mask; m != 0; m &= m - 1) {
            out[k++] = Long.numberOfTrailingZeros(m);
        }
        return out;
    }

    /** First row whose first event is at or after timeNs, or {@link #rowCount()}. */
    public synchronized int rowAtOrAfter(long timeNs) {
        int lo = 0;
        int hi = rows;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (store.timeNs(firstEvent[mid]) < timeNs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public synchronized boolean matches(int row, JourneyFilter f) {
        check(row);
        return test(row, f);
    }

    private boolean test(int r, JourneyFilter f) {
        if (f.device() >= 0 && device[r] != f.device()) {
            return false;
        }
        if (f.gsi() >= 0 && gsi[r] != f.gsi()) {
            return false;
        }
        long scope = -1L;
        if (f.domain() >= 0) {
            if (f.domain() >= 64 || (notified[r] & (1L << f.domain())) == 0) {
                return false;
            }
            scope = 1L << f.domain();
        }
        if (f.spurious() != null && ((spurious[r] & scope) != 0) != f.spurious()) {
            return false;
        }
        return f.minLatencyNs() < 0 || latencyNs[r] >= f.minLatencyNs();
    }

    /** The rows passing filter, in table order. */
    public synchronized JourneySelection select(JourneyFilter filter) {
        int[] out = new int[Math.max(16, filter.isAll() ? rows : Math.min(rows, 1 << 16))];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            if (test(r, filter)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = r;
            }
        }
        return new JourneySelection(out, n);
    }

    /** Journey of one id computed by walking its events in the store; equal to {@link #journey(int)} of its row. */
    public static Journey trace(TraceStore store, int journeyId) {
        int i = store.journeyFirstEvent(journeyId);
        if (i < 0) {
            return null;
        }
        JourneyTable single = new JourneyTable(store, journeyId, i);
        return single.journey(0);
    }

    private JourneyTable(TraceStore store, int onlyJourney, int first) {
        this.store = store;
        TraceMetadata meta = store.metadata();
        for (int i = first; i >= 0; i = store.nextInJourney(i)) {
            add(i, 0, meta); // one row: index it as journey 0 to keep the id map tiny
        }
        journeyId[0] = onlyJourney;
        consumed = store.size();
    }
}
