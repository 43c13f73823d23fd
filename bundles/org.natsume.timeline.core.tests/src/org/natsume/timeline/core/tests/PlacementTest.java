package org.natsume.timeline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.natsume.trace.TraceKind.*;
import static org.natsume.trace.VcpuStateArg.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.natsume.timeline.core.Frame;
import org.natsume.timeline.core.FrameBuilder;
import org.natsume.timeline.core.IntervalTrack;
import org.natsume.timeline.core.LaneLayout;
import org.natsume.timeline.core.MarkStyle;
import org.natsume.timeline.core.PlacementIndex;
import org.natsume.timeline.core.TimelineFilter;
import org.natsume.timeline.core.Viewport;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;
import org.natsume.trace.lod.Lane;
import org.natsume.trace.lod.TraceLod;

/**
 * Where Dom0's VCPUs run and when the shared line waits for an absent binder, on a hand-written trace: Dom0 VCPU 1
 * runs on PCPU 0 (100–300), is stolen by PCPU 3 while runnable (400), runs there (500–800), moves to PCPU 1 while
 * running (600, Xen's tick-time csched_cpu_pick); GSI 16 is held by Dom0 (200–450) and by guest B (700 to the end).
 */
class PlacementTest {

    static final int DOM0 = 0;
    static final int GUEST_B = 1;
    static final int GSI = 16;

    static TraceStore trace() {
        TraceStore s = new TraceStore(TraceMetadata.builder().scenarioId("C3-S-L-SH").seed(1).durationNs(1000)
                .cpu("PCPU0").cpu("PCPU1").cpu("PCPU2").cpu("PCPU3").domain("Dom0").domain("guestB")
                .gsi(GSI, "GSI 16").build());
        s.event(100, VCPU_STATE, -1, 0, DOM0, -1, -1, pack(1, RUNNING, UNDER));
        s.event(200, LINE_HELD_ABSENT, -1, 0, DOM0, GSI, -1, 1);
        s.event(300, VCPU_STATE, -1, 0, DOM0, -1, -1, pack(1, RUNNABLE, UNDER));
        s.event(400, VCPU_MIGRATE, -1, 3, DOM0, -1, -1, (1 << 8) | 0);
        s.event(450, LINE_HELD_ABSENT, -1, 0, DOM0, GSI, -1, 0);
        s.event(500, VCPU_STATE, -1, 3, DOM0, -1, -1, pack(1, RUNNING, BOOST));
        s.event(600, VCPU_MIGRATE, -1, 1, DOM0, -1, -1, (1 << 8) | 3);
        s.event(700, LINE_HELD_ABSENT, -1, 2, GUEST_B, GSI, -1, 1);
        s.event(800, VCPU_STATE, -1, 1, DOM0, -1, -1, pack(1, BLOCKED, UNDER));
        s.event(1000, VCPU_STATE, -1, 2, GUEST_B, -1, -1, pack(0, BLOCKED, UNDER));
        return s;
    }

    static List<String> visit(IntervalTrack t, long from, long to, double nsPerPixel) {
        List<String> out = new ArrayList<>();
        t.visit(from, to, nsPerPixel, (a, b, v) -> out.add(a + ".." + b + ":" + v));
        return out;
    }

    @Test
    void vcpuOnPcpuIntervals() {
        PlacementIndex p = new PlacementIndex(trace());
        assertEquals(List.of("100..300:0", "500..600:3", "600..800:1"), visit(p.running(DOM0, 1), 0, 2000, 0));
        assertEquals(List.of("550..600:3", "600..650:1"), visit(p.running(DOM0, 1), 550, 650, 0), "clipped");
        assertEquals(null, p.running(DOM0, 5), "no events: no track");
        assertEquals(List.of(), visit(p.running(GUEST_B, 0), 0, 2000, 0), "never ran");
    }

    @Test
    void lineHeldByAbsentBinder() {
        PlacementIndex p = new PlacementIndex(trace());
        List<String> all = new ArrayList<>();
        for (IntervalTrack t : p.held(GSI)) {
            all.addAll(visit(t, 0, 1001, 0));
        }
        assertEquals(List.of("200..450:0", "700..1001:1"), all, "guest B's wait is still open at the end");
        assertEquals(List.of(), p.held(17));
    }

