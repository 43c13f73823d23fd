package org.natsume.timeline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.natsume.timeline.core.TimeParser;
import org.natsume.timeline.core.JourneyColumn;
import org.natsume.timeline.core.TimelineModel;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.journey.JourneyFilter;
import org.natsume.trace.journey.JourneySelection;

/**
 * The Interrupt Trace view (issue "Interrupt Trace view"): a virtual table ({@code SWT.VIRTUAL}) of the journeys
 * passing the filters — device, GSI, notified domain, spurious, latency at or above a bound — fast with millions of
 * rows because cells are computed only for the rows on screen from the journey table's columns. Selecting a row
 * moves the timeline onto that journey and publishes it; the toolbar (and N/P in the timeline) steps to the
 * next/previous journey.
 */
public final class InterruptTraceView extends ViewPart {

    public static final String ID = "org.natsume.timeline.traceView";

    private static final JourneyColumn[] COLUMNS = JourneyColumn.values();
    /** Above this many rows a filter change recreates the table widget rather than emptying it. */
    private static final int LARGE = 20_000;

    private Table table;
    private Combo device;
    private Combo gsi;
    private Combo domain;
    private Combo spurious;
    private Text minLatency;
    private Text expression;
    private Label count;
    /** Sort order: table rows in display order, or null for time order; and the inverse (row → index). */
    private int[] order;
    private int[] orderIndex;
    private JourneyColumn sortColumn;
    private boolean sortAscending = true;
    private String expressionError;
    private final List<Integer> gsiValues = new ArrayList<>();
    private JourneySelection rows;
    private final JourneySelectionProvider selection = new JourneySelectionProvider();
    private final TimelineSession.Listener listener = this::changed;
    private boolean updatingSelection;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filters.setLayout(new GridLayout(6, false));
        device = combo(filters, "Device:");
        gsi = combo(filters, "GSI:");
        domain = combo(filters, "Domain:");
        spurious = combo(filters, "Spurious:");
        spurious.setItems("any", "yes", "no");
        spurious.select(0);
        new Label(filters, SWT.NONE).setText("Latency ≥ (µs):");
        minLatency = new Text(filters, SWT.BORDER);
        minLatency.setLayoutData(new GridData(60, SWT.DEFAULT));
        minLatency.addListener(SWT.Modify, e -> applyFilter());
        new Label(filters, SWT.NONE).setText("Filter:");
        expression = new Text(filters, SWT.BORDER | SWT.SEARCH);
        GridData eg = new GridData(SWT.FILL, SWT.CENTER, true, false);
        eg.widthHint = 260;
        expression.setLayoutData(eg);
        expression.setMessage("expression, e.g. blocked > 5us && device ~ nic-b");
        expression.setToolTipText("Fields: kind, device, gsi, cpu, domain, spurious, latency, blocked, journey, time;"
                + " operators == != < <= > >= ~; and, or, not, parentheses; a bare word matches names");
        expression.addListener(SWT.Modify, e -> applyFilter());
        count = new Label(parent, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        createTable(parent);
        getSite().setSelectionProvider(selection);
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        tb.add(action("◀ Previous", "Previous journey passing the filters", false));
        tb.add(action("Next ▶", "Next journey passing the filters", true));
        Action all = new Action("Show All") {
            @Override
            public void run() {
                showAll();
            }
        };
        all.setToolTipText("Clear the filters and the journeys picked in the Statistics view or the histogram");
        tb.add(all);
        TimelineSession.addListener(listener);
        sessionChanged(TimelineSession.current());
    }

    /** The virtual table; recreated when a filter change would shrink a large one (see {@link #refreshRows}). */
    private void createTable(Composite parent) {
        table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        // the widest instant a run of an hour prints, at ns precision ("3600.000000001 s"), plus the cell's margins
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        int timeWidth = gc.textExtent("0000.000000000 s").x + 24;
        gc.dispose();
        for (JourneyColumn c : COLUMNS) {
            boolean number = c == JourneyColumn.TIME || c == JourneyColumn.LATENCY || c == JourneyColumn.LINE_BLOCKED;
            TableColumn col = new TableColumn(table, number ? SWT.RIGHT : SWT.LEFT);
            col.setText(c.title());
            col.setToolTipText("Click to sort by " + c.title().toLowerCase() + "; again to reverse");
            col.addListener(SWT.Selection, e -> sortBy(c));
            col.setWidth(switch (c) {
                case DEVICE -> 170;
                case NOTIFIED -> 200;
                case SPURIOUS -> 150;
                case GSI -> 50;
                case TIME -> timeWidth;
                default -> 90;
            });
            }
            table.addListener(SWT.SetData, this::setData);
            table.addListener(SWT.Selection, e -> tableSelected());
    }

