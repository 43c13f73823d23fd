package org.natsume.timeline.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.timeline.core.stats.RangeStatistics;
import org.natsume.timeline.core.stats.RangeStatistics.Group;
import org.natsume.timeline.core.stats.RangeStatistics.Row;
import org.natsume.trace.journey.JourneyTable;
import org.natsume.trace.tests.SharedLineTrace;

/** The Statistics view's rows, worked out by hand from the shared-line fixture (its javadoc tells the story). */
class StatisticsTest {

    private static Row row(RangeStatistics s, Group g, String label) {
        return s.rows(g).stream().filter(r -> r.label().startsWith(label)).findFirst().orElseThrow();
    }

    @Test
    void perDeviceGsiAndDomainOverTheWholeTrace() {
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        RangeStatistics s = RangeStatistics.of(t, 0, 10_001);
        assertEquals(3, s.journeys());

        Row nicA = row(s, Group.DEVICE, "NIC-A");
        assertEquals(2, nicA.journeys());
        assertEquals(2, nicA.own());
        assertEquals(2, nicA.spurious());
        assertEquals(600, nicA.minNs());
        assertEquals(900, nicA.maxNs());
        assertEquals(600, nicA.p50Ns());
        assertEquals(750, nicA.meanNs(), 1e-9);
        assertEquals(1300, nicA.lineBlockedNs(), "journey 2's line is never EOI'd");
        Row nicB = row(s, Group.DEVICE, "NIC-B");
        assertEquals(1700, nicB.lineBlockedNs());
        assertEquals(1, nicB.ipi(0), "one kick IPI wakes guestB");

        Row gsi = row(s, Group.GSI, "GSI 16");
        assertEquals(3, gsi.journeys());
        assertEquals(3, gsi.spurious());
        assertEquals(3000, gsi.lineBlockedNs());
        assertEquals(1200, gsi.p99Ns());

        Row guestB = row(s, Group.DOMAIN, "guestB");
        assertEquals(1, guestB.own());
        assertEquals(2, guestB.spurious());
        assertEquals(1, guestB.latencyCount(), "latency of its own device only");
        assertEquals(1200, guestB.maxNs());
        assertEquals(1700, guestB.lineBlockedNs());
        assertArrayEquals(new int[] {0, 1, 2}, guestB.journeyRows(), "clicking the row selects these journeys");
        Row dom0 = row(s, Group.DOMAIN, "Dom0");
        assertEquals(2, dom0.own());
        assertEquals(1, dom0.spurious());
        assertEquals(1300, dom0.lineBlockedNs());
    }

    @Test
    void aRangeCountsTheJourneysThatStartInIt() {
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        RangeStatistics s = RangeStatistics.of(t, 4_000, 8_000);
        assertEquals(1, s.journeys());
        assertEquals(List.of("NIC-B, 82541GI (0000:01:00.0)"), s.rows(Group.DEVICE).stream().map(Row::label).toList());
        assertEquals(1700, row(s, Group.GSI, "GSI 16").lineBlockedNs());
        RangeStatistics none = RangeStatistics.of(t, 11_000, 12_000);
        assertEquals(0, none.rows().size());
    }
}
