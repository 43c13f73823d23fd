package org.natsume.timeline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.timeline.core.Bookmarks;
import org.natsume.timeline.core.Bookmarks.Bookmark;
import org.natsume.timeline.core.JourneyColumn;
import org.natsume.timeline.core.JourneyOrder;
import org.natsume.timeline.core.TimeFormat;
import org.natsume.timeline.core.query.JourneyQuery;
import org.natsume.timeline.core.query.QueryException;
import org.natsume.timeline.core.query.TraceSearch;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.io.TraceFileReader;
import org.natsume.trace.io.TraceFileWriter;
import org.natsume.trace.journey.JourneyTable;
import org.natsume.trace.tests.SharedLineTrace;

/** Search expressions, find next/previous, sorting and bookmarks on the hand-written shared-line trace. */
class NavigationModelTest {

    @TempDir
    Path dir;

    private static List<Integer> journeys(String expr) {
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        JourneyQuery q = JourneyQuery.parse(expr, t.store().metadata());
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (q.test(t, r)) {
                out.add(t.journeyId(r));
            }
        }
        return out;
    }

    @Test
    void expressionsSelectJourneysByTheTracesNames() {
        assertEquals(List.of(0, 1, 2), journeys(""));
        assertEquals(List.of(1), journeys("latency > 1us"));
        assertEquals(List.of(0, 1), journeys("latency >= 900 ns"));
        assertEquals(List.of(0, 2), journeys("spurious == guestB"));
        assertEquals(List.of(1), journeys("spurious = dom0"));
        assertEquals(List.of(1), journeys("device == 'NIC-B, 82541GI'"));
        assertEquals(List.of(1), journeys("device ~ 82541"));
        assertEquals(List.of(1), journeys("device == 0000:01:00.0"));
        assertEquals(List.of(2), journeys("kind == LINE_MASK"));
        assertEquals(List.of(1), journeys("blocked > 1.5 us"));
        assertEquals(List.of(0, 1, 2), journeys("nic-a"), "a word matches GSI names too: GSI 16 (NIC-A, NIC-B)");
        assertEquals(List.of(1), journeys("82541"));
        assertEquals(List.of(0), journeys("device ~ nic-a and not kind == LINE_MASK"));
        assertEquals(List.of(1, 2), journeys("(latency < 700ns || device ~ nic-b) && gsi == 16"));
        assertEquals(List.of(0, 1, 2), journeys("spurious"));
        assertEquals(List.of(), journeys("vif"));
    }

    @Test
    void badExpressionsSayWhereAndWhat() {
        var m = SharedLineTrace.metadata();
        QueryException e = assertThrows(QueryException.class, () -> JourneyQuery.parse("latency > 12 parsecs", m));
        assertTrue(e.getMessage().contains("parsecs"), e.getMessage());
        e = assertThrows(QueryException.class, () -> JourneyQuery.parse("domain == guestZ", m));
        assertTrue(e.getMessage().contains("no domain 'guestZ'") && e.getMessage().contains("guestB"), e.getMessage());
        e = assertThrows(QueryException.class, () -> JourneyQuery.parse("(latency > 1", m));
        assertTrue(e.getMessage().contains("expected ')'"), e.getMessage());
        e = assertThrows(QueryException.class, () -> JourneyQuery.parse("kind == ISR_OF_DOOM", m));
        assertEquals(8, e.position());
    }

    @Test
    void findWalksEventsAndJourneysBothWays() {
        TraceStore s = SharedLineTrace.build();
        JourneyTable t = new JourneyTable(s);
        TraceSearch isrInB = new TraceSearch(JourneyQuery.parse("kind == GUEST_ISR && domain == guestB", s.metadata()),
                TraceSearch.Scope.EVENTS);
        int first = isrInB.nextEvent(s, -1);
        assertEquals(2300, s.timeNs(first));
        int second = isrInB.nextEvent(s, first);
        assertEquals(6200, s.timeNs(second));
        assertEquals(-1, isrInB.nextEvent(s, second));
        assertEquals(first, isrInB.previousEvent(s, second));
        assertEquals(second, isrInB.previousEvent(s, s.size()));
        assertEquals(2, isrInB.count(t));
        int[] shown = isrInB.matchesIn(t, 0, 5000, 100);
        assertEquals(1, shown.length);
        assertEquals(TraceKind.GUEST_ISR, s.kind(shown[0]));

        TraceSearch spuriousToB = new TraceSearch(JourneyQuery.parse("spurious == guestB", s.metadata()), TraceSearch.Scope.JOURNEYS);
        assertEquals(0, spuriousToB.nextJourney(t, -1));
        assertEquals(2, spuriousToB.nextJourney(t, 0));
        assertEquals(0, spuriousToB.previousJourney(t, 2));
        assertEquals(2, spuriousToB.count(t));
    }

    @Test
    void sortingByAnyColumnKeepsTimeOrderForTies() {
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        int[] all = {0, 1, 2};
        assertArrayEquals(new int[] {1, 0, 2}, JourneyOrder.sort(t, all, JourneyColumn.LATENCY, false));
        assertArrayEquals(new int[] {2, 0, 1}, JourneyOrder.sort(t, all, JourneyColumn.LATENCY, true));
        assertArrayEquals(new int[] {0, 2, 1}, JourneyOrder.sort(t, all, JourneyColumn.DEVICE, true));
        assertArrayEquals(new int[] {1, 0, 2}, JourneyOrder.sort(t, all, JourneyColumn.DEVICE, false));
        assertArrayEquals(new int[] {2, 0, 1}, JourneyOrder.sort(t, all, JourneyColumn.LINE_BLOCKED, true), "no EOI sorts first");
        assertArrayEquals(new int[] {2, 1, 0}, JourneyOrder.sort(t, all, JourneyColumn.TIME, false));
        assertArrayEquals(new int[] {0, 1, 2}, JourneyOrder.sort(t, all, JourneyColumn.GSI, true));
    }

    private static void assertArrayEquals(int[] expected, int[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }

    private static void assertArrayEquals(int[] expected, int[] actual, String message) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, message);
    }

    @Test
    void bookmarksAreSavedWithTheTrace() throws Exception {
        TraceStore s = SharedLineTrace.build();
        Bookmarks b = new Bookmarks();
        b.add(new Bookmark(6200, 1, "guestB's own ISR, late"));
        b.add(new Bookmark(1350, 0, "spurious to guestB"));
        s.setMetadata(b.into(s.metadata()));
        Path file = dir.resolve("marked.ntrace");
        new TraceFileWriter().write(s, file);
        TraceStore back = new TraceFileReader().read(file);
        Bookmarks read = Bookmarks.of(back.metadata());
        assertEquals(List.of(new Bookmark(1350, 0, "spurious to guestB"), new Bookmark(6200, 1, "guestB's own ISR, late")),
                read.list());
        assertEquals(6200, read.next(1350).timeNs());
        assertEquals(1350, read.previous(6200).timeNs());
        assertEquals("testbed.natsume", back.metadata().properties().get("model"), "other properties stay");
        Bookmarks none = new Bookmarks();
        assertEquals(0, Bookmarks.of(none.into(back.metadata())).size(), "removing all removes them from the trace");
    }

    @Test
    void instantsReadInMicrosecondsOrMillisecondsOrAbsoluteNs() {
        assertEquals("812.345 µs", TimeFormat.instant(812_345));
        assertEquals("12.395709 ms", TimeFormat.instant(12_395_709));
        assertEquals("3.000000001 s", TimeFormat.instant(3_000_000_001L));
        TimeFormat.setAbsoluteNs(true);
        try {
            assertEquals("12395709 ns", TimeFormat.instant(12_395_709));
        } finally {
            TimeFormat.setAbsoluteNs(false);
        }
    }
}
