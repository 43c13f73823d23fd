package org.natsume.timeline.core;

import java.util.Arrays;
import java.util.List;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.VcpuStateArg;
import org.natsume.trace.lod.Lane;
import org.natsume.trace.lod.LaneKind;
import org.natsume.trace.lod.LodSummary;
import org.natsume.trace.lod.TraceLod;

/**
 * Computes a {@link Frame} for a viewport (issue "Timeline view"; lanes and states as in {@link TraceLod}).
 *
 * <p>Zoomed in — at most {@link #rawLimit()} events visible — events are drawn one by one: a mark per event in each of
 * its rows (an event whose style is already drawn in the same pixel of the same row is not drawn again), exact state
 * intervals as rectangles, and, when few enough events are visible, links between consecutive steps of each journey.
 * Zoomed out, every row is drawn from the LOD summaries: per pixel column a DENSITY mark (value = event count), a
 * SPURIOUS mark when there were spurious notifications, and the dominant state as a rectangle. Either way the cost is
 * bounded by the pixels and the visible events, never by the trace size; nothing is allocated per event.
 *
 * <p>State rectangle values: VCPU rows carry the credit priority class (the shade); CPU and GSI rows carry, when zoomed
 * out, how much of the column the state filled in quarters (1..4), and 4 when zoomed in.
 */
public final class FrameBuilder {

    public static final int DEFAULT_RAW_LIMIT = 100_000;
    public static final int DEFAULT_LINK_LIMIT = 5_000;

    private static final int VCPU_STATE = TraceKind.VCPU_STATE.ordinal();
    private static final TraceKind[] KINDS = TraceKind.values();

    private final int rawLimit;
    private final int linkLimit;
    private final LodSummary summary = new LodSummary();
    private final StateVisitor states = new StateVisitor();
    /** Per row: the pixel column last drawn and the styles already drawn in it (bit per {@link MarkStyle}). */
    private int[] lastX = new int[0];
    private int[] drawnStyles = new int[0];

    public FrameBuilder() {
        this(DEFAULT_RAW_LIMIT, DEFAULT_LINK_LIMIT);
    }

    /** rawLimit: most visible events drawn one by one; linkLimit: most visible events for which journeys are linked. */
    public FrameBuilder(int rawLimit, int linkLimit) {
        this.rawLimit = rawLimit;
        this.linkLimit = linkLimit;
    }

    public int rawLimit() {
        return rawLimit;
    }

    /**
     * Fills {@code into} (returned) with the frame for viewport v. selectedJourney (-1 for none) is linked with
     * SELECTED_LINK marks at every zoom level.
     */
    public Frame build(TraceLod lod, LaneLayout layout, Viewport v, TimelineFilter filter, int selectedJourney, Frame into) {
        return build(lod, null, layout, v, filter, selectedJourney, into);
    }

    /** As {@link #build(TraceLod, LaneLayout, Viewport, TimelineFilter, int, Frame)}, with the placement bands. */
    public Frame build(TraceLod lod, PlacementIndex placements, LaneLayout layout, Viewport v, TimelineFilter filter,
            int selectedJourney, Frame into) {
        TraceStore store = lod.store();
        into.clear(v, layout.rows());
        int i0 = store.firstAtOrAfter(v.fromNs());
        int i1 = store.firstAtOrAfter(v.toNs());
        if (i1 - i0 <= rawLimit) {
            raw(store, lod, layout, v, filter, i0, i1, into);
        } else {
            fromLod(lod, layout, v, filter, into);
        }
        if (placements != null && !store.isEmpty()) {
            bands(placements, layout, v, Math.min(v.toNs(), store.endNs() + 1), into);
        }
        if (selectedJourney >= 0) {
            journeyLinks(store, layout, v, store.journeyFirstEvent(selectedJourney), -1, MarkStyle.SELECTED_LINK, into);
        }
        return into;
    }

