package org.natsume.timeline.core.tests;

import org.natsume.trace.tests.SharedLineTrace;
import static org.junit.jupiter.api.Assertions.*;
import static org.natsume.trace.tests.SharedLineTrace.*;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.natsume.timeline.core.EventText;
import org.natsume.timeline.core.Frame;
import org.natsume.timeline.core.JourneyNavigator;
import org.natsume.timeline.core.TimelineFilter;
import org.natsume.timeline.core.TimelineModel;
import org.natsume.timeline.core.Viewport;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.journey.JourneyFilter;
import org.natsume.trace.journey.JourneyTable;

class JourneyAndModelTest {

    @Test
    void stepsOfAJourneyInOrder() {
        TraceStore s = SharedLineTrace.build();
        JourneyNavigator n = new JourneyNavigator(new JourneyTable(s));
        TraceKind[] kinds = Arrays.stream(n.steps(0)).mapToObj(s::kind).toArray(TraceKind[]::new);
        assertArrayEquals(new TraceKind[] {TraceKind.PIN_ASSERT, TraceKind.APIC_DELIVER, TraceKind.XEN_IRQ_ENTER,
                TraceKind.GUEST_NOTIFY, TraceKind.GUEST_NOTIFY, TraceKind.VCPU_KICK, TraceKind.UPCALL, TraceKind.GUEST_ISR,
                TraceKind.GUEST_EOI, TraceKind.UPCALL, TraceKind.GUEST_ISR, TraceKind.GUEST_EOI, TraceKind.LINE_EOI}, kinds);
    }

    @Test
    void steppingHonoursTheFilter() {
        JourneyNavigator n = new JourneyNavigator(new JourneyTable(SharedLineTrace.build()));
        assertEquals(0, n.next(-1));
        assertEquals(1, n.next(0));
        n.setFilter(JourneyFilter.ALL.withDomain(GUEST_B).withSpurious(true));
        assertEquals(2, n.next(0));
        assertEquals(-1, n.next(2));
        assertEquals(0, n.previous(2));
        assertEquals(2, n.nextAt(1001), "from the cursor at 1001 ns");
        assertEquals(0, n.previousBefore(9000));
        assertEquals(2, n.selection().size());
    }

    @Test
    void viewportForAJourneyShowsAllItsSteps() {
        JourneyNavigator n = new JourneyNavigator(new JourneyTable(SharedLineTrace.build()));
        Viewport v = n.viewportFor(1, 800);
        assertEquals(new Viewport(5000 - 200, 7000 + 200, 800), v);
    }

    @Test
    void modelZoomPanSelectAndLiveUpdate() {
        TraceStore full = SharedLineTrace.build();
        TraceStore live = new TraceStore(full.metadata());
        for (int i = 0; i < 17; i++) { // up to the end of journey 0
            live.event(full.timeNs(i), full.kind(i), full.journey(i), full.cpu(i), full.domain(i), full.gsi(i), full.device(i), full.arg(i));
        }
        TimelineModel m = new TimelineModel(live, 1000);
        assertEquals(new Viewport(0, 10_000, 1000), m.viewport(), "the scenario's duration when known");
        assertEquals(1, m.journeys().rowCount());
        for (int i = 17; i < full.size(); i++) {
            live.event(full.timeNs(i), full.kind(i), full.journey(i), full.cpu(i), full.domain(i), full.gsi(i), full.device(i), full.arg(i));
        }
        m.update();
        assertEquals(3, m.journeys().rowCount());
        m.setFilter(TimelineFilter.ALL.withJourneys(JourneyFilter.ALL.withMinLatencyNs(1000)));
        assertTrue(m.selectNext());
        assertEquals(1, m.selectedRow());
        assertEquals(4800, m.viewport().fromNs());
        assertFalse(m.selectNext(), "no later journey with latency ≥ 1 µs");
        assertEquals(1, m.selectedRow());
        m.select(-1, false);
        m.setViewport(new Viewport(0, 10_000, 1000));
        m.zoom(2, 500);
        assertEquals(new Viewport(2500, 7500, 1000), m.viewport());
        m.pan(-10_000);
        assertEquals(0, m.viewport().fromNs(), "panning stops at the start");
        Frame f = m.frame(null);
        assertFalse(f.fromLod());
        assertEquals(11, f.rows().size());
        assertFalse(m.ruler(80).isEmpty());
    }

