package org.natsume.trace.flight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceSink;
import org.natsume.trace.TraceStore;
import org.natsume.trace.line.LineTracker;

/**
 * A trace sink for long runs (cyclictest-style hours): instead of every event it keeps only the N worst journeys by
 * latency and the N worst by line-blocked time, each with the events of ±context around it, plus a window around
 * every event a {@link KeepAround} condition picks (the breakpoints). Memory is bounded by the look-back ring
 * (context + the longest journey span looked back for, {@code lookBackNs}) and 2N windows, whatever the run's length.
 *
 * <p>A journey's latency is the arg of its GUEST_ISR in the domain that owns the asserting device (the latency of
 * domain.md §6.3, as the Interrupt Trace table shows it; the largest if there are several); its line-blocked time is
 * the longest blocked episode of its GSI that its LINE_EOI ended, by the shared-line rule
 * ({@link org.natsume.trace.line.SharedLineState}). Ties rank the earlier journey (lower id) worse. The ranking is
 * exact: a journey that leaves the N worst can only come back with a larger value, and then its window is cut again
 * from the ring. A window whose start lies before the ring's oldest event keeps what the ring still had and is
 * marked truncated.
 */
public final class FlightRecorder implements TraceSink {

    /** Picks events to keep a window around (a breakpoint condition's test). */
    @FunctionalInterface
    public interface KeepAround {
        boolean test(long timeNs, TraceKind kind, int journey, int cpu, int domain, int gsi, int device, long arg);
    }

    /** Property: N of --keep-worst. */
    public static final String KEEP_WORST = "natsume.flight.keep-worst";
    /** Property: the context kept around each window, ns. */
    public static final String CONTEXT_NS = "natsume.flight.context-ns";
    /** Property: events the run produced (the kept trace holds fewer). */
    public static final String EVENTS_SEEN = "natsume.flight.events-seen";

    private static final int GUEST_ISR = TraceKind.GUEST_ISR.ordinal();
    /** At most this many breakpoint windows are kept; later hits are counted, not kept. */
    public static final int MAX_BREAKPOINT_WINDOWS = 10_000;

    private final int keepWorst;
    private final long contextNs;
    private final long lookBackNs;
    private final List<KeepAround> keepAround = new ArrayList<>();
    private final EventColumns ring = new EventColumns();
    private final LineTracker lines = new LineTracker();
    private final Ranking latency = new Ranking(KeptWindow.Reason.LATENCY);
    private final Ranking blocked = new Ranking(KeptWindow.Reason.LINE_BLOCKED);
    private final List<Window> hits = new ArrayList<>();
    /** Windows still taking events (their end lies ahead). */
    private final List<Window> open = new ArrayList<>();
    private TraceMetadata metadata = TraceMetadata.EMPTY;
    private long seq;
    private long hitsSeen;
    private long lastTime;
    private long peakRingEvents;

    /**
     * @param keepWorst  N, the journeys kept per ranking (≥ 1)
     * @param contextNs  events kept before and after each window
     * @param lookBackNs longest latency or blocked episode whose start is still in the ring when it ends
     */
    public FlightRecorder(int keepWorst, long contextNs, long lookBackNs) {
        if (keepWorst < 1) {
            throw new IllegalArgumentException("keep-worst must be at least 1, not " + keepWorst);
        }
        if (contextNs < 0 || lookBackNs < 0) {
            throw new IllegalArgumentException("context and look-back must not be negative");
        }
        this.keepWorst = keepWorst;
        this.contextNs = contextNs;
        this.lookBackNs = lookBackNs;
    }

    /** Also keep ±context around every event c picks (and every breakpoint hit it stands for). */
    public void keepAround(KeepAround c) {
        keepAround.add(c);
    }

    @Override
    public void metadata(TraceMetadata m) {
        this.metadata = m;
    }

    @Override
    public void event(long timeNs, TraceKind kind, int journey, int cpu, int domain, int gsi, int device, long arg) {
        long s = seq++;
        int k = kind.ordinal();
        lastTime = timeNs;
        ring.add(s, timeNs, k, journey, cpu, domain, gsi, device, arg);
        for (int i = open.size() - 1; i >= 0; i--) {
            Window w = open.get(i);
            if (timeNs > w.toNs) {
                open.remove(i).open = false;
            } else {
                w.events.add(s, timeNs, k, journey, cpu, domain, gsi, device, arg);
            }
        }
        if (k == GUEST_ISR && journey >= 0) {
            int owner = metadata.ownerOf(device);
            if (owner < 0 || owner == domain) {
                latency.offer(journey, arg, timeNs - arg, timeNs, s);
            }
        }
        lines.event(timeNs, k, gsi, arg, journey, this::released);
        for (KeepAround c : keepAround) {
            if (c.test(timeNs, kind, journey, cpu, domain, gsi, device, arg)) {
                hitsSeen++;
                if (hits.size() < MAX_BREAKPOINT_WINDOWS) {
                    Window w = new Window(KeptWindow.Reason.BREAKPOINT, journey, 0);
                    w.capture(timeNs - contextNs, timeNs + contextNs, s);
                    hits.add(w);
                }
            }
        }
        peakRingEvents = Math.max(peakRingEvents, ring.size());
        ring.dropBefore(timeNs - contextNs - lookBackNs);
    }

    private void released(int gsi, long sinceNs, long eoiNs, int journey) {
        if (journey >= 0) {
            blocked.offer(journey, eoiNs - sinceNs, sinceNs, eoiNs, seq - 1);
        }
    }

