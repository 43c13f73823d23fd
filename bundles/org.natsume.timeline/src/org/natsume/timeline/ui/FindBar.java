package org.natsume.timeline.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.natsume.timeline.core.query.JourneyQuery;
import org.natsume.timeline.core.query.TraceSearch;

/**
 * The Timeline's find bar (Ctrl+F, as in Trace Compass): an expression over events or journeys
 * ({@link JourneyQuery}: {@code latency > 10us && domain == guestB}, or a word such as a device name), Enter or ▶ for
 * the next hit, Shift+Enter or ◀ for the previous one; hits are highlighted in the time graph and the current one is
 * selected with its journey. Esc closes it.
 */
final class FindBar {

    private final Composite bar;
    private final Text text;
    private final Combo scope;
    private final Label status;
    /** The expression and scope of the session's current search, so retyping the same one keeps the current hit. */
    private String applied;

    FindBar(Composite parent) {
        bar = new Composite(parent, SWT.NONE);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.exclude = true;
        bar.setLayoutData(gd);
        bar.setVisible(false);
        GridLayout l = new GridLayout(7, false);
        l.marginHeight = 2;
        bar.setLayout(l);
        new Label(bar, SWT.NONE).setText("Find:");
        text = new Text(bar, SWT.BORDER | SWT.SEARCH);
        text.setLayoutData(new GridData(360, SWT.DEFAULT));
        text.setMessage("e.g. latency > 10us && domain == guestB, or nic-b");
        scope = new Combo(bar, SWT.READ_ONLY);
        scope.setItems("events", "journeys");
        scope.select(1);
        Button prev = new Button(bar, SWT.PUSH);
        prev.setText("◀");
        prev.setToolTipText("Previous hit (Shift+Enter)");
        Button next = new Button(bar, SWT.PUSH);
        next.setText("▶");
        next.setToolTipText("Next hit (Enter)");
        Button close = new Button(bar, SWT.PUSH);
        close.setText("✕");
        close.setToolTipText("Close the find bar and clear the highlights (Esc)");
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.DefaultSelection, e -> find((e.stateMask & SWT.SHIFT) == 0));
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                close();
            }
        });
        text.addListener(SWT.Modify, e -> update());
        scope.addListener(SWT.Selection, e -> update());
        prev.addListener(SWT.Selection, e -> find(false));
        next.addListener(SWT.Selection, e -> find(true));
        close.addListener(SWT.Selection, e -> close());
    }

    Composite control() {
        return bar;
    }

    void open() {
        ((GridData) bar.getLayoutData()).exclude = false;
        bar.setVisible(true);
        bar.getParent().layout(true, true);
        text.setFocus();
        text.selectAll();
        update();
    }

    void close() {
        ((GridData) bar.getLayoutData()).exclude = true;
        bar.setVisible(false);
        bar.getParent().layout(true, true);
        TimelineSession s = TimelineSession.current();
        if (s != null) {
            s.setSearch(null);
        }
    }

    boolean isOpen() {
        return bar.isVisible();
    }

    /** Sets the expression and scope (tests; the same as typing them). */
    void set(String expression, boolean journeys) {
        scope.select(journeys ? 1 : 0);
        text.setText(expression);
        update();
    }

    String status() {
        return status.getText();
    }

    /**
     * Parses the expression into the session's search; a bad one is shown, not thrown. The same expression and
     * scope as the current search leave it (and its current hit) alone, so "next" after setting it again moves on.
     */
    private boolean update() {
        TimelineSession s = TimelineSession.current();
        if (s == null) {
            status.setText("No trace.");
            return false;
        }
        String key = scope.getSelectionIndex() + ":" + text.getText();
        if (s.search() != null && key.equals(applied)) {
            return true;
        }
        applied = null;
        try {
            JourneyQuery q = JourneyQuery.parse(text.getText(), s.store().metadata());
            if (q.matchesAll()) {
                s.setSearch(null);
                status.setText("");
                return false;
            }
            TraceSearch.Scope sc = scope.getSelectionIndex() == 0 ? TraceSearch.Scope.EVENTS : TraceSearch.Scope.JOURNEYS;
            TraceSearch search = new TraceSearch(q, sc);
            s.setSearch(search);
            applied = key;
            status.setText(String.format("%,d %s match", search.count(s.model().journeys()), sc == TraceSearch.Scope.EVENTS ? "events" : "journeys"));
            return true;
        } catch (IllegalArgumentException e) {
            s.setSearch(null);
            status.setText(e.getMessage());
            return false;
        }
    }

    /** The next or previous hit; the status says when there is none. */
    boolean find(boolean forward) {
        TimelineSession s = TimelineSession.current();
        if (s == null || (s.search() == null && !update())) {
            return false;
        }
        boolean found = s.findNext(forward);
        if (!found) {
            status.setText("No " + (forward ? "next" : "previous") + " match.");
        } else {
            status.setText("Match at " + org.natsume.timeline.core.TimeFormat.instant(s.store().timeNs(s.searchHit())) + ": "
                    + org.natsume.timeline.core.EventText.describe(s.store(), s.searchHit()));
        }
        bar.layout();
        return found;
    }
}