    @Test
    void hoverAndClickFindTheEventUnderTheMouse() {
        TimelineModel m = new TimelineModel(SharedLineTrace.build(), 1000); // 10 ns per pixel
        int guestB = m.layout().domainRow(GUEST_B);
        assertEquals(6, m.eventAt(guestB, 136, 3), "the spurious notification at 1350 ns");
        assertEquals(-1, m.eventAt(guestB, 400, 3), "nothing near 4000 ns");
        assertEquals(-1, m.eventAt(guestB, 131, 3), "outside the tolerance");
        assertEquals(8, m.eventAt(m.layout().vcpuRow(GUEST_B, 0), 141, 2), "VCPU rows answer with VCPU_STATE");
        assertEquals(22, m.eventAt(m.layout().cpuRow(0), 540, 0), "IPI_SEND on the sending PCPU's row");
        assertEquals(-1, m.eventAt(guestB, 540, 0), "IPI_SEND's domain field is a PCPU, not guestB");
        assertEquals(0, m.selectAt(guestB, 136, 3));
        assertEquals(0, m.selectedRow());
        assertEquals(-1, m.selectAt(guestB, 400, 3));
        assertEquals(-1, m.selectedRow());
    }

    /** The causes the fidelity model adds (issue 11 item 8) are named in step labels and marked in the time graph. */
    @Test
    void heldLinesLossesAndMigrationsAreNamed() {
        TraceStore s = new TraceStore();
        s.event(100, TraceKind.LINE_HELD_ABSENT, 3, -1, -1, -1, -1, 1);
        s.event(200, TraceKind.TCP_LOSS, -1, -1, -1, -1, -1, 8);
        s.event(300, TraceKind.TCP_RTO, -1, -1, -1, -1, -1, 2);
        s.event(400, TraceKind.VCPU_MIGRATE, -1, -1, -1, -1, -1, (3 << 8) | 2);
        s.event(500, TraceKind.IRQS_OFF, -1, -1, -1, -1, -1, 100_000);
        assertTrue(EventText.describe(s, 0).endsWith("line held: the binder's notified VCPU is not running"), EventText.describe(s, 0));
        assertTrue(EventText.describe(s, 1).endsWith("8 segments marked lost: loss recovery"), EventText.describe(s, 1));
        assertTrue(EventText.describe(s, 2).endsWith("retransmission timeout, backoff x2, cwnd 1"), EventText.describe(s, 2));
        assertTrue(EventText.describe(s, 3).endsWith("vcpu3 moved from PCPU 2"), EventText.describe(s, 3));
        assertTrue(EventText.describe(s, 4).endsWith("interrupts off for 100 µs"), EventText.describe(s, 4));
        assertEquals(org.natsume.timeline.core.MarkStyle.WARNING, org.natsume.timeline.core.MarkStyle.forEvent(TraceKind.TCP_LOSS, 8));
        assertEquals(org.natsume.timeline.core.MarkStyle.WARNING,
                org.natsume.timeline.core.MarkStyle.forEvent(TraceKind.LINE_HELD_ABSENT, 1));
    }

    @Test
    void eventDescriptionsNameEverything() {
        TraceStore s = SharedLineTrace.build();
        assertEquals("GUEST_NOTIFY at 1350 ns, journey 0, PCPU0, guestB, GSI 16 (NIC-A, NIC-B), NIC-A 0000:00:19.0, "
                + "spurious (not the device's owner)", EventText.describe(s, 6));
        assertEquals("IPI_SEND at 5400 ns, journey 1, PCPU0 → PCPU2, kick", EventText.describe(s, 22));
        assertEquals("GUEST_ISR at 6200 ns, journey 1, PCPU2, guestB, GSI 16 (NIC-A, NIC-B), NIC-B, 82541GI 0000:01:00.0, "
                + "latency 1.20 µs", EventText.describe(s, 26));
        assertEquals("VCPU_STATE at 1400 ns, PCPU2, guestB, vcpu0 RUNNING BOOST", EventText.describe(s, 8));
    }

    @Test
    void bdfRoutingStepsSayWhatTheyReadAndWrite() {
        TraceStore s = new TraceStore(SharedLineTrace.metadata());
        s.event(100, TraceKind.STATUS_READ, 0, -1, -1, 16, NIC_B, 1);
        s.event(100, TraceKind.INTX_DISABLE, 0, 2, -1, 16, NIC_B, 1);
        s.event(900, TraceKind.INTX_DISABLE, 0, 2, GUEST_B, 16, NIC_B, 0);
        assertTrue(EventText.describe(s, 0).endsWith("0000:01:00.0, Interrupt Status set"), EventText.describe(s, 0));
        assertTrue(EventText.describe(s, 1).endsWith(", Interrupt Disable set: off the line"), EventText.describe(s, 1));
        assertTrue(EventText.describe(s, 2).endsWith(", Interrupt Disable cleared"), EventText.describe(s, 2));
    }
}
