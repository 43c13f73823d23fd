package org.natsume.timeline.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.natsume.timeline.core.EventText;
import org.natsume.timeline.core.Frame;
import org.natsume.timeline.core.TimeFormat;
import org.natsume.timeline.core.TimeRuler;
import org.natsume.timeline.core.TimelineModel;
import org.natsume.timeline.core.Viewport;

/**
 * The timeline drawing surface (issue "Timeline view"): a double-buffered canvas painting the session's frame, with
 * zoom (mouse wheel, + and -), pan (drag, Shift+wheel, arrow keys, Home/End), a range selection showing its duration
 * (Shift+drag), a click on an event selecting its journey, N/P stepping between journeys, [ and ] stepping through
 * the selected journey, 0 fitting the whole trace. The vertical scroll bar scrolls lanes. All state lives in the
 * session's model; this class only turns input into model calls.
 */
public final class TimelineCanvas {

    private static final double WHEEL_ZOOM = 1.25;

    private final Canvas canvas;
    private final FramePainter painter = new FramePainter();
    private final OverlayPainter overlay = new OverlayPainter();
    private Frame frame;
    private TimelineSession session;
    private int topRow;
    private int dragStartX = -1;
    private boolean dragMoved;
    private boolean selectingRange;
    private long rangeFromNs = -1;
    private long rangeToNs = -1;
    private int lastX;
    private boolean legend;

