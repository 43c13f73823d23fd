package org.natsume.timeline.core;

import java.util.List;

import org.natsume.trace.TraceStore;
import org.natsume.trace.journey.JourneyTable;
import org.natsume.trace.lod.TraceLod;

/**
 * The timeline's headless view model (issue "Timeline view", "Interrupt Trace view"): one trace store with its LOD
 * summaries and journey table, the row layout, the viewport, the filter and the selected journey. A UI owns one per
 * editor, calls {@link #frame} on every paint and draws the primitives; zoom, pan, stepping and filtering are methods
 * here so that the SWT view holds no logic of its own. Confined to the UI thread; during a live run, call
 * {@link #update()} from that thread to take in what the simulation has recorded since.
 */
public final class TimelineModel {

    private final TraceStore store;
    private final TraceLod lod;
    private final PlacementIndex placements;
    private final JourneyTable table;
    private final JourneyNavigator navigator;
    private final FrameBuilder builder;
    private LaneLayout layout;
    private int layoutLanes = -1;
    private Viewport viewport;
    private TimelineFilter filter = TimelineFilter.ALL;
    private int selectedRow = -1;

    public TimelineModel(TraceStore store, int widthPx) {
        this(store, widthPx, new FrameBuilder());
    }

    public TimelineModel(TraceStore store, int widthPx, FrameBuilder builder) {
        this.store = store;
        this.lod = new TraceLod(store);
        this.placements = new PlacementIndex(store);
        this.table = new JourneyTable(store);
        this.navigator = new JourneyNavigator(table);
        this.builder = builder;
        this.viewport = fullRange(widthPx);
        relayout();
    }

    /** Takes in events appended since the last call (live run); new lanes appear as rows. */
    public void update() {
        lod.update();
        placements.update();
        table.update();
        relayout();
    }

    private void relayout() {
        int n = lod.lanes().size();
        if (layout == null || n != layoutLanes) {
            layoutLanes = n;
            layout = new LaneLayout(store.metadata(), lod.lanes(), filter.hiddenLanes());
        }
    }

    public TraceStore store() {
        return store;
    }

    public TraceLod lod() {
        return lod;
    }

    public PlacementIndex placements() {
        return placements;
    }

    public JourneyTable journeys() {
        return table;
    }

    public JourneyNavigator navigator() {
        return navigator;
    }

    public LaneLayout layout() {
        return layout;
    }

    public Viewport viewport() {
        return viewport;
    }

    public void setViewport(Viewport v) {
        this.viewport = v;
    }

    /** The whole trace (or the scenario's duration when it is known and longer) across widthPx. */
    public Viewport fullRange(int widthPx) {
        long start = Math.min(0, store.startNs());
        long end = Math.max(store.endNs(), start + store.metadata().durationNs());
        return new Viewport(start, Math.max(end, start + Viewport.MIN_SPAN_NS), widthPx);
    }

    /** Zooms around a pixel; the view stays inside the trace's ends (no negative time, nothing past the end). */
    public void zoom(double factor, int anchorX) {
        viewport = clamp(viewport.zoom(factor, anchorX));
    }

    /** v kept inside [start, end] of the trace, as zoom and pan keep it (go-to-time and jumps use it too). */
    public Viewport clamp(Viewport v) {
        Viewport full = fullRange(v.widthPx());
        return v.clampTo(full.fromNs(), full.toNs());
    }

    public void pan(int dxPx) {
        Viewport full = fullRange(viewport.widthPx());
        viewport = viewport.pan(dxPx).clampTo(full.fromNs(), full.toNs());
    }

    public void resize(int widthPx) {
        viewport = viewport.withWidth(widthPx);
    }

    public TimelineFilter filter() {
        return filter;
    }

    public void setFilter(TimelineFilter f) {
        boolean lanesChanged = !f.hiddenLanes().equals(filter.hiddenLanes());
        filter = f;
        navigator.setFilter(f.journeys());
        if (lanesChanged) {
            layout = new LaneLayout(store.metadata(), lod.lanes(), filter.hiddenLanes());
        }
    }

