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
 * when the owner is unknown), and the {@link TraceKind#LINE_EOI} time. A paravirtual vif's journey has no pin: it
 * starts at netback's {@link TraceKind#RING_NOTIFY} (its assertion, device and notified guest) and its PCPU is the
 * one the guest's ISR ran on.
 */
public final class JourneyTable {

    private static final int PIN_ASSERT = TraceKind.PIN_ASSERT.ordinal();
    private static final int APIC_DELIVER = TraceKind.APIC_DELIVER.ordinal();
    private static final int XEN_IRQ_ENTER = TraceKind.XEN_IRQ_ENTER.ordinal();
    private static final int GUEST_NOTIFY = TraceKind.GUEST_NOTIFY.ordinal();
    private static final int GUEST_ISR = TraceKind.GUEST_ISR.ordinal();
    private static final int LINE_EOI = TraceKind.LINE_EOI.ordinal();
    private static final int RING_NOTIFY = TraceKind.RING_NOTIFY.ordinal();

    private final TraceStore store;
    private int consumed;
    private int rows;

    private int[] firstEvent = new int[0];
    /** Event indices (-1 = none) rather than times and latencies: 4 bytes each, values read from the store. */
    private int[] assertEvent = new int[0];
    private short[] device = new short[0];
    private short[] gsi = new short[0];
    private short[] cpu = new short[0];
    private long[] notified = new long[0];
    private long[] spurious = new long[0];
    private int[] isrEvent = new int[0];
    private int[] eoiEvent = new int[0];

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
        int first = store.journeyFirstEvent(j);
        int r = first == i ? newRow(j, i) : rowOfFirstEvent(first);
        if (r < 0) {
            return; // the journey began before this table did (cannot happen: tables consume from event 0)
        }
        int kind = store.kindOrdinal(i);
        if (kind == PIN_ASSERT) {
            if (assertEvent[r] < 0) {
                assertEvent[r] = i;
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
        } else if (kind == RING_NOTIFY) {
            // a vif's journey starts at netback's event-channel notification: no pin, no GSI (domain.md §3.3)
            if (assertEvent[r] < 0) {
                assertEvent[r] = i;
                device[r] = (short) store.device(i);
            }
            int d = store.domain(i);
            if (d >= 0 && d < 64) {
                notified[r] |= 1L << d;
            }
        } else if (kind == GUEST_ISR) {
            if (cpu[r] < 0) {
                cpu[r] = (short) store.cpu(i); // the PCPU a vif's guest took its notification on
            }
            int owner = meta.ownerOf(device[r] >= 0 ? device[r] : store.device(i));
            if (isrEvent[r] < 0 && (owner < 0 || owner == store.domain(i))) {
                isrEvent[r] = i;
            }
        } else if (kind == LINE_EOI) {
            eoiEvent[r] = i;
        }
    }

    /**
     * Rows are in the order of their journeys' first events, so a journey's row is found by binary search on that
     * column — no id → row map to keep. The latest row is tried first: most events belong to a recent journey.
     */
    private int rowOfFirstEvent(int first) {
        if (rows > 0 && firstEvent[rows - 1] == first) {
            return rows - 1;
        }
        int k = Arrays.binarySearch(firstEvent, 0, rows, first);
        return k >= 0 ? k : -1;
    }

    private int newRow(int j, int i) {
        int r = rows;
        if (r == firstEvent.length) {
            int cap = Math.max(1024, r + (r >> 2));
            firstEvent = Arrays.copyOf(firstEvent, cap);
            assertEvent = Arrays.copyOf(assertEvent, cap);
            device = Arrays.copyOf(device, cap);
            gsi = Arrays.copyOf(gsi, cap);
            cpu = Arrays.copyOf(cpu, cap);
            notified = Arrays.copyOf(notified, cap);
            spurious = Arrays.copyOf(spurious, cap);
            isrEvent = Arrays.copyOf(isrEvent, cap);
            eoiEvent = Arrays.copyOf(eoiEvent, cap);
        }
        firstEvent[r] = i;
        assertEvent[r] = -1;
        device[r] = -1;
        gsi[r] = -1;
        cpu[r] = -1;
        notified[r] = 0;
        spurious[r] = 0;
        isrEvent[r] = -1;
        eoiEvent[r] = -1;
        rows = r + 1;
        return r;
    }

    /** Bytes held by the columns (array payloads). */
    public synchronized long retainedBytes() {
        return (long) firstEvent.length * (4 + 4 + 2 + 2 + 2 + 8 + 8 + 4 + 4);
    }

    private long timeOf(int event) {
        return event < 0 ? -1 : store.timeNs(event);
    }

    private long latency(int row) {
        return isrEvent[row] < 0 ? -1 : store.arg(isrEvent[row]);
    }

    /** Index of the owner's GUEST_ISR event of row, or -1. */
    public synchronized int isrEvent(int row) {
        check(row);
        return isrEvent[row];
    }

    public synchronized int rowCount() {
        return rows;
    }

    /** Row of journey id j, or -1. */
    public synchronized int rowOfJourney(int j) {
        int first = store.journeyFirstEvent(j);
        return first < 0 ? -1 : rowOfFirstEvent(first);
    }

    public synchronized int journeyId(int row) {
        check(row);
        return store.journey(firstEvent[row]); // the id is in the store, no column for it
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
        return timeOf(assertEvent[row]);
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
        return latency(row);
    }

    /** How long the line had been blocked when this journey's LINE_EOI released it (its arg), or -1 without one. */
    public synchronized long lineBlockedNs(int row) {
        check(row);
        return lineBlocked(row);
    }

    private long lineBlocked(int row) {
        return eoiEvent[row] < 0 ? -1 : store.arg(eoiEvent[row]);
    }

    public synchronized long eoiTimeNs(int row) {
        check(row);
        return timeOf(eoiEvent[row]);
    }

    private void check(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("journey row " + row + " outside 0.." + (rows - 1));
        }
    }

    /** The journey of row as a value. */
    public synchronized Journey journey(int row) {
        check(row);
        return new Journey(store.journey(firstEvent[row]), device[row], gsi[row], cpu[row], timeOf(assertEvent[row]), domains(notified[row]),
                domains(spurious[row]), latency(row), timeOf(eoiEvent[row]), lineBlocked(row));
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
        return f.minLatencyNs() < 0 || latency(r) >= f.minLatencyNs();
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
            add(i, onlyJourney, meta);
        }
        consumed = store.size();
    }
}