    private Action action(String text, String tip, boolean forward) {
        Action a = new Action(text) {
            @Override
            public void run() {
                TimelineSession s = TimelineSession.current();
                if (s != null) {
                    s.step(forward);
                }
            }
        };
        a.setToolTipText(tip);
        return a;
    }

    private Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.setLayoutData(new GridData(160, SWT.DEFAULT));
        c.addListener(SWT.Selection, e -> applyFilter());
        return c;
    }

    public Table table() {
        return table;
    }

    /** Sorts the shown journeys by a column; the same column again reverses the order. */
    public void sortBy(JourneyColumn c) {
        sortAscending = c == sortColumn ? !sortAscending : true;
        sortColumn = c;
        resort();
        table.setSortColumn(table.getColumn(c.ordinal()));
        table.setSortDirection(sortAscending ? SWT.UP : SWT.DOWN);
        table.clearAll();
        TimelineSession s = TimelineSession.current();
        if (s != null) {
            showSelection(s);
        }
    }

    private void resort() {
        TimelineSession s = TimelineSession.current();
        if (sortColumn == null || s == null || rows == null || sortColumn == JourneyColumn.TIME && sortAscending) {
            order = null;
            orderIndex = null;
            return;
        }
        order = org.natsume.timeline.core.JourneyOrder.sort(s.model().journeys(), rows.toArray(), sortColumn, sortAscending);
        orderIndex = new int[s.model().journeys().rowCount()];
        java.util.Arrays.fill(orderIndex, -1);
        for (int k = 0; k < order.length; k++) {
            orderIndex[order[k]] = k;
        }
    }

    /** Table row shown at display index i. */
    public int rowAt(int i) {
        return order != null ? order[i] : rows.row(i);
    }

    private int indexOf(int row) {
        if (order != null) {
            return row < orderIndex.length ? orderIndex[row] : -1;
        }
        return rows.indexOfRow(row);
    }

    /** The filter expression (tests, and the same as typing it). */
    public void setExpression(String text) {
        expression.setText(text);
    }

    public String countText() {
        return count.getText();
    }

    private void showAll() {
        TimelineSession s = TimelineSession.current();
        expression.setText("");
        if (s != null) {
            s.model().navigator().setSubset(null);
            s.selectJourneys(null, null);
        }
        setFilter(-1, -1, null, "");
    }

    private void setData(Event e) {
        TimelineSession s = TimelineSession.current();
        TableItem item = (TableItem) e.item;
        int index = table.indexOf(item);
        if (s == null || rows == null || index < 0 || index >= rows.size()) {
            return;
        }
        int row = rowAt(index);
        String[] cells = new String[COLUMNS.length];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = COLUMNS[c].text(s.model().journeys(), row);
        }
        item.setText(cells);
        if (s.model().journeys().spuriousMask(row) != 0) {
            item.setForeground(JourneyColumn.SPURIOUS.ordinal(), TimelineColors.of(org.natsume.timeline.core.MarkStyle.SPURIOUS));
        }
    }

    private void tableSelected() {
        TimelineSession s = TimelineSession.current();
        int index = table.getSelectionIndex();
        if (s == null || rows == null || index < 0 || index >= rows.size() || updatingSelection) {
            return;
        }
        s.select(rowAt(index));
    }

    private void changed(TimelineSession s, TimelineSession.Change c) {
        if (table == null || table.isDisposed()) {
            return;
        }
        switch (c) {
            case SESSION -> sessionChanged(s);
            case DATA, RUN_STATE -> refreshRows(false);
            case FILTER -> refreshRows(true);
            case SELECTION -> showSelection(s);
            default -> {
            }
        }
    }

    private void sessionChanged(TimelineSession s) {
        gsiValues.clear();
        rows = null;
        if (s == null) {
            device.setItems("any");
            gsi.setItems("any");
            domain.setItems("any");
        } else {
            TraceMetadata m = s.store().metadata();
            List<String> devs = new ArrayList<>(List.of("any"));
            for (int d = 0; d < m.devices().size(); d++) {
                devs.add(m.deviceName(d) + (m.deviceBdf(d).isEmpty() ? "" : " " + m.deviceBdf(d)));
            }
            device.setItems(devs.toArray(String[]::new));
            List<String> gsis = new ArrayList<>(List.of("any"));
            for (Map.Entry<Integer, String> g : m.gsiNames().entrySet()) {
                gsiValues.add(g.getKey());
                gsis.add(g.getValue());
            }
            gsi.setItems(gsis.toArray(String[]::new));
            List<String> doms = new ArrayList<>(List.of("any"));
            doms.addAll(m.domainNames());
            domain.setItems(doms.toArray(String[]::new));
        }
        device.select(0);
        gsi.select(0);
        domain.select(0);
        spurious.select(0);
        minLatency.setText("");
        getParentComposite().layout(true, true);
        applyFilter();
    }

    private Composite getParentComposite() {
        return table.getParent();
    }

    /** The filter the controls describe; a bad latency bound is shown in the count label and ignored. */
    JourneyFilter filterFromControls() {
        JourneyFilter f = JourneyFilter.ALL;
        if (device.getSelectionIndex() > 0) {
            f = f.withDevice(device.getSelectionIndex() - 1);
        }
        if (gsi.getSelectionIndex() > 0) {
            f = f.withGsi(gsiValues.get(gsi.getSelectionIndex() - 1));
        }
        if (domain.getSelectionIndex() > 0) {
            f = f.withDomain(domain.getSelectionIndex() - 1);
        }
        if (spurious.getSelectionIndex() > 0) {
            f = f.withSpurious(spurious.getSelectionIndex() == 1);
        }
        String lat = minLatency.getText().trim();
        if (!lat.isEmpty()) {
            try {
                f = f.withMinLatencyNs(TimeParser.parseNs(lat));
            } catch (IllegalArgumentException e) {
                count.setText(e.getMessage());
            }
        }
        return f;
    }

    /** Sets the filter controls (tests, and "show spurious journeys to the RT-VM" from elsewhere). */
    public void setFilter(int deviceIndex, int domainIndex, Boolean spuriousOnly, String minLatencyText) {
        device.select(deviceIndex + 1);
        domain.select(domainIndex + 1);
        spurious.select(spuriousOnly == null ? 0 : spuriousOnly ? 1 : 2);
        minLatency.setText(minLatencyText == null ? "" : minLatencyText);
        applyFilter();
    }

    private void applyFilter() {
        TimelineSession s = TimelineSession.current();
        if (table == null) {
            return;
        }
        if (s == null) {
            table.removeAll();
            count.setText("");
            return;
        }
        TimelineModel m = s.model();
        m.setFilter(m.filter().withJourneys(filterFromControls()));
        expressionError = null;
        try {
            m.navigator().setQuery(org.natsume.timeline.core.query.JourneyQuery.parse(expression.getText(), s.store().metadata()));
        } catch (IllegalArgumentException e) {
            expressionError = e.getMessage();
            m.navigator().setQuery(null);
        }
        s.filterChanged();
    }

    private void refreshRows(boolean reset) {
        TimelineSession s = TimelineSession.current();
        if (s == null) {
            table.removeAll();
            return;
        }
        int before = rows == null ? 0 : rows.size();
        rows = s.model().navigator().selection();
        if (sortColumn != null && (reset || rows.size() != before)) {
            resort();
        }
        if (reset) {
            // GTK removes rows one at a time when a count shrinks (quadratic), and even clearing a model of hundreds of
            // thousands of rows signals each row to the view: a large table is replaced by a new widget instead
            if (table.getItemCount() > LARGE) {
                // a fresh widget: its rows are freed with it, without the per-row signals of removing them
                Composite parent = table.getParent();
                table.dispose();
                createTable(parent);
                table.moveBelow(count);
                parent.layout(true, true);
            } else if (rows.size() < table.getItemCount()) {
                table.removeAll();
            }
            table.setItemCount(rows.size());
            table.clearAll();
        } else {
            if (rows.size() != before) {
                table.setItemCount(rows.size());
            }
            // rows of journeys still in flight change: refresh only what is on screen
            int top = table.getTopIndex();
            int visible = table.getClientArea().height / Math.max(1, table.getItemHeight()) + 2;
            int end = Math.min(rows.size() - 1, top + visible);
            if (end >= top) {
                table.clear(top, end);
            }
        }
        count.setText(String.format("%,d of %,d journeys pass the filters", rows.size(), s.model().journeys().rowCount())
                + (s.subsetLabel() != null ? " (picked: " + s.subsetLabel() + "; Show All clears)" : "")
                + (expressionError != null ? " — filter expression ignored: " + expressionError : ""));
        count.getParent().layout();
        showSelection(s);
    }

    private void showSelection(TimelineSession s) {
        if (s == null || rows == null) {
            return;
        }
        int row = s.model().selectedRow();
        int index = row >= 0 ? indexOf(row) : -1;
        updatingSelection = true;
        try {
            if (index >= 0) {
                if (table.getSelectionIndex() != index) {
                    table.setSelection(index);
                    table.showSelection();
                }
            } else {
                table.deselectAll();
            }
        } finally {
            updatingSelection = false;
        }
        selection.publish(s);
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
