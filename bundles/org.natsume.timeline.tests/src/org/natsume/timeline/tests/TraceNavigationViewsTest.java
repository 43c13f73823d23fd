package org.natsume.timeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.timeline.chart.ChartsView;
import org.natsume.timeline.chart.LatencyHistogram;
import org.natsume.timeline.core.Bookmarks;
import org.natsume.timeline.core.JourneyColumn;
import org.natsume.timeline.core.Viewport;
import org.natsume.timeline.handlers.SaveTraceHandler;
import org.natsume.timeline.stats.StatisticsView;
import org.natsume.timeline.ui.InterruptTraceView;
import org.natsume.timeline.ui.TimelineSession;
import org.natsume.timeline.ui.TimelineView;
import org.natsume.timeline.ui.Workbench;
import org.natsume.trace.TraceStore;
import org.natsume.trace.flight.FlightRecorder;
import org.natsume.trace.flight.KeptWindow;
import org.natsume.trace.io.TraceFileReader;
import org.natsume.trace.journey.JourneyTable;

/**
 * Issue 14's navigation in the running workbench, on a 30 ms trace of the flooded shared-line testbed: find over
 * journeys, sorting the Interrupt Trace table, bookmarks saved with the trace, a histogram bin and a Statistics row
 * selecting their journeys, and a flight-recorder trace listing its kept windows.
 */
class TraceNavigationViewsTest {

    private static TraceStore trace;

    @BeforeAll
    static void simulate() {
        trace = new TraceStore();
        new Simulation(ModelScenarios.config(ScenarioSpec.parse("C3-S-L-SH")), 1, trace, null).run(0, 30_000_000);
    }