    /** The windows kept so far: latency ones worst first, then line-blocked ones worst first, then breakpoint hits. */
    public List<KeptWindow> windows() {
        List<KeptWindow> out = new ArrayList<>();
        for (Window w : latency.worstFirst()) {
            out.add(w.describe());
        }
        for (Window w : blocked.worstFirst()) {
            out.add(w.describe());
        }
        for (Window w : hits) {
            out.add(w.describe());
        }
        return out;
    }

    /** Events seen in the whole run. */
    public long eventsSeen() {
        return seq;
    }

    /** Breakpoint hits seen (windows are kept for the first {@value #MAX_BREAKPOINT_WINDOWS}). */
    public long hitsSeen() {
        return hitsSeen;
    }

    /** Most events the look-back ring held at once. */
    public long peakRingEvents() {
        return peakRingEvents;
    }

    /** Bytes the recorder holds now (ring and kept windows). */
    public long retainedBytes() {
        long b = ring.retainedBytes();
        for (Window w : all()) {
            b += w.events.retainedBytes();
        }
        return b;
    }

    /**
     * The kept trace: every event of every window once, in run order, with the producer's metadata plus the list of
     * windows and the recorder's settings ({@link KeptWindow#of} reads them back).
     */
    public TraceStore finish() {
        TraceMetadata.Builder b = metadata.toBuilder().property(KEEP_WORST, Integer.toString(keepWorst))
                .property(CONTEXT_NS, Long.toString(contextNs)).property(EVENTS_SEEN, Long.toString(seq));
        List<KeptWindow> ws = windows();
        b.property(KeptWindow.COUNT, Integer.toString(ws.size()));
        for (int k = 0; k < ws.size(); k++) {
            b.property(KeptWindow.PREFIX + k, ws.get(k).encode());
        }
        TraceStore store = new TraceStore(b.build());
        List<Window> all = all();
        PriorityQueue<int[]> heads = new PriorityQueue<>(Comparator.comparingLong(h -> all.get(h[0]).events.seq(h[1])));
        for (int w = 0; w < all.size(); w++) {
            if (all.get(w).events.size() > 0) {
                heads.add(new int[] {w, 0});
            }
        }
        long last = -1;
        while (!heads.isEmpty()) {
            int[] h = heads.poll();
            EventColumns e = all.get(h[0]).events;
            if (e.seq(h[1]) != last) {
                last = e.seq(h[1]);
                e.emit(h[1], store);
            }
            if (++h[1] < e.size()) {
                heads.add(h);
            }
        }
        return store;
    }

    private List<Window> all() {
        List<Window> all = new ArrayList<>(latency.byJourney.values());
        all.addAll(blocked.byJourney.values());
        all.addAll(hits);
        return all;
    }

    /** One kept stretch being filled: what the ring had when it was chosen, then what follows until its end. */
    private final class Window {
        final KeptWindow.Reason reason;
        final int journey;
        long valueNs;
        long fromNs = Long.MAX_VALUE;
        long toNs = Long.MIN_VALUE;
        boolean truncated;
        boolean open;
        EventColumns events = new EventColumns();

        Window(KeptWindow.Reason reason, int journey, long valueNs) {
            this.reason = reason;
            this.journey = journey;
            this.valueNs = valueNs;
        }

        /** Widens the window to [from, to]; events already seen (seq ≤ nowSeq) come from the ring. */
        void capture(long from, long to, long nowSeq) {
            if (from < fromNs) {
                EventColumns grown = new EventColumns();
                long before = events.size() > 0 ? events.seq(0) : nowSeq + 1;
                grown.addSlice(ring, from, before);
                grown.addAll(events);
                events = grown;
                // the ring lost events it would need unless it still holds the run's very first event
                truncated |= ring.firstTime() > from && ring.seq(0) > 0;
                fromNs = from;
            }
            if (to > toNs) {
                toNs = to;
            }
            if (!open && to >= lastTime) {
                open = true;
                FlightRecorder.this.open.add(this);
            }
        }

        KeptWindow describe() {
            return new KeptWindow(reason, journey, valueNs, Math.max(0, fromNs), toNs, truncated);
        }
    }

    /** The N worst journeys of one measure, with their windows. */
    private final class Ranking {
        final KeptWindow.Reason reason;
        final Map<Integer, Window> byJourney = new HashMap<>();
        /** Least bad first: smaller value, then the later journey. */
        final TreeSet<Window> set = new TreeSet<>(Comparator.<Window>comparingLong(w -> w.valueNs)
                .thenComparing(Comparator.<Window>comparingInt(w -> w.journey).reversed()));

        Ranking(KeptWindow.Reason reason) {
            this.reason = reason;
        }

        void offer(int journey, long value, long startNs, long endNs, long nowSeq) {
            Window w = byJourney.get(journey);
            if (w != null) {
                if (value > w.valueNs) {
                    set.remove(w);
                    w.valueNs = value;
                    set.add(w);
                    w.capture(startNs - contextNs, endNs + contextNs, nowSeq);
                }
                return;
            }
            if (set.size() >= keepWorst) {
                Window least = set.first();
                if (value < least.valueNs || value == least.valueNs && journey > least.journey) {
                    return;
                }
            }
            w = new Window(reason, journey, value);
            w.capture(startNs - contextNs, endNs + contextNs, nowSeq);
            set.add(w);
            byJourney.put(journey, w);
            if (set.size() > keepWorst) {
                Window evicted = set.pollFirst();
                byJourney.remove(evicted.journey);
                if (evicted.open) {
                    open.remove(evicted);
                    evicted.open = false;
                }
            }
        }

        List<Window> worstFirst() {
            return new ArrayList<>(set.descendingSet());
        }
    }
}