    public TimelineCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> resize());
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.MouseDown, e -> canvas.setFocus());
        canvas.addListener(SWT.MenuDetect, this::laneMenu);
        ScrollBar vbar = canvas.getVerticalBar();
        vbar.addListener(SWT.Selection, e -> {
            topRow = vbar.getSelection();
            canvas.redraw();
        });
    }

    public Canvas control() {
        return canvas;
    }

    public void setSession(TimelineSession s) {
        session = s;
        frame = null;
        topRow = 0;
        clearRange();
        resize();
    }

    /** The last frame painted (tests and the status line read it). */
    public Frame lastFrame() {
        return frame;
    }

    public long rangeFromNs() {
        return rangeFromNs;
    }

    public long rangeToNs() {
        return rangeToNs;
    }

    /** Shows or hides the legend of colours. */
    public void setLegend(boolean on) {
        legend = on;
        canvas.redraw();
    }

    public boolean legend() {
        return legend;
    }

    public void clearRange() {
        rangeFromNs = -1;
        rangeToNs = -1;
    }

    private TimelineModel model() {
        return session == null ? null : session.model();
    }

    private void resize() {
        Rectangle r = canvas.getClientArea();
        if (model() != null && r.width > 0) {
            model().resize(TimelineGeometry.timeWidth(r.width));
        }
        updateScrollBar();
        canvas.redraw();
    }

    void updateScrollBar() {
        ScrollBar vbar = canvas.getVerticalBar();
        int rows = model() == null ? 0 : model().layout().size();
        int visible = Math.max(1, (canvas.getClientArea().height - TimelineGeometry.RULER_HEIGHT) / TimelineGeometry.ROW_HEIGHT);
        vbar.setValues(Math.min(topRow, Math.max(0, rows - visible)), 0, Math.max(rows, 1), Math.min(visible, Math.max(rows, 1)), 1,
                visible);
        topRow = vbar.getSelection();
    }

    public void redraw() {
        if (!canvas.isDisposed()) {
            updateScrollBar();
            canvas.redraw();
        }
    }

    private void paint(Event e) {
        Rectangle r = canvas.getClientArea();
        GC gc = e.gc;
        TimelineModel m = model();
        if (m == null) {
            gc.setBackground(TimelineColors.BACKGROUND);
            gc.fillRectangle(r);
            gc.setForeground(TimelineColors.MUTED_TEXT);
            gc.drawString("No trace. Run > Simulate... runs a simulation; File > Open Trace... opens a saved .ntrace file.", 12, 12,
                    true);
            return;
        }
        if (m.viewport().widthPx() != TimelineGeometry.timeWidth(r.width)) {
            m.resize(TimelineGeometry.timeWidth(r.width));
        }
        frame = m.frame(frame);
        List<TimeRuler.Tick> ticks = m.ruler(TimelineGeometry.MIN_MAJOR_TICK_PX);
        painter.paint(gc, frame, ticks, r.width, r.height, topRow);
        overlay.paint(gc, session, rangeFromNs, rangeToNs, r.width, r.height, legend);
    }

    private void wheel(Event e) {
        TimelineModel m = model();
        if (m == null || e.count == 0) {
            return;
        }
        if ((e.stateMask & SWT.SHIFT) != 0) {
            m.pan(-e.count * m.viewport().widthPx() / 20);
        } else {
            int anchor = Math.max(0, e.x - TimelineGeometry.LABEL_WIDTH);
            m.zoom(Math.pow(WHEEL_ZOOM, e.count > 0 ? 1 : -1), anchor);
        }
        e.doit = false;
        changed();
    }

    private void mouseDown(Event e) {
        if (model() == null || e.button != 1 || e.x < TimelineGeometry.LABEL_WIDTH) {
            return;
        }
        dragStartX = e.x;
        lastX = e.x;
        dragMoved = false;
        selectingRange = (e.stateMask & SWT.SHIFT) != 0;
        if (selectingRange) {
            rangeFromNs = timeAt(e.x);
            rangeToNs = rangeFromNs;
        }
    }

    private void mouseMove(Event e) {
        TimelineModel m = model();
        if (m == null) {
            return;
        }
        if (dragStartX >= 0) {
            if (Math.abs(e.x - dragStartX) > 2) {
                dragMoved = true;
            }
            if (selectingRange) {
                rangeToNs = timeAt(e.x);
                canvas.redraw();
            } else if (dragMoved) {
                m.pan(lastX - e.x);
                lastX = e.x;
                changed();
            }
        } else if (e.x >= TimelineGeometry.LABEL_WIDTH) {
            int row = TimelineGeometry.rowAt(e.y, topRow);
            int i = m.eventAt(row, e.x - TimelineGeometry.LABEL_WIDTH, 3);
            canvas.setToolTipText(tooltip(m, row, i, timeAt(e.x)));
        }
    }

    /** An event's description with its time; else the lane's state with its start and duration; else the time. */
    static String tooltip(TimelineModel m, int row, int event, long timeNs) {
        if (event >= 0) {
            return EventText.describe(m.store(), event) + "\nat " + TimeFormat.instant(m.store().timeNs(event));
        }
        if (row < 0 || row >= m.layout().size()) {
            return TimeFormat.instant(timeNs);
        }
        org.natsume.timeline.core.TimelineLane lane = m.layout().rows().get(row);
        String state = org.natsume.timeline.core.StateTip.at(m.lod(), lane.lane(), timeNs);
        return lane.label() + (state != null ? ": " + state : "") + "\nat " + TimeFormat.instant(timeNs);
    }

    /** Right click: hide this lane, collapse (hide) every lane of its kind, or show all lanes again. */
    private void laneMenu(Event e) {
        TimelineModel m = model();
        if (m == null) {
            return;
        }
        org.eclipse.swt.graphics.Point p = canvas.toControl(e.x, e.y);
        int row = TimelineGeometry.rowAt(p.y, topRow);
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(canvas);
        if (row >= 0 && row < m.layout().size()) {
            org.natsume.timeline.core.TimelineLane lane = m.layout().rows().get(row);
            item(menu, "Hide lane '" + lane.label() + "'", () -> hideLanes(java.util.List.of(lane.lane())));
            org.natsume.trace.lod.LaneKind kind = lane.lane().kind();
            item(menu, "Collapse: hide all " + kind.name() + " lanes",
                    () -> hideLanes(m.lod().lanes().stream().filter(l -> l.kind() == kind).toList()));
        }
        int hidden = m.filter().hiddenLanes().size();
        org.eclipse.swt.widgets.MenuItem all = item(menu, "Show all lanes (" + hidden + " hidden)", () -> {
            m.setFilter(new org.natsume.timeline.core.TimelineFilter(m.filter().visibleKinds(), java.util.Set.of(), m.filter().journeys()));
            filterChanged();
        });
        all.setEnabled(hidden > 0);
        menu.setLocation(e.x, e.y);
        menu.setVisible(true);
    }

    private static org.eclipse.swt.widgets.MenuItem item(org.eclipse.swt.widgets.Menu menu, String text, Runnable r) {
        org.eclipse.swt.widgets.MenuItem i = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        i.setText(text);
        i.addListener(SWT.Selection, ev -> r.run());
        return i;
    }

    /** Hides lanes (tests call it; the lane menu does). */
    public void hideLanes(java.util.List<org.natsume.trace.lod.Lane> lanes) {
        TimelineModel m = model();
        org.natsume.timeline.core.TimelineFilter f = m.filter();
        for (org.natsume.trace.lod.Lane l : lanes) {
            f = f.withLaneHidden(l, true);
        }
        m.setFilter(f);
        filterChanged();
    }

    private void filterChanged() {
        topRow = 0;
        session.filterChanged();
        redraw();
    }

    private void mouseUp(Event e) {
        if (dragStartX < 0) {
            return;
        }
        boolean click = !dragMoved;
        boolean range = selectingRange;
        dragStartX = -1;
        selectingRange = false;
        if (range) {
            if (click) {
                clearRange();
            }
            changed();
        } else if (click) {
            clickAt(e.x, e.y);
        }
    }

    private long timeAt(int x) {
        return model().viewport().timeAt(x - TimelineGeometry.LABEL_WIDTH);
    }

    /** Selects the journey of the event nearest to (x, y) in that lane (within 4 px) and puts the step cursor on it. */
    private void clickAt(int x, int y) {
        TimelineModel m = model();
        int row = TimelineGeometry.rowAt(y, topRow);
        int i = m.eventAt(row, x - TimelineGeometry.LABEL_WIDTH, 4);
        int j = i >= 0 ? m.store().journey(i) : -1;
        int jrow = j >= 0 ? m.journeys().rowOfJourney(j) : -1;
        if (jrow < 0) {
            return;
        }
        session.select(jrow);
        int[] steps = m.navigator().steps(jrow);
        for (int k = 0; k < steps.length && steps[k] != i; k++) {
            session.stepWithinJourney(true);
        }
    }

    private void key(Event e) {
        TimelineModel m = model();
        if (m == null) {
            return;
        }
        int w = m.viewport().widthPx();
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> m.pan(-w / 10);
            case SWT.ARROW_RIGHT -> m.pan(w / 10);
            case SWT.HOME -> {
                Viewport v = m.viewport();
                long start = m.fullRange(w).fromNs();
                m.setViewport(new Viewport(start, start + v.spanNs(), w));
            }
            case SWT.END -> {
                Viewport v = m.viewport();
                long end = m.store().endNs();
                m.setViewport(new Viewport(end - v.spanNs(), end, w));
            }
            case SWT.ESC -> clearRange();
            case SWT.KEYPAD_ADD -> m.zoom(2, w / 2);
            case SWT.KEYPAD_SUBTRACT -> m.zoom(0.5, w / 2);
            default -> {
                switch (e.character) {
                    case '+', '=' -> m.zoom(2, w / 2);
                    case '-' -> m.zoom(0.5, w / 2);
                    case '0' -> m.setViewport(m.fullRange(w));
                    case 'n', 'N' -> {
                        session.step(true);
                        return;
                    }
                    case 'p', 'P' -> {
                        session.step(false);
                        return;
                    }
                    case ']' -> {
                        session.stepWithinJourney(true);
                        return;
                    }
                    case '[' -> {
                        session.stepWithinJourney(false);
                        return;
                    }
                    default -> {
                        return;
                    }
                }
            }
        }
        changed();
    }

    private void changed() {
        session.viewportChangedByUser();
        canvas.redraw();
    }
}
