package org.natsume.trace.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.natsume.trace.tests.SharedLineTrace.*;

import org.junit.jupiter.api.Test;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.journey.Journey;
import org.natsume.trace.journey.JourneyFilter;
import org.natsume.trace.journey.JourneySelection;
import org.natsume.trace.journey.JourneyTable;

class JourneyTableTest {

    static final Journey J0 = new Journey(0, NIC_A, GSI, 0, 1000, new int[] {DOM0, GUEST_B}, new int[] {GUEST_B}, 900, 2600, 1300);
    static final Journey J1 = new Journey(1, NIC_B, GSI, 0, 5000, new int[] {DOM0, GUEST_B}, new int[] {DOM0}, 1200, 7000, 1700);
    static final Journey J2 = new Journey(2, NIC_A, GSI, 0, 9000, new int[] {DOM0, GUEST_B}, new int[] {GUEST_B}, 600, -1, -1);

    @Test
    void journeysAreExact() {
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        assertEquals(3, t.rowCount());
        assertEquals(J0, t.journey(0));
        assertEquals(J1, t.journey(1));
        assertEquals(J2, t.journey(2));
        assertEquals(1300, t.journey(0).lineBlockedNs());
        assertEquals(-1, t.journey(2).lineBlockedNs());
        assertTrue(t.journey(1).spuriousTo(DOM0));
        assertFalse(t.journey(1).spuriousTo(GUEST_B));
    }

    @Test
    void walkingOneJourneyAgreesWithTheTable() {
        TraceStore s = SharedLineTrace.build();
        JourneyTable t = new JourneyTable(s);
        for (int r = 0; r < t.rowCount(); r++) {
            assertEquals(t.journey(r), JourneyTable.trace(s, t.journeyId(r)));
        }
        assertNull(JourneyTable.trace(s, 99));
    }

    @Test
    void latencyIsTheOwnersIsrNotTheSpuriousOne() {
        // journey 0's guestB ISR (arg 1300) comes after Dom0's (900) but guestB does not own NIC-A
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        assertEquals(900, t.latencyNs(0));
    }

    @Test
    void filters() {
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        assertArrayEquals(new int[] {0, 1, 2}, t.select(JourneyFilter.ALL).toArray());
        assertArrayEquals(new int[] {1}, t.select(JourneyFilter.ALL.withDevice(NIC_B)).toArray());
        assertArrayEquals(new int[] {0, 1, 2}, t.select(JourneyFilter.ALL.withGsi(GSI)).toArray());
        assertArrayEquals(new int[] {}, t.select(JourneyFilter.ALL.withGsi(17)).toArray());
        assertArrayEquals(new int[] {0, 2}, t.select(JourneyFilter.ALL.withDomain(GUEST_B).withSpurious(true)).toArray());
        assertArrayEquals(new int[] {1}, t.select(JourneyFilter.ALL.withDomain(GUEST_B).withSpurious(false)).toArray());
        assertArrayEquals(new int[] {1}, t.select(JourneyFilter.ALL.withDomain(DOM0).withSpurious(true)).toArray());
        assertArrayEquals(new int[] {}, t.select(JourneyFilter.ALL.withDomain(1)).toArray());
        assertArrayEquals(new int[] {}, t.select(JourneyFilter.ALL.withSpurious(false)).toArray());
        assertArrayEquals(new int[] {0, 1}, t.select(JourneyFilter.ALL.withMinLatencyNs(900)).toArray());
        assertArrayEquals(new int[] {1}, t.select(JourneyFilter.ALL.withMinLatencyNs(901)).toArray());
        assertArrayEquals(new int[] {0}, t.select(JourneyFilter.ALL.withDevice(NIC_A).withMinLatencyNs(700)).toArray());
    }

    @Test
    void steppingFollowsTheFilter() {
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        JourneySelection slow = t.select(JourneyFilter.ALL.withMinLatencyNs(900));
        assertEquals(0, slow.next(-1));
        assertEquals(1, slow.next(0));
        assertEquals(-1, slow.next(1));
        assertEquals(1, slow.previous(Integer.MAX_VALUE));
        assertEquals(0, slow.previous(1));
        assertEquals(-1, slow.previous(0));
        assertEquals(1, slow.next(2 - 2 + 0)); // from row 0
        JourneySelection spuriousToB = t.select(JourneyFilter.ALL.withDomain(GUEST_B).withSpurious(true));
        assertEquals(2, spuriousToB.next(0), "row 1 is skipped: guestB's notification was its own");
        assertEquals(2, spuriousToB.next(1), "stepping from a filtered-out row");
        assertEquals(0, spuriousToB.previous(1));
        assertEquals(1, spuriousToB.indexOfRow(2));
        assertEquals(-1, spuriousToB.indexOfRow(1));
    }

    @Test
    void rowsByTime() {
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        assertEquals(0, t.rowAtOrAfter(0));
        assertEquals(1, t.rowAtOrAfter(1001));
        assertEquals(2, t.rowAtOrAfter(9000));
        assertEquals(3, t.rowAtOrAfter(9001));
    }

    @Test
    void tableGrowsWithALiveRun() {
        TraceStore s = new TraceStore(SharedLineTrace.metadata());
        JourneyTable t = new JourneyTable(s);
        assertEquals(0, t.rowCount());
        s.event(10, TraceKind.PIN_ASSERT, 0, -1, -1, GSI, NIC_B, 0);
        t.update();
        assertEquals(1, t.rowCount());
        assertEquals(-1, t.latencyNs(0));
        s.event(20, TraceKind.GUEST_NOTIFY, 0, 0, GUEST_B, GSI, NIC_B, 0);
        s.event(30, TraceKind.GUEST_ISR, 0, 0, GUEST_B, GSI, NIC_B, 20);
        t.update();
        assertEquals(1, t.rowCount());
        assertEquals(20, t.latencyNs(0));
        assertEquals(1L << GUEST_B, t.notifiedMask(0));
        assertEquals(0, t.spuriousMask(0));
    }
}
