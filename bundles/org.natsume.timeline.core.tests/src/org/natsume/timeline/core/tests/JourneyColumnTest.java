package org.natsume.timeline.core.tests;

import org.natsume.trace.tests.SharedLineTrace;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.natsume.timeline.core.JourneyColumn;
import org.natsume.trace.journey.JourneyTable;

class JourneyColumnTest {

    @Test
    void interruptTraceTableCells() {
        JourneyTable t = new JourneyTable(SharedLineTrace.build());
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < t.rowCount(); r++) {
            for (JourneyColumn c : JourneyColumn.values()) {
                rows.append(c.text(t, r)).append(c.ordinal() + 1 < JourneyColumn.values().length ? " | " : "\n");
            }
        }
        assertEquals("""
                1.000 µs | NIC-A (0000:00:19.0) | 16 | PCPU0 | Dom0, guestB | yes: guestB | 900 ns | 1.30 µs
                5.000 µs | NIC-B, 82541GI (0000:01:00.0) | 16 | PCPU0 | Dom0, guestB | yes: Dom0 | 1.20 µs | 1.70 µs
                9.000 µs | NIC-A (0000:00:19.0) | 16 | PCPU0 | Dom0, guestB | yes: guestB | 600 ns |\s
                """, rows.toString());
        assertEquals("Notified domains", JourneyColumn.NOTIFIED.title());
    }
}
