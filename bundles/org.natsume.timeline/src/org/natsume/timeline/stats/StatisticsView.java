package org.natsume.timeline.stats;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.natsume.timeline.core.TimeFormat;
import org.natsume.timeline.core.Viewport;
import org.natsume.timeline.core.stats.RangeStatistics;
import org.natsume.timeline.core.stats.RangeStatistics.Row;
import org.natsume.timeline.ui.TimelineSession;
import org.natsume.timeline.ui.TimelineView;

/**
 * The Statistics view (Trace Compass's statistics for a time range): per device, GSI and domain, own and spurious
 * interrupts, latency min / mean / p50 / p99 / p99.9 / max, line-blocked time and IPIs by kind, over the Timeline's
 * visible range or its Shift+drag selection. Clicking a row shows only that row's journeys in the Interrupt Trace
 * view and steps the timeline through them. The numbers come from {@link RangeStatistics} (headless, tested).
 */
public final class StatisticsView extends ViewPart {

    public static final String ID = "org.natsume.timeline.statisticsView";

    private static final String[] COLUMNS = {"Group", "Name", "Journeys", "Own", "Spurious", "Min", "Mean", "p50", "p99", "p99.9",
        "Max", "Line blocked", "Kick IPIs", "EOI IPIs", "Tickle IPIs"};

    private Table table;
    private Label scope;
    private List<Row> rows = List.of();
    private boolean useSelection;
    /** Follows the trace and the visible range, but not while a picked row's journeys are being stepped through. */
    private final TimelineSession.Listener listener = (s, c) -> {
        boolean picking = s != null && s.subsetLabel() != null;
        if (c == TimelineSession.Change.SESSION || c == TimelineSession.Change.DATA || c == TimelineSession.Change.RUN_STATE
                || c == TimelineSession.Change.VIEWPORT && !picking) {
            refreshSoon();
        }
    };
    private boolean pending;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout l = new GridLayout(1, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        parent.setLayout(l);
        scope = new Label(parent, SWT.NONE);
        scope.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int c = 0; c < COLUMNS.length; c++) {
            TableColumn col = new TableColumn(table, c < 2 ? SWT.LEFT : SWT.RIGHT);
            col.setText(COLUMNS[c]);
            col.setWidth(c == 1 ? 220 : c == 0 ? 70 : 80);
        }
        table.addListener(SWT.Selection, e -> pick(table.getSelectionIndex()));
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        IAction sel = new Action("Selection", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                useSelection = isChecked();
                refresh();
            }
        };
        sel.setToolTipText("Statistics of the Timeline's Shift+drag range instead of its visible range");
        tb.add(sel);
        tb.add(new Action("Refresh") {
            @Override
            public void run() {
                refresh();
            }
        });
        TimelineSession.addListener(listener);
        refresh();
    }

    public Table table() {
        return table;
    }

    public List<Row> rows() {
        return rows;
    }

    public String scopeText() {
        return scope.getText();
    }

    private void refreshSoon() {
        if (pending || table.isDisposed()) {
            return;
        }
        pending = true;
        table.getDisplay().timerExec(150, () -> {
            pending = false;
            if (!table.isDisposed()) {
                refresh();
            }
        });
    }

    /** Recomputes the rows for the visible range (or the Timeline's range selection). */
    public void refresh() {
        TimelineSession s = TimelineSession.current();
        table.removeAll();
        if (s == null) {
            rows = List.of();
            scope.setText("No trace.");
            return;
        }
        long[] range = range(s);
        RangeStatistics st = RangeStatistics.of(s.model().journeys(), range[0], range[1]);
        rows = st.rows();
        scope.setText(String.format("%s %s … %s: %,d journeys. Click a row to show its journeys in the Interrupt Trace view.",
                range[2] == 1 ? "Selection" : "Visible range", TimeFormat.instant(range[0]), TimeFormat.instant(range[1]),
                st.journeys()));
        for (Row r : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {r.group().name().toLowerCase(), r.label(), Integer.toString(r.journeys()), Long.toString(r.own()),
                Long.toString(r.spurious()), d(r.minNs()), r.latencyCount() == 0 ? "" : TimeFormat.duration(Math.round(r.meanNs())),
                d(r.p50Ns()), d(r.p99Ns()), d(r.p999Ns()), d(r.maxNs()), TimeFormat.duration(r.lineBlockedNs()),
                Long.toString(r.ipi(0)), Long.toString(r.ipi(1)), Long.toString(r.ipi(2))});
        }
        scope.getParent().layout();
    }

    private static String d(long ns) {
        return ns < 0 ? "" : TimeFormat.duration(ns);
    }

    /** [from, to, 1 when it is the range selection]. */
    private long[] range(TimelineSession s) {
        if (useSelection) {
            TimelineView tv = (TimelineView) getSite().getPage().findView(TimelineView.ID);
            if (tv != null && tv.canvas().rangeFromNs() >= 0 && tv.canvas().rangeToNs() != tv.canvas().rangeFromNs()) {
                long a = Math.min(tv.canvas().rangeFromNs(), tv.canvas().rangeToNs());
                long b = Math.max(tv.canvas().rangeFromNs(), tv.canvas().rangeToNs());
                return new long[] {a, b, 1};
            }
        }
        Viewport v = s.model().viewport();
        return new long[] {v.fromNs(), v.toNs(), 0};
    }

    /** Shows the journeys of row i in the Interrupt Trace view and steps the timeline through them. */
    public void pick(int i) {
        TimelineSession s = TimelineSession.current();
        if (s == null || i < 0 || i >= rows.size()) {
            return;
        }
        Row r = rows.get(i);
        s.selectJourneys(r.journeyRows(), r.group().name().toLowerCase() + " " + r.label());
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        TimelineSession.removeListener(listener);
        super.dispose();
    }
}