    /** Journey table row of the selected journey, or -1. */
    public int selectedRow() {
        return selectedRow;
    }

    /** Selects a journey row (-1 for none) and, when scroll is set, moves the viewport onto it. */
    public void select(int row, boolean scroll) {
        selectedRow = row;
        if (row >= 0 && scroll) {
            viewport = navigator.viewportFor(row, viewport.widthPx());
        }
    }

    /** Steps to the next journey passing the filter (after the selected one, or from the viewport's start). */
    public boolean selectNext() {
        int next = selectedRow >= 0 ? navigator.next(selectedRow) : navigator.nextAt(viewport.fromNs());
        if (next >= 0) {
            select(next, true);
        }
        return next >= 0;
    }

    public boolean selectPrevious() {
        int prev = selectedRow >= 0 ? navigator.previous(selectedRow) : navigator.previousBefore(viewport.toNs());
        if (prev >= 0) {
            select(prev, true);
        }
        return prev >= 0;
    }

    /** Computes the frame for the current viewport into {@code reuse} (may be null) and returns it. */
    public Frame frame(Frame reuse) {
        Frame f = reuse != null ? reuse : new Frame();
        int journey = selectedRow >= 0 ? table.journeyId(selectedRow) : -1;
        return builder.build(lod, placements, layout, viewport, filter, journey, f);
    }

    /** Events examined at most by one {@link #eventAt} call, so hovering a zoomed-out frame stays cheap. */
    public static final int HIT_SCAN_LIMIT = 20_000;

    /**
     * The event drawn nearest to pixel column x in row, within tolerancePx, or -1 (for tooltips and clicks: the
     * journey of the event is then {@code store().journey(i)}). VCPU rows answer with their VCPU_STATE events.
     */
    public int eventAt(int row, int x, int tolerancePx) {
        if (row < 0 || row >= layout.size()) {
            return -1;
        }
        org.natsume.trace.lod.Lane lane = layout.rows().get(row).lane();
        int from = store.firstAtOrAfter(viewport.timeAt(x - tolerancePx));
        int to = Math.min(store.firstAtOrAfter(viewport.timeAt(x + tolerancePx + 1)), from + HIT_SCAN_LIMIT);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (!filter.shows(store.kindOrdinal(i)) || !inLane(lane, i)) {
                continue;
            }
            int d = Math.abs(viewport.x(store.timeNs(i)) - x);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return bestDistance <= tolerancePx ? best : -1;
    }

    private boolean inLane(org.natsume.trace.lod.Lane lane, int i) {
        int kind = store.kindOrdinal(i);
        boolean vcpuState = kind == org.natsume.trace.TraceKind.VCPU_STATE.ordinal();
        return switch (lane.kind()) {
            case CPU -> store.cpu(i) == lane.id();
            case DOMAIN -> store.domain(i) == lane.id() && org.natsume.trace.lod.Lane.inDomainLane(kind);
            case VCPU -> vcpuState && store.domain(i) == lane.vcpuDomain()
                    && org.natsume.trace.VcpuStateArg.vcpuId(store.arg(i)) == lane.vcpuId();
            case GSI -> store.gsi(i) == lane.id();
            case DEVICE -> store.device(i) == lane.id();
        };
    }

    /** Selects the journey of the event under (row, x), if any; returns its table row or -1. */
    public int selectAt(int row, int x, int tolerancePx) {
        int i = eventAt(row, x, tolerancePx);
        int j = i >= 0 ? store.journey(i) : -1;
        int r = j >= 0 ? table.rowOfJourney(j) : -1;
        select(r, false);
        return r;
    }

    /** Ruler ticks for the current viewport, labels at least minMajorPx apart. */
    public List<TimeRuler.Tick> ruler(int minMajorPx) {
        return TimeRuler.ticks(viewport, minMajorPx);
    }
}
