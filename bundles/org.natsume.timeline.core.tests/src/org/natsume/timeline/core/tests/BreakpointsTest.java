package org.natsume.timeline.core.tests;

import org.natsume.trace.tests.SharedLineTrace;
import static org.junit.jupiter.api.Assertions.*;
import static org.natsume.trace.tests.SharedLineTrace.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.timeline.core.breakpoint.BreakpointCondition;
import org.natsume.timeline.core.breakpoint.BreakpointHit;
import org.natsume.timeline.core.breakpoint.Breakpoints;
import org.natsume.timeline.core.breakpoint.LatencyAbove;
import org.natsume.timeline.core.breakpoint.LineBlockedLonger;
import org.natsume.timeline.core.breakpoint.SpuriousDelivery;
import org.natsume.trace.TraceStore;

class BreakpointsTest {

    static List<Long> hitTimes(BreakpointCondition c) {
        List<Long> out = new ArrayList<>();
        for (BreakpointHit h : Breakpoints.scan(SharedLineTrace.build(), List.of(c), 0, 100)) {
            out.add(h.timeNs());
        }
        return out;
    }

    @Test
    void latencyAbove() {
        assertEquals(List.of(6200L), hitTimes(new LatencyAbove(1000, GUEST_B, SharedLineTrace.metadata())), "own device only");
        assertEquals(List.of(2300L, 6200L), hitTimes(new LatencyAbove(1000, GUEST_B)), "guestB's spurious ISR for NIC-A too");
        assertEquals(List.of(2300L, 6200L), hitTimes(new LatencyAbove(1000, -1)));
        assertEquals(List.of(6200L), hitTimes(new LatencyAbove(1000, -1, SharedLineTrace.metadata())));
        assertEquals(List.of(), hitTimes(new LatencyAbove(1300, -1)), "strictly above");
    }

    @Test
    void spuriousDeliveryToADomain() {
        assertEquals(List.of(1350L, 9350L), hitTimes(new SpuriousDelivery(GUEST_B)));
        assertEquals(List.of(5300L), hitTimes(new SpuriousDelivery(DOM0)));
        assertEquals(List.of(), hitTimes(new SpuriousDelivery(1)));
    }

    @Test
    void lineBlockedLonger() {
        // episodes from Xen handing the line on: 1300..2600 (1300 ns), 5300..7000 (1700 ns), 9050.. never EOI'd (950 ns until the trace ends)
        assertEquals(List.of(7000L), hitTimes(new LineBlockedLonger(GSI, 1600)), "fires on the first event past the bound");
        assertEquals(List.of(1900L, 6200L, 9600L), hitTimes(new LineBlockedLonger(GSI, 500)));
        assertEquals(List.of(2600L, 6900L), hitTimes(new LineBlockedLonger(-1, 1299)), "on the EOI itself when it is the first event past the bound");
        assertEquals(List.of(), hitTimes(new LineBlockedLonger(17, 10)), "another GSI");
        assertEquals(List.of(), hitTimes(new LineBlockedLonger(GSI, 2000)));
    }

    @Test
    void lineBlockedFiresAtTheEoiWhenNoEventCameBetween() {
        TraceStore s = new TraceStore();
        s.event(0, org.natsume.trace.TraceKind.PIN_ASSERT, 0, -1, -1, 5, 0, 0);
        s.event(5, org.natsume.trace.TraceKind.XEN_IRQ_ENTER, 0, 0, -1, 5, -1, 0);
        s.event(10, org.natsume.trace.TraceKind.GUEST_NOTIFY, 0, 0, 0, 5, 0, 0);
        s.event(500, org.natsume.trace.TraceKind.LINE_EOI, 0, 0, -1, 5, -1, 490);
        List<BreakpointHit> hits = Breakpoints.scan(s, List.of(new LineBlockedLonger(-1, 100)), 0, 10);
        assertEquals(1, hits.size());
        assertEquals(500, hits.get(0).timeNs());
        assertEquals(3, hits.get(0).eventIndex());
    }

    @Test
    void liveSinkPausesAndResumes() {
        TraceStore full = SharedLineTrace.build();
        TraceStore store = new TraceStore(full.metadata());
        Breakpoints bp = new Breakpoints(store);
        bp.add(new SpuriousDelivery(GUEST_B));
        bp.add(new LatencyAbove(1000, GUEST_B, full.metadata()));
        List<BreakpointHit> heard = new ArrayList<>();
        bp.addListener(heard::add);
        List<Integer> pausedAt = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            bp.event(full.timeNs(i), full.kind(i), full.journey(i), full.cpu(i), full.domain(i), full.gsi(i), full.device(i), full.arg(i));
            if (bp.pauseRequested()) { // what the simulation loop does between events
                pausedAt.add(store.size() - 1);
                bp.resume();
            }
        }
        assertEquals(full.size(), store.size(), "every event reaches the store");
        assertEquals(3, heard.size());
        assertEquals(List.of(6, 26, 36), pausedAt);
        assertEquals(new BreakpointHit(1, "own-device guest ISR latency above 1.00 µs in domain 2", 26, 6200, 1), heard.get(1));
        assertEquals(heard.get(2), bp.lastHit());
    }

    @Test
    void scanFromAnIndexStillKnowsEarlierState() {
        // the line blocked since 5300 is only detectable from the events before index 25
        List<BreakpointHit> hits = Breakpoints.scan(SharedLineTrace.build(), List.of(new LineBlockedLonger(GSI, 1600)), 25, 10);
        assertEquals(1, hits.size());
        assertEquals(7000, hits.get(0).timeNs());
    }
}