    @Test
    void liveUpdateTakesInAppendedEvents() {
        TraceStore s = trace();
        PlacementIndex p = new PlacementIndex(s);
        s.event(1100, VCPU_STATE, -1, 2, DOM0, -1, -1, pack(1, RUNNING, UNDER));
        p.update();
        assertEquals(List.of("650..800:1", "1100..1200:2"), visit(p.running(DOM0, 1), 650, 1200, 0));
    }

    @Test
    void zoomedOutSkipsIntervalsInsideAnAlreadyCoveredPixel() {
        TraceStore s = new TraceStore(TraceMetadata.builder().scenarioId("x").seed(1).durationNs(10_000)
                .cpu("PCPU0").cpu("PCPU1").domain("Dom0").build());
        for (int k = 0; k < 100; k++) { // 100 runs of 10 ns, alternating PCPUs, every 100 ns
            s.event(100L * k, VCPU_STATE, -1, k % 2, DOM0, -1, -1, pack(0, RUNNING, UNDER));
            s.event(100L * k + 10, VCPU_STATE, -1, k % 2, DOM0, -1, -1, pack(0, BLOCKED, UNDER));
        }
        PlacementIndex p = new PlacementIndex(s);
        assertEquals(100, visit(p.running(DOM0, 0), 0, 10_000, 0).size(), "exact");
        assertEquals(10, visit(p.running(DOM0, 0), 0, 10_000, 1000).size(), "one per 1000-ns pixel");
    }

    /** A flight-recorder trace kept [0, 300] and [5000, 6000]: a VCPU running at 300 is not drawn across the gap. */
    @Test
    void flightRecorderGapsCloseTheIntervals() {
        TraceStore s = new TraceStore(TraceMetadata.builder().scenarioId("x").seed(1).durationNs(10_000)
                .cpu("PCPU0").domain("Dom0").gsi(GSI, "GSI 16")
                .property("natsume.flight.windows", "2")
                .property("natsume.flight.window.0", "LATENCY 1 900 0 300 false")
                .property("natsume.flight.window.1", "LINE_BLOCKED 7 400 5000 6000 false").build());
        s.event(100, VCPU_STATE, -1, 0, DOM0, -1, -1, pack(0, RUNNING, UNDER));
        s.event(200, LINE_HELD_ABSENT, -1, 0, DOM0, GSI, -1, 1);
        s.event(5100, VCPU_STATE, -1, 0, DOM0, -1, -1, pack(0, BLOCKED, UNDER));
        s.event(5200, VCPU_STATE, -1, 0, DOM0, -1, -1, pack(0, RUNNING, UNDER));
        s.event(5300, LINE_HELD_ABSENT, -1, 0, DOM0, GSI, -1, 0);
        PlacementIndex p = new PlacementIndex(s);
        assertEquals(List.of("100..300:0", "5200..6000:0"), visit(p.running(DOM0, 0), 0, 6000, 0));
        assertEquals(List.of("200..300:0"), visit(p.held(GSI).get(DOM0), 0, 6000, 0));
    }

    @Test
    void frameDrawsTheBands() {
        TraceStore s = trace();
        TraceLod lod = new TraceLod(s, 4);
        LaneLayout l = new LaneLayout(s.metadata(), lod.lanes(), Set.of());
        Frame f = new FrameBuilder().build(lod, new PlacementIndex(s), l, new Viewport(0, 1000, 100), TimelineFilter.ALL,
                -1, new Frame());
        List<String> bands = new ArrayList<>();
        for (int k = 0; k < f.rectCount(); k++) {
            if (f.rectStyle(k) == MarkStyle.VCPU_ON_PCPU || f.rectStyle(k) == MarkStyle.LINE_HELD_ABSENT) {
                bands.add(l.rows().get(f.rectRow(k)).label() + " " + f.rectStyle(k) + " " + f.rectX0(k) + ".."
                        + f.rectX1(k) + " v" + f.rectValue(k));
            }
        }
        int vcpuRow = l.rowOf(Lane.vcpu(DOM0, 1));
        String vcpu = l.rows().get(vcpuRow).label();
        String gsi = l.rows().get(l.gsiRow(GSI)).label();
        assertEquals(List.of(vcpu + " VCPU_ON_PCPU 10..30 v0", vcpu + " VCPU_ON_PCPU 50..60 v3",
                vcpu + " VCPU_ON_PCPU 60..80 v1", gsi + " LINE_HELD_ABSENT 20..45 v0",
                gsi + " LINE_HELD_ABSENT 70..100 v1"), bands);
    }
}
