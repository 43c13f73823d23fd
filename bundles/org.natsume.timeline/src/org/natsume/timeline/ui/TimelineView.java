package org.natsume.timeline.ui;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.natsume.timeline.core.TimeParser;
import org.natsume.timeline.core.Bookmarks;
import org.natsume.timeline.core.TimeFormat;
import org.natsume.timeline.core.TimelineModel;
import org.natsume.timeline.core.Viewport;
import org.natsume.timeline.live.LiveRun;

/**
 * The Timeline view (issue "Timeline view"): lanes per PCPU, domain and VCPU, GSI and device, interrupt journeys as
 * linked marks, time ruler, zoom/pan/range/go-to-time, and the live run's pause/resume/cancel. Shows the current
 * {@link TimelineSession}; publishes the selected journey as a {@link org.natsume.timeline.JourneySelection}.
 */
public final class TimelineView extends ViewPart {

    public static final String ID = "org.natsume.timeline.view";

    private TimelineCanvas canvas;
    private Label status;
    private final JourneySelectionProvider selection = new JourneySelectionProvider();
    private final TimelineSession.Listener listener = this::changed;
    private IAction pauseResume;
    private IAction cancel;
    private IAction follow;
    private FindBar find;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);
        find = new FindBar(parent);
        canvas = new TimelineCanvas(parent);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        getSite().setSelectionProvider(selection);
        makeActions();
        TimelineSession.addListener(listener);
        canvas.setSession(TimelineSession.current());
        updateStatus();
        updateActions();
    }

    private void makeActions() {
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        pauseResume = action("Pause", "Pause or resume the live simulation (Run > Pause / Resume)", () -> {
            LiveRun r = run();
            if (r != null && r.state() == LiveRun.State.PAUSED) {
                r.resume();
            } else if (r != null) {
                r.pause();
            }
        });
        cancel = action("Cancel", "Cancel the live simulation", () -> {
            LiveRun r = run();
            if (r != null) {
                r.cancel();
            }
        });
        follow = new Action("Follow", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                TimelineSession s = TimelineSession.current();
                if (s != null) {
                    s.setFollowLive(isChecked());
                }
            }
        };
        follow.setToolTipText("Keep the view at the live edge of the running simulation");
        tb.add(pauseResume);
        tb.add(cancel);
        tb.add(follow);
        tb.add(new Separator());
        tb.add(action("Fit", "Show the whole trace (0)", () -> withModel(m -> m.setViewport(m.fullRange(m.viewport().widthPx())))));
        tb.add(action("Go to...", "Go to a time (centre the view on it)", this::goToTime));
        tb.add(new Separator());
        tb.add(action("◀ Journey", "Previous journey passing the Interrupt Trace filters (P)", () -> step(true, false)));
        tb.add(action("Journey ▶", "Next journey passing the Interrupt Trace filters (N)", () -> step(true, true)));
        tb.add(action("◀ Step", "Previous step of the selected journey ([)", () -> step(false, false)));
        tb.add(action("Step ▶", "Next step of the selected journey (])", () -> step(false, true)));
        tb.add(new Separator());
        tb.add(action("Find", "Find events or journeys by an expression, e.g. latency > 10us (Ctrl+F)", this::openFind));
        tb.add(action("Bookmark", "Bookmark the current step (or the view's centre) with a label",
                this::addBookmark));
        tb.add(action("Marks...", "List the bookmarks and, for a flight-recorder trace, its kept windows; jump to one",
                this::showMarks));
        IAction legend = new Action("Legend", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                canvas.setLegend(isChecked());
            }
        };
        legend.setToolTipText("Show what the colours of states and events mean");
        tb.add(legend);
        IAction absolute = new Action("ns", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                TimeFormat.setAbsoluteNs(isChecked());
                TimelineSession s = TimelineSession.current();
                if (s != null) {
                    s.filterChanged();
                }
                canvas.redraw();
                updateStatus();
            }
        };
        absolute.setToolTipText("Show times as absolute ns instead of µs/ms from the trace's start");
        tb.add(absolute);
    }

    /** Opens the find bar (Ctrl+F). */
    public void openFind() {
        find.open();
    }

    /** Sets the find expression and goes to the next (or previous) hit; the find bar's status says what happened. */
    public boolean find(String expression, boolean journeys, boolean forward) {
        if (!find.isOpen()) {
            find.open();
        }
        find.set(expression, journeys);
        return find.find(forward);
    }

    public String findStatus() {
        return find.status();
    }

    /** Asks for a label and bookmarks the current step, or the view's centre. */
    public void addBookmark() {
        TimelineSession s = TimelineSession.current();
        if (s == null) {
            return;
        }
        InputDialog d = new InputDialog(getSite().getShell(), "Add Bookmark", "Label of the bookmark:", defaultBookmarkLabel(s), null);
        if (d.open() == Window.OK) {
            addBookmark(d.getValue());
        }
    }

    /** Bookmarks the current step (or the view's centre) with label. */
    public void addBookmark(String label) {
        TimelineSession s = TimelineSession.current();
        if (s == null) {
            return;
        }
        int step = s.stepEvent();
        long t = step >= 0 ? s.store().timeNs(step) : (s.model().viewport().fromNs() + s.model().viewport().toNs()) / 2;
        int journey = step >= 0 ? s.store().journey(step) : -1;
        s.bookmarks().add(new Bookmarks.Bookmark(t, journey, label));
        s.bookmarksChanged();
        status.setText("Bookmarked " + TimeFormat.instant(t) + (label.isEmpty() ? "" : ": " + label)
                + ". File > Save Trace As saves bookmarks with the trace.");
    }

    private static String defaultBookmarkLabel(TimelineSession s) {
        int step = s.stepEvent();
        return step >= 0 ? org.natsume.timeline.core.EventText.describe(s.store(), step) : "";
    }

    public void showMarks() {
        TimelineSession s = TimelineSession.current();
        if (s != null) {
            new MarksDialog(getSite().getShell(), s).open();
        }
    }

    private static IAction action(String text, String tip, Runnable r) {
        Action a = new Action(text) {
            @Override
            public void run() {
                r.run();
            }
        };
        a.setToolTipText(tip);
        return a;
    }

    private static LiveRun run() {
        TimelineSession s = TimelineSession.current();
        return s == null ? null : s.run();
    }

    private void withModel(java.util.function.Consumer<TimelineModel> c) {
        TimelineSession s = TimelineSession.current();
        if (s != null) {
            c.accept(s.model());
            s.viewportChangedByUser();
        }
    }

    private void step(boolean betweenJourneys, boolean forward) {
        TimelineSession s = TimelineSession.current();
        if (s == null) {
            return;
        }
        boolean moved = betweenJourneys ? s.step(forward) : s.stepWithinJourney(forward);
        if (!moved) {
            status.setText((betweenJourneys ? "No " + (forward ? "next" : "previous") + " journey passes the filters"
                    : "No " + (forward ? "next" : "previous") + " step in this journey") + ".");
        }
    }

    /** "Go to time": centres the view on a time the user types, e.g. 12.5 ms. */
    public void goToTime() {
        TimelineSession s = TimelineSession.current();
        if (s == null) {
            return;
        }
        IInputValidator v = text -> {
            try {
                TimeParser.parseNs(text);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        };
        InputDialog d = new InputDialog(getSite().getShell(), "Go to Time",
                "Time to centre the timeline on (ns, µs, ms or s; plain numbers are µs):", "", v);
        if (d.open() == Window.OK) {
            goTo(TimeParser.parseNs(d.getValue()));
        }
    }

    /** Centres the viewport on timeNs, keeping the zoom. */
    public void goTo(long timeNs) {
        TimelineSession s = TimelineSession.current();
        if (s != null) {
            s.setFollowLive(false);
            s.goTo(timeNs);
            s.viewportChangedByUser();
        }
    }

    public TimelineCanvas canvas() {
        return canvas;
    }

    private void changed(TimelineSession s, TimelineSession.Change c) {
        if (canvas == null || canvas.control().isDisposed()) {
            return;
        }
        if (c == TimelineSession.Change.SESSION) {
            canvas.setSession(s);
        }
        if (c == TimelineSession.Change.SELECTION || c == TimelineSession.Change.SESSION) {
            selection.publish(s);
        }
        canvas.redraw();
        updateStatus();
        updateActions();
    }

    private void updateActions() {
        LiveRun r = run();
        boolean live = r != null && r.isLive();
        pauseResume.setEnabled(live);
        pauseResume.setText(r != null && r.state() == LiveRun.State.PAUSED ? "Resume" : "Pause");
        cancel.setEnabled(live);
        TimelineSession s = TimelineSession.current();
        follow.setEnabled(live);
        follow.setChecked(s != null && s.followLive() && live);
    }

    private void updateStatus() {
        TimelineSession s = TimelineSession.current();
        if (status == null || status.isDisposed()) {
            return;
        }
        if (s == null) {
            status.setText("No trace.");
            return;
        }
        StringBuilder b = new StringBuilder(s.title());
        b.append(" — ").append(String.format("%,d", s.store().size())).append(" events, ")
                .append(String.format("%,d", s.model().journeys().rowCount())).append(" journeys");
        LiveRun r = s.run();
        if (r != null) {
            b.append(" — ").append(switch (r.state()) {
                case RUNNING -> "running, at " + TimeFormat.duration(r.simTimeNs());
                case PAUSED -> "paused at " + TimeFormat.duration(r.simTimeNs())
                        + (r.pausedAt() != null ? " (" + BreakpointText.describe(r.pausedAt(), r, s.store().metadata()) + ")" : "");
                case FINISHED -> "finished";
                case CANCELLED -> "cancelled at " + TimeFormat.duration(r.simTimeNs());
                case FAILED -> "failed: " + r.failure();
            });
        }
        Viewport v = s.model().viewport();
        if (s.subsetLabel() != null) {
            b.append(" — showing journeys of ").append(s.subsetLabel());
        }
        b.append(" — view ").append(TimeFormat.instant(v.fromNs())).append(" … ").append(TimeFormat.instant(v.toNs()))
                .append(" (").append(TimeFormat.duration(v.spanNs())).append(')');
        if (canvas.rangeFromNs() >= 0 && canvas.rangeToNs() != canvas.rangeFromNs()) {
            b.append(" — range ").append(TimeFormat.duration(Math.abs(canvas.rangeToNs() - canvas.rangeFromNs())));
        }
        status.setText(b.toString());
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }

    @Override
    public void dispose() {
        TimelineSession.removeListener(listener);
        super.dispose();
    }
}