    private void raw(TraceStore store, TraceLod lod, LaneLayout layout, Viewport v, TimelineFilter filter, int i0, int i1, Frame f) {
        List<TimelineLane> rows = layout.rows();
        for (int row = 0; row < rows.size(); row++) {
            Lane lane = rows.get(row).lane();
            if (lane.kind().slotCount() > 0) {
                states.begin(f, v, row, lane.kind());
                lod.intervals(lane, v.fromNs(), v.toNs(), states);
            }
        }
        int n = rows.size();
        if (lastX.length < n) {
            lastX = new int[n];
            drawnStyles = new int[n];
        }
        Arrays.fill(lastX, 0, n, Integer.MIN_VALUE);
        for (int i = i0; i < i1; i++) {
            int kind = store.kindOrdinal(i);
            if (kind == VCPU_STATE || !filter.shows(kind)) {
                continue;
            }
            int x = v.x(store.timeNs(i));
            MarkStyle style = MarkStyle.forEvent(KINDS[kind], store.arg(i));
            int dom = store.domain(i);
            mark(f, layout.cpuRow(store.cpu(i)), x, style, i);
            if (dom >= 0 && Lane.inDomainLane(kind)) {
                mark(f, layout.domainRow(dom), x, style, i);
            }
            mark(f, layout.gsiRow(store.gsi(i)), x, style, i);
            mark(f, layout.deviceRow(store.device(i)), x, style, i);
        }
        if (i1 - i0 <= linkLimit) {
            for (int i = i0; i < i1; i++) {
                if (store.journey(i) >= 0 && filter.shows(store.kindOrdinal(i))) {
                    int next = nextShown(store, filter, i);
                    if (next >= 0) {
                        journeyLinks(store, layout, v, i, next, MarkStyle.JOURNEY_LINK, f);
                    }
                }
            }
        }
    }

    private static int nextShown(TraceStore store, TimelineFilter filter, int i) {
        int n = store.nextInJourney(i);
        while (n >= 0 && !filter.shows(store.kindOrdinal(n))) {
            n = store.nextInJourney(n);
        }
        return n;
    }

    private void mark(Frame f, int row, int x, MarkStyle style, int value) {
        if (row < 0) {
            return;
        }
        int bit = 1 << style.ordinal();
        if (lastX[row] != x) {
            lastX[row] = x;
            drawnStyles[row] = 0;
        } else if ((drawnStyles[row] & bit) != 0) {
            return; // this style is already in this pixel of this row: one mark is enough
        }
        drawnStyles[row] |= bit;
        f.mark(row, x, style, value);
    }

    /**
     * The placement bands: under each VCPU row, the PCPU it runs on; over each GSI row, the time it is held by an
     * absent binder. Drawn at every zoom level from {@link PlacementIndex}, about one look-up per pixel column.
     */
    private void bands(PlacementIndex p, LaneLayout layout, Viewport v, long toNs, Frame f) {
        List<TimelineLane> rows = layout.rows();
        double nsPerPixel = (double) v.spanNs() / Math.max(1, v.widthPx());
        for (int row = 0; row < rows.size(); row++) {
            Lane lane = rows.get(row).lane();
            if (lane.kind() == LaneKind.VCPU) {
                IntervalTrack t = p.running(lane.vcpuDomain(), lane.vcpuId());
                if (t != null) {
                    band.begin(f, v, row, MarkStyle.VCPU_ON_PCPU);
                    t.visit(v.fromNs(), toNs, nsPerPixel, band);
                }
            } else if (lane.kind() == LaneKind.GSI) {
                for (IntervalTrack t : p.held(lane.id())) {
                    band.begin(f, v, row, MarkStyle.LINE_HELD_ABSENT);
                    t.visit(v.fromNs(), toNs, nsPerPixel, band);
                }
            }
        }
    }

    private final BandVisitor band = new BandVisitor();

