package org.natsume.timeline.ui;

import org.natsume.timeline.core.Bookmarks;
import org.natsume.timeline.core.query.TraceSearch;
import org.natsume.trace.flight.KeptWindow;
import org.natsume.trace.journey.JourneyTable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Display;
import org.natsume.timeline.core.TimelineModel;
import org.natsume.timeline.core.Viewport;
import org.natsume.timeline.core.breakpoint.BreakpointCondition;
import org.natsume.timeline.core.breakpoint.BreakpointHit;
import org.natsume.timeline.live.LiveIngest;
import org.natsume.timeline.live.LiveRun;
import org.natsume.trace.TraceStore;

/**
 * The trace the Timeline and Interrupt Trace views show, shared by both (domain.md §6.3 outputs): its
 * {@link TimelineModel}, the live run that fills it (if any), whether the timeline follows the live edge, and the
 * current step inside the selected journey. Lives on the UI thread. While a run is live a 100 ms timer takes in what
 * the simulation recorded and tells the views; a breakpoint hit moves the timeline to it.
 */
public final class TimelineSession {

    /** What changed, so a view refreshes only what it must. */
    public enum Change { SESSION, DATA, SELECTION, VIEWPORT, FILTER, RUN_STATE }

    @FunctionalInterface
    public interface Listener {
        void changed(TimelineSession session, Change change);
    }

    /** Refresh period of a live run. */
    static final int TICK_MS = 100;
    /** Span of the live edge window when a run starts. */
    static final long LIVE_SPAN_NS = 2_000_000;

    private static TimelineSession current;
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private final String title;
    private final TraceStore store;
    private final TimelineModel model;
    private final LiveRun run;
    private boolean followLive;
    private int stepIndex = -1;
    private boolean ticking;
    private final Bookmarks bookmarks;
    private TraceSearch search;
    /** The event (event scope) or journey's first event (journey scope) of the current find hit, or -1. */
    private int searchHit = -1;
    /** Narrowest span a find hit is shown in. */
    private static final long HIT_MIN_SPAN_NS = 50_000;
    private String subsetLabel;

    public TimelineSession(String title, TraceStore store, LiveRun run) {
        this.title = title;
        this.store = store;
        this.run = run;
        this.model = new TimelineModel(store, 1000);
        this.followLive = run != null;
        Bookmarks saved;
        try {
            saved = Bookmarks.of(store.metadata());
        } catch (IllegalArgumentException e) {
            saved = new Bookmarks(); // a hand-edited trace's bad bookmark list does not stop it from opening
        }
        this.bookmarks = saved;
        if (run != null) {
            model.setViewport(new Viewport(0, LIVE_SPAN_NS, 1000));
            LiveIngest.start(run, model.lod(), model.journeys());
            run.addListener((r, s) -> Display.getDefault().asyncExec(() -> runStateChanged(s)));
        }
    }

    /** The session the views show, or null. */
    public static TimelineSession current() {
        return current;
    }

    /** Makes s the shown session and starts following its run. UI thread. */
    public static void show(TimelineSession s) {
        TimelineSession old = current;
        if (old != null && old.run != null && old.run.isLive() && old != s) {
            old.run.cancel();
        }
        current = s;
        fire(s, Change.SESSION);
        if (s != null && s.run != null) {
            s.startTicking();
        }
    }

    public static void addListener(Listener l) {
        LISTENERS.add(l);
    }

    public static void removeListener(Listener l) {
        LISTENERS.remove(l);
    }

    static void fire(TimelineSession s, Change c) {
        for (Listener l : LISTENERS) {
            l.changed(s, c);
        }
    }

    public String title() {
        return title;
    }

    public TraceStore store() {
        return store;
    }

    public TimelineModel model() {
        return model;
    }

    /** The live run, or null for a trace opened from a file. */
    public LiveRun run() {
        return run;
    }

    /** The trace's bookmarks (saved into the trace by Save Trace As). */
    public Bookmarks bookmarks() {
        return bookmarks;
    }

    public void bookmarksChanged() {
        fire(this, Change.FILTER);
    }

