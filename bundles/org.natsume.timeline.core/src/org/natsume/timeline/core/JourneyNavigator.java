package org.natsume.timeline.core;

import java.util.Arrays;

import org.natsume.trace.TraceStore;
import org.natsume.trace.journey.JourneyFilter;
import org.natsume.trace.journey.JourneySelection;
import org.natsume.trace.journey.JourneyTable;

/**
 * Steps through journeys the way the Interrupt Trace view does (issue: "Step to next/previous journey"): between
 * journeys that pass the filter, in time order, and through the steps of one journey (device → IO-APIC → CPU → Xen →
 * each notified guest → EOI, domain.md §3.2). The filtered selection is recomputed only when the filter changes or
 * the table has grown.
 */
public final class JourneyNavigator {

    private final JourneyTable table;
    private JourneyFilter filter = JourneyFilter.ALL;
    private org.natsume.timeline.core.query.JourneyQuery query;
    /** Rows picked elsewhere (a Statistics row, a histogram bin), sorted; null for all. */
    private int[] subset;
    private JourneySelection selection;
    private int selectionRows = -1;

    public JourneyNavigator(JourneyTable table) {
        this.table = table;
    }

    public JourneyTable table() {
        return table;
    }

    public JourneyFilter filter() {
        return filter;
    }

    public void setFilter(JourneyFilter f) {
        if (!f.equals(filter)) {
            filter = f;
            selection = null;
        }
    }

    /** Also keep only journeys matching an expression (the Interrupt Trace view's filter field); null for none. */
    public void setQuery(org.natsume.timeline.core.query.JourneyQuery q) {
        org.natsume.timeline.core.query.JourneyQuery next = q == null || q.matchesAll() ? null : q;
        if (next != query) {
            query = next;
            selection = null;
        }
    }

    public org.natsume.timeline.core.query.JourneyQuery query() {
        return query;
    }

    /** Keep only these journey rows (a Statistics row or a histogram bin selects them); null shows all again. */
    public void setSubset(int[] rows) {
        subset = rows == null ? null : Arrays.stream(rows).sorted().distinct().toArray();
        selection = null;
    }

    /** The picked rows, or null. */
    public int[] subset() {
        return subset == null ? null : subset.clone();
    }

    /** The rows passing the filter and the expression (a virtual table's contents). */
    public JourneySelection selection() {
        if (selection == null || selectionRows != table.rowCount()) {
            selectionRows = table.rowCount();
            JourneySelection s = table.select(filter);
            org.natsume.timeline.core.query.JourneyQuery q = query;
            selection = q == null ? s : s.filter(r -> q.test(table, r));
            int[] only = subset;
            if (only != null) {
                selection = selection.filter(r -> Arrays.binarySearch(only, r) >= 0);
            }
        }
        return selection;
    }

    /** The next journey row after row that passes the filter, or -1. row = -1 gives the first. */
    public int next(int row) {
        return selection().next(row);
    }

    /** The previous journey row before row that passes the filter, or -1. */
    public int previous(int row) {
        return selection().previous(row);
    }

    /** The first journey passing the filter that starts at or after timeNs, or -1 (step from the timeline cursor). */
    public int nextAt(long timeNs) {
        return selection().next(table.rowAtOrAfter(timeNs) - 1);
    }

    /** The last journey passing the filter that starts before timeNs, or -1. */
    public int previousBefore(long timeNs) {
        return selection().previous(table.rowAtOrAfter(timeNs));
    }

    /** Event indices of the steps of a journey row, in time order. */
    public int[] steps(int row) {
        TraceStore store = table.store();
        int[] out = new int[16];
        int n = 0;
        for (int i = store.journeyFirstEvent(table.journeyId(row)); i >= 0; i = store.nextInJourney(i)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    /** A viewport of the given width showing the whole journey with a margin of a tenth of its duration each side. */
    public Viewport viewportFor(int row, int widthPx) {
        TraceStore store = table.store();
        int j = table.journeyId(row);
        long start = store.timeNs(store.journeyFirstEvent(j));
        long end = store.timeNs(store.journeyLastEvent(j));
        long margin = Math.max(Viewport.MIN_SPAN_NS, (end - start) / 10);
        return new Viewport(start - margin, end + margin, widthPx);
    }
}