    /** Turns placement intervals into band rectangles (value = PCPU or domain); one reusable instance. */
    private static final class BandVisitor implements IntervalTrack.Visitor {
        Frame f;
        Viewport v;
        int row;
        MarkStyle style;

        void begin(Frame frame, Viewport viewport, int r, MarkStyle s) {
            f = frame;
            v = viewport;
            row = r;
            style = s;
        }

        @Override
        public void interval(long startNs, long endNs, int value) {
            int x0 = Math.max(0, v.x(startNs));
            int x1 = Math.min(v.widthPx(), v.x(endNs));
            if (x1 >= 0 && x0 < v.widthPx()) {
                f.rect(row, x0, x1, style, value);
            }
        }
    }

    /** Links the steps from event {@code from}: only to {@code onlyTo} when ≥ 0, else the whole rest of the journey. */
    private static void journeyLinks(TraceStore store, LaneLayout layout, Viewport v, int from, int onlyTo, MarkStyle style, Frame f) {
        int i = from;
        while (i >= 0) {
            int next = onlyTo >= 0 ? onlyTo : store.nextInJourney(i);
            if (next < 0) {
                return;
            }
            int r0 = stepRow(store, layout, i);
            int r1 = stepRow(store, layout, next);
            int x0 = v.x(store.timeNs(i));
            int x1 = v.x(store.timeNs(next));
            boolean visible = Math.max(x0, x1) >= 0 && Math.min(x0, x1) < v.widthPx();
            if (r0 >= 0 && r1 >= 0 && visible && (r0 != r1 || x0 != x1)) {
                f.link(r0, x0, r1, x1, style);
            }
            if (onlyTo >= 0 || store.timeNs(next) >= v.toNs()) {
                return;
            }
            i = next;
        }
    }

    /** The row where a journey step is drawn: the line for pin events, the PCPU for Xen's steps, the guest for its own. */
    static int stepRow(TraceStore store, LaneLayout layout, int i) {
        TraceKind kind = store.kind(i);
        int cpu = layout.cpuRow(store.cpu(i));
        int dom = Lane.inDomainLane(kind.ordinal()) ? layout.domainRow(store.domain(i)) : -1;
        int gsi = layout.gsiRow(store.gsi(i));
        int dev = layout.deviceRow(store.device(i));
        int row = switch (kind) {
            case PIN_ASSERT, LINE_MASK, LINE_EOI, EOI_TIMER, COALESCED -> gsi >= 0 ? gsi : dev;
            case APIC_DELIVER, XEN_IRQ_ENTER, VCPU_KICK, IPI_SEND, IPI_ARRIVE, STATUS_READ, INTX_DISABLE -> cpu;
            case GUEST_NOTIFY, UPCALL, GUEST_ISR, GUEST_EOI -> dom;
            default -> -1;
        };
        if (row < 0) {
            row = cpu >= 0 ? cpu : dom >= 0 ? dom : gsi >= 0 ? gsi : dev;
        }
        return row;
    }

    private void fromLod(TraceLod lod, LaneLayout layout, Viewport v, TimelineFilter filter, Frame f) {
        f.fromLod = true;
        List<TimelineLane> rows = layout.rows();
        int width = v.widthPx();
        for (int row = 0; row < rows.size(); row++) {
            Lane lane = rows.get(row).lane();
            int buckets = width;
            lod.summarize(lane, v.fromNs(), v.toNs(), buckets, summary);
            if (summary.sourceWidthNs() > summary.bucketWidthNs()) {
                // finer than the finest LOD level: use one bucket per stored bucket and widen them to pixels
                buckets = (int) Math.max(1, Math.min(width, v.spanNs() / summary.sourceWidthNs()));
                lod.summarize(lane, v.fromNs(), v.toNs(), buckets, summary);
            }
            LaneKind kind = lane.kind();
            for (int b = 0; b < buckets; b++) {
                int x0 = (int) ((long) b * width / buckets);
                int x1 = (int) ((long) (b + 1) * width / buckets);
                lodStates(f, row, kind, b, x0, x1);
                if (summary.count(b) > 0 && (summary.kinds(b) & filter.visibleKinds()) != 0
                        && (summary.kinds(b) & ~(1L << VCPU_STATE)) != 0) {
                    f.mark(row, x0, MarkStyle.DENSITY, summary.count(b));
                }
                if (summary.spurious(b) > 0 && filter.shows(TraceKind.GUEST_NOTIFY.ordinal())) {
                    f.mark(row, x0, MarkStyle.SPURIOUS, summary.spurious(b));
                }
            }
        }
    }