    /** The windows a flight-recorder trace kept, or an empty list. */
    public List<KeptWindow> keptWindows() {
        try {
            return KeptWindow.of(store.metadata());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** The active find, or null. */
    public TraceSearch search() {
        return search;
    }

    public int searchHit() {
        return searchHit;
    }

    /** Sets (or clears, null) the find; highlights are redrawn. */
    public void setSearch(TraceSearch s) {
        search = s;
        searchHit = -1;
        fire(this, Change.VIEWPORT);
    }

    /**
     * Moves to the next (or previous) find hit after the current one (or the view's left edge): selects its journey
     * and centres the view on it. False when there is none.
     */
    public boolean findNext(boolean forward) {
        if (search == null) {
            return false;
        }
        JourneyTable t = model.journeys();
        int hit;
        if (search.scope() == TraceSearch.Scope.EVENTS) {
            int from = searchHit >= 0 ? searchHit : forward ? store.firstAtOrAfter(model.viewport().fromNs()) - 1
                    : store.firstAtOrAfter(model.viewport().toNs());
            hit = forward ? search.nextEvent(store, from) : search.previousEvent(store, from);
        } else {
            int row = searchHit >= 0 ? t.rowOfJourney(store.journey(searchHit)) : forward ? t.rowAtOrAfter(model.viewport().fromNs()) - 1
                    : t.rowAtOrAfter(model.viewport().toNs());
            int r = forward ? search.nextJourney(t, row) : search.previousJourney(t, row);
            hit = r < 0 ? -1 : t.firstEvent(r);
        }
        if (hit < 0) {
            return false;
        }
        searchHit = hit;
        followLive = false;
        int j = store.journey(hit);
        int row = j >= 0 ? t.rowOfJourney(j) : -1;
        if (row >= 0) {
            model.select(row, false);
            int[] steps = model.navigator().steps(row);
            stepIndex = 0;
            for (int k = 0; k < steps.length; k++) {
                if (steps[k] == hit) {
                    stepIndex = k;
                }
            }
        }
        model.setViewport(model.clamp(hitView(hit, j)));
        fire(this, Change.SELECTION);
        return true;
    }

    /**
     * The view for a find hit: centred on it, and zoomed in to its journey when the journey would be too thin to see
     * (narrower than 1/20 of the span), so "next" on a zoomed-out trace shows the match rather than a line in a crowd.
     */
    private Viewport hitView(int hit, int journey) {
        Viewport v = model.viewport();
        long journeyNs = 0;
        if (journey >= 0) {
            int first = store.journeyFirstEvent(journey);
            int last = store.journeyLastEvent(journey);
            if (first >= 0 && last >= first) {
                journeyNs = store.timeNs(last) - store.timeNs(first);
            }
        }
        long wanted = Math.max(HIT_MIN_SPAN_NS, 4 * journeyNs);
        if (v.spanNs() > 20 * wanted) {
            long t = store.timeNs(hit);
            return new Viewport(t - wanted / 2, t - wanted / 2 + wanted, v.widthPx());
        }
        return v.centeredOn(store.timeNs(hit));
    }

    /** Shows only these journey rows in the Interrupt Trace view and when stepping (a Statistics row, a histogram bin). */
    public void selectJourneys(int[] rows, String label) {
        model.navigator().setSubset(rows);
        subsetLabel = rows == null ? null : label;
        fire(this, Change.FILTER);
        int first = model.navigator().next(-1);
        if (first >= 0) {
            select(first);
        }
    }

    /** What picked the shown journeys ("latency 10.0–15.8 µs"), or null when all pass. */
    public String subsetLabel() {
        return subsetLabel;
    }

    /**
     * Shows a kept window of a flight-recorder trace whole (its journey with the context kept around it) and selects
     * its journey: centring at the journey's own zoom showed a few µs of a window of milliseconds.
     */
    public void showKeptWindow(KeptWindow w) {
        int row = w.journey() >= 0 ? model.journeys().rowOfJourney(w.journey()) : -1;
        if (row >= 0) {
            select(row);
        }
        followLive = false;
        model.setViewport(model.clamp(new Viewport(w.fromNs(), Math.max(w.toNs(), w.fromNs() + Viewport.MIN_SPAN_NS),
                model.viewport().widthPx())));
        fire(this, Change.VIEWPORT);
    }

    /** Centres the view on timeNs (clamped to the trace). */
    public void goTo(long timeNs) {
        followLive = false;
        model.setViewport(model.clamp(model.viewport().centeredOn(timeNs)));
        fire(this, Change.VIEWPORT);
    }

    public List<BreakpointCondition> breakpoints() {
        return run == null ? List.of() : run.breakpoints().conditions();
    }

    public boolean followLive() {
        return followLive;
    }

    public void setFollowLive(boolean f) {
        followLive = f;
        if (f) {
            toLiveEdge();
            fire(this, Change.VIEWPORT);
        }
    }

    /** Index (into the selected journey's steps) of the current step, or -1. */
    public int stepIndex() {
        return stepIndex;
    }

    /** The trace event index of the current step, or -1. */
    public int stepEvent() {
        int row = model.selectedRow();
        if (row < 0 || stepIndex < 0) {
            return -1;
        }
        int[] steps = model.navigator().steps(row);
        return stepIndex < steps.length ? steps[stepIndex] : -1;
    }

    /** Selects a journey row and moves the timeline onto it (from the table or a click). */
    public void select(int row) {
        model.select(row, row >= 0);
        stepIndex = row >= 0 ? 0 : -1;
        followLive = false;
        fire(this, Change.SELECTION);
    }

    /** Next/previous journey passing the filter; false at the end. */
    public boolean step(boolean forward) {
        boolean moved = forward ? model.selectNext() : model.selectPrevious();
        if (moved) {
            stepIndex = 0;
            followLive = false;
            fire(this, Change.SELECTION);
        }
        return moved;
    }

    /** Moves the step cursor inside the selected journey (device → IO-APIC → CPU → Xen → guests → EOI). */
    public boolean stepWithinJourney(boolean forward) {
        int row = model.selectedRow();
        if (row < 0) {
            return false;
        }
        int n = model.navigator().steps(row).length;
        int next = stepIndex + (forward ? 1 : -1);
        if (next < 0 || next >= n) {
            return false;
        }
        stepIndex = next;
        fire(this, Change.SELECTION);
        return true;
    }

    /** The user moved the viewport (zoom, pan, go to time). */
    public void viewportChangedByUser() {
        if (run != null && run.isLive()) {
            Viewport v = model.viewport();
            followLive = v.toNs() >= run.simTimeNs() && v.fromNs() <= run.simTimeNs();
        }
        fire(this, Change.VIEWPORT);
    }

    public void filterChanged() {
        fire(this, Change.FILTER);
    }

    private void startTicking() {
        if (ticking) {
            return;
        }
        ticking = true;
        Display.getDefault().timerExec(TICK_MS, this::tick);
    }

    private void tick() {
        if (current != this) {
            ticking = false;
            return;
        }
        refresh();
        if (run.isLive()) {
            Display.getDefault().timerExec(TICK_MS, this::tick);
        } else {
            ticking = false;
        }
    }

    /** Takes in what the run recorded since the last call and tells the views. */
    public void refresh() {
        model.update();
        if (followLive) {
            toLiveEdge();
        }
        fire(this, Change.DATA);
    }

    private void toLiveEdge() {
        if (run == null) {
            return;
        }
        Viewport v = model.viewport();
        // the edge of what has been summarised, so the right of the view is never empty while ingesting catches up
        long end = Math.max(model.lod().endNs(), v.spanNs());
        model.setViewport(new Viewport(end - v.spanNs(), end, v.widthPx()));
    }

    private void runStateChanged(LiveRun.State s) {
        if (current != this) {
            return;
        }
        refresh();
        if (s == LiveRun.State.PAUSED && run.pausedAt() != null) {
            jumpTo(run.pausedAt());
        }
        fire(this, Change.RUN_STATE);
        if (s == LiveRun.State.RUNNING) {
            startTicking();
        }
    }

    /** Moves the timeline to a breakpoint hit and selects its journey. */
    public void jumpTo(BreakpointHit hit) {
        followLive = false;
        int row = model.journeys().rowOfJourney(hit.journey());
        if (row >= 0) {
            model.select(row, true);
            int[] steps = model.navigator().steps(row);
            stepIndex = 0;
            for (int k = 0; k < steps.length; k++) {
                if (steps[k] == hit.eventIndex()) {
                    stepIndex = k;
                }
            }
            fire(this, Change.SELECTION);
        } else {
            model.setViewport(model.viewport().centeredOn(hit.timeNs()));
            fire(this, Change.VIEWPORT);
        }
    }
}