    private static IWorkbenchWindow window() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(w);
        return w;
    }

    private static <T> T view(String id, Class<T> type) throws Exception {
        return type.cast(window().getActivePage().showView(id, null, IWorkbenchPage.VIEW_VISIBLE));
    }

    private static TimelineSession open(TraceStore store) {
        TimelineSession s = new TimelineSession("test trace", store, null);
        Workbench.show(window(), s);
        drain();
        return s;
    }

    private static void drain() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain
        }
    }

    @Test
    void findGoesToTheNextMatchingJourneyAndHighlightsIt() throws Exception {
        TimelineSession s = open(trace);
        TimelineView tv = view(TimelineView.ID, TimelineView.class);
        JourneyTable t = s.model().journeys();
        assertTrue(tv.find("latency > 5us && spurious == dom0", true, true), tv.findStatus());
        int first = s.model().selectedRow();
        assertTrue(t.latencyNs(first) > 5_000 && (t.spuriousMask(first) & 1) != 0, "the selected journey matches");
        assertTrue(s.searchHit() >= 0 && tv.findStatus().startsWith("Match at"), tv.findStatus());
        assertTrue(tv.find("latency > 5us && spurious == dom0", true, true));
        int second = s.model().selectedRow();
        assertTrue(second > first, "next goes forward: " + first + " then " + second);
        assertTrue(tv.find("latency > 5us && spurious == dom0", true, false));
        assertEquals(first, s.model().selectedRow(), "previous goes back");
        assertFalse(tv.find("latency > 12 parsecs", true, true));
        assertTrue(tv.findStatus().contains("parsecs"), "a bad expression is explained: " + tv.findStatus());
        tv.canvas().control().redraw();
        drain();
    }

    @Test
    void theInterruptTraceTableSortsOnEveryColumn() throws Exception {
        TimelineSession s = open(trace);
        InterruptTraceView v = view(InterruptTraceView.ID, InterruptTraceView.class);
        JourneyTable t = s.model().journeys();
        Table table = v.table();
        for (JourneyColumn c : JourneyColumn.values()) {
            v.sortBy(c);
            drain();
            assertEquals(t.rowCount(), table.getItemCount(), c + ": sorting keeps every row");
        }
        v.sortBy(JourneyColumn.LATENCY);
        v.sortBy(JourneyColumn.LATENCY); // again: descending
        drain();
        long max = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            max = Math.max(max, t.latencyNs(r));
        }
        assertEquals(max, t.latencyNs(v.rowAt(0)), "the worst latency is on top");
        assertEquals(JourneyColumn.LATENCY.text(t, v.rowAt(0)), table.getItem(0).getText(JourneyColumn.LATENCY.ordinal()));
        for (int i = 1; i < Math.min(200, table.getItemCount()); i++) {
            assertTrue(t.latencyNs(v.rowAt(i - 1)) >= t.latencyNs(v.rowAt(i)), "descending at " + i);
        }
        v.setExpression("device ~ nic-b && latency > 4us");
        drain();
        for (int i = 0; i < table.getItemCount(); i++) {
            assertTrue(t.latencyNs(v.rowAt(i)) > 4_000 && s.store().metadata().deviceName(t.device(v.rowAt(i))).contains("nic-b"));
        }
        assertTrue(table.getItemCount() > 0 && table.getItemCount() < t.rowCount(), v.countText());
        v.setExpression("");
        drain();
    }

    @Test
    void bookmarksAreSavedWithTheTraceAndComeBackWhenItIsOpened() throws Exception {
        TimelineSession s = open(trace);
        TimelineView tv = view(TimelineView.ID, TimelineView.class);
        s.select(5);
        tv.addBookmark("the sixth journey");
        assertEquals(1, s.bookmarks().size());
        Path file = Files.createTempFile("bookmarks", ".ntrace");
        try {
            SaveTraceHandler.save(s, file);
            TimelineSession reopened = open(new TraceFileReader().read(file));
            List<Bookmarks.Bookmark> marks = reopened.bookmarks().list();
            assertEquals(1, marks.size());
            assertEquals("the sixth journey", marks.get(0).label());
            assertEquals(s.model().journeys().journeyId(5), marks.get(0).journey());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aHistogramBinSelectsItsJourneys() throws Exception {
        TimelineSession s = open(trace);
        ChartsView charts = view(ChartsView.ID, ChartsView.class);
        InterruptTraceView v = view(InterruptTraceView.ID, InterruptTraceView.class);
        JourneyTable t = s.model().journeys();
        int worst = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            worst = t.latencyNs(r) > t.latencyNs(worst) ? r : worst;
        }
        int bin = LatencyHistogram.bin(t.latencyNs(worst));
        assertTrue(charts.pickBin(bin));
        drain();
        int[] expected = LatencyHistogram.rowsIn(t, bin);
        assertEquals(expected.length, v.table().getItemCount(), v.countText());
        for (int i = 0; i < v.table().getItemCount(); i++) {
            assertEquals(bin, LatencyHistogram.bin(t.latencyNs(v.rowAt(i))));
        }
        assertTrue(v.countText().contains("picked: latency"), v.countText());
        s.selectJourneys(null, null);
        drain();
        assertEquals(t.rowCount(), v.table().getItemCount(), "showing all again");
    }

    @Test
    void aStatisticsRowSelectsItsJourneys() throws Exception {
        TimelineSession s = open(trace);
        s.model().setViewport(s.model().fullRange(s.model().viewport().widthPx()));
        StatisticsView stats = view(StatisticsView.ID, StatisticsView.class);
        InterruptTraceView v = view(InterruptTraceView.ID, InterruptTraceView.class);
        stats.refresh();
        assertTrue(stats.rows().size() >= 5, "devices, GSIs and domains: " + stats.rows());
        int nicB = -1;
        for (int i = 0; i < stats.rows().size(); i++) {
            if (stats.rows().get(i).label().startsWith("nic-b")) {
                nicB = i;
            }
        }
        assertTrue(nicB >= 0);
        stats.pick(nicB);
        drain();
        assertEquals(stats.rows().get(nicB).journeys(), v.table().getItemCount());
        s.selectJourneys(null, null);
        drain();
    }

    @Test
    void aFlightRecorderTraceListsItsKeptWindows() {
        FlightRecorder rec = new FlightRecorder(3, 200_000, 100_000_000);
        new Simulation(ModelScenarios.config(ScenarioSpec.parse("C3-S-L-SH")), 1, rec, null).run(0, 20_000_000);
        TimelineSession s = open(rec.finish());
        assertEquals(6, s.keptWindows().size(), "3 worst by latency, 3 by line-blocked time");
        assertTrue(s.store().size() > 0);

        KeptWindow w = s.keptWindows().get(0);
        s.showKeptWindow(w);
        drain();
        Viewport v = s.model().viewport();
        assertTrue(v.fromNs() <= w.fromNs() && v.toNs() >= w.toNs() - 1, "the whole kept window is in view: " + v + " " + w);
        assertEquals(w.journey(), s.model().journeys().journeyId(s.model().selectedRow()), "its journey is selected");
    }
}