    private void lodStates(Frame f, int row, LaneKind kind, int b, int x0, int x1) {
        if (kind.slotCount() == 0) {
            return;
        }
        double width = summary.bucketWidthNs();
        switch (kind) {
            case VCPU -> {
                int run = summary.dominantSlot(b, 0, LaneKind.VCPU_PRIORITY_SLOT);
                if (run >= 0) {
                    int p = summary.dominantSlot(b, LaneKind.VCPU_PRIORITY_SLOT, kind.slotCount());
                    f.rect(row, x0, x1, vcpuStyle(run), p < 0 ? 0 : p - LaneKind.VCPU_PRIORITY_SLOT);
                }
            }
            case CPU -> {
                long busy = summary.residencyNs(0, b);
                if (busy > 0) {
                    f.rect(row, x0, x1, MarkStyle.CPU_BUSY, quarters(busy, width));
                }
            }
            case GSI -> {
                int s = summary.dominantSlot(b, 0, kind.slotCount());
                if (s >= 0) {
                    long sum = 0;
                    for (int k = 0; k < kind.slotCount(); k++) {
                        sum += summary.residencyNs(k, b);
                    }
                    f.rect(row, x0, x1, lineStyle(s), quarters(sum, width));
                }
            }
            default -> {
            }
        }
    }

    private static int quarters(long ns, double width) {
        return (int) Math.max(1, Math.min(4, Math.ceil(4 * ns / width)));
    }

    static MarkStyle vcpuStyle(int runState) {
        return switch (runState) {
            case VcpuStateArg.RUNNING -> MarkStyle.VCPU_RUNNING;
            case VcpuStateArg.RUNNABLE -> MarkStyle.VCPU_RUNNABLE;
            default -> MarkStyle.VCPU_BLOCKED;
        };
    }

    static MarkStyle lineStyle(int slot) {
        return switch (slot) {
            case LaneKind.GSI_ASSERTED -> MarkStyle.LINE_ASSERTED;
            case LaneKind.GSI_IN_FLIGHT -> MarkStyle.LINE_IN_FLIGHT;
            default -> MarkStyle.LINE_MASKED;
        };
    }

    /** Turns exact state intervals into rectangles; one reusable instance, so intervals cost no allocation. */
    private static final class StateVisitor implements TraceLod.IntervalVisitor {
        Frame f;
        Viewport v;
        int row;
        LaneKind kind;

        void begin(Frame frame, Viewport viewport, int r, LaneKind k) {
            f = frame;
            v = viewport;
            row = r;
            kind = k;
        }

        @Override
        public void interval(long startNs, long endNs, int code) {
            int x0 = Math.max(0, v.x(startNs));
            int x1 = Math.min(v.widthPx(), v.x(endNs));
            if (x1 < 0 || x0 >= v.widthPx()) {
                return;
            }
            switch (kind) {
                case VCPU -> f.rect(row, x0, x1, vcpuStyle(code & 0xF), code >> 4 & 0xF);
                case CPU -> f.rect(row, x0, x1, MarkStyle.CPU_BUSY, 4);
                case GSI -> f.rect(row, x0, x1, lineStyle(code), 4);
                default -> {
                }
            }
        }
    }
}
