package org.natsume.timeline.core.tests;

import org.natsume.trace.tests.SharedLineTrace;
import static org.junit.jupiter.api.Assertions.*;
import static org.natsume.trace.tests.SharedLineTrace.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.natsume.timeline.core.Frame;
import org.natsume.timeline.core.FrameBuilder;
import org.natsume.timeline.core.LaneLayout;
import org.natsume.timeline.core.MarkStyle;
import org.natsume.timeline.core.TimelineFilter;
import org.natsume.timeline.core.TimelineLane;
import org.natsume.timeline.core.Viewport;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.VcpuStateArg;
import org.natsume.trace.lod.Lane;
import org.natsume.trace.lod.TraceLod;

class FrameTest {

    static final Viewport ALL = new Viewport(0, 10_240, 1024); // 10 ns per pixel

    static TraceLod lod() {
        return new TraceLod(SharedLineTrace.build(), 10);
    }

    static LaneLayout layout(TraceLod lod, Set<Lane> hidden) {
        return new LaneLayout(lod.store().metadata(), lod.lanes(), hidden);
    }

    static List<String> rects(Frame f, int row) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < f.rectCount(); k++) {
            if (f.rectRow(k) == row) {
                out.add(f.rectStyle(k) + " " + f.rectX0(k) + ".." + f.rectX1(k) + " v" + f.rectValue(k));
            }
        }
        return out;
    }

    static List<String> marks(Frame f, int row) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < f.markCount(); k++) {
            if (f.markRow(k) == row) {
                out.add(f.markStyle(k) + "@" + f.markX(k));
            }
        }
        return out;
    }

    @Test
    void rowsInTimelineOrder() {
        TraceLod lod = lod();
        LaneLayout l = layout(lod, Set.of());
        assertEquals(List.of("PCPU0", "PCPU1", "PCPU2", "Dom0", "Dom0 vcpu0", "guestA", "guestB", "guestB vcpu0",
                "GSI 16 (NIC-A, NIC-B)", "NIC-A 0000:00:19.0", "NIC-B, 82541GI 0000:01:00.0"),
                l.rows().stream().map(TimelineLane::label).toList());
        assertEquals(1, l.rows().get(7).indent());
        assertEquals(7, l.rowOf(Lane.vcpu(GUEST_B, 0)));
        assertEquals(8, l.gsiRow(GSI));
        LaneLayout hidden = layout(lod, Set.of(Lane.cpu(1), Lane.domain(1)));
        assertEquals(9, hidden.size());
        assertEquals(-1, hidden.cpuRow(1));
        assertEquals(5, hidden.vcpuRow(GUEST_B, 0));
    }

    @Test
    void zoomedInDrawsExactStatesAndEvents() {
        TraceLod lod = lod();
        LaneLayout l = layout(lod, Set.of());
        Frame f = new FrameBuilder().build(lod, l, ALL, TimelineFilter.ALL, -1, new Frame());
        assertFalse(f.fromLod());
        int boost = VcpuStateArg.CLASS_BOOST;
        int under = VcpuStateArg.CLASS_UNDER;
        assertEquals(List.of("VCPU_BLOCKED 0..140 v" + under, "VCPU_RUNNING 140..270 v" + boost, "VCPU_BLOCKED 270..560 v" + under,
                "VCPU_RUNNING 560..650 v" + boost, "VCPU_BLOCKED 650..1000 v" + under), rects(f, l.vcpuRow(GUEST_B, 0)));
        // asserted until Xen hands the line to the guests (GUEST_NOTIFY), not when the LAPIC accepts it (SharedLineState)
        assertEquals(List.of("LINE_ASSERTED 100..130 v4", "LINE_IN_FLIGHT 130..260 v4", "LINE_ASSERTED 500..530 v4",
                "LINE_IN_FLIGHT 530..700 v4", "LINE_ASSERTED 900..905 v4", "LINE_MASKED 905..1000 v4"), rects(f, l.gsiRow(GSI)));
        assertEquals(List.of("CPU_BUSY 140..270 v4", "CPU_BUSY 560..650 v4"), rects(f, l.cpuRow(2)));
        assertEquals(List.of("SPURIOUS@135", "IPI@140", "ISR@220", "ISR@230", "EOI@250", "NOTIFY@535", "ISR@580", "ISR@620",
                "EOI@630", "SPURIOUS@935"), marks(f, l.domainRow(GUEST_B)));
        assertEquals(List.of("ASSERT@500", "SPURIOUS@530", "NOTIFY@535", "ISR@620"), marks(f, l.deviceRow(NIC_B)));
    }

    @Test
    void journeyStepsAreLinkedAcrossRows() {
        TraceLod lod = lod();
        LaneLayout l = layout(lod, Set.of());
        Frame f = new FrameBuilder().build(lod, l, ALL, TimelineFilter.ALL, -1, new Frame());
        List<String> j1 = new ArrayList<>();
        for (int k = 0; k < f.linkCount(); k++) {
            if (f.linkX0(k) >= 500 && f.linkX0(k) < 800) {
                j1.add(f.linkRow0(k) + "@" + f.linkX0(k) + "->" + f.linkRow1(k) + "@" + f.linkX1(k));
            }
        }
        int gsi = l.gsiRow(GSI), cpu0 = l.cpuRow(0), cpu2 = l.cpuRow(2), dom0 = l.domainRow(DOM0), domB = l.domainRow(GUEST_B);
        assertEquals(List.of(gsi + "@500->" + cpu0 + "@510", cpu0 + "@510->" + cpu0 + "@520", cpu0 + "@520->" + dom0 + "@530",
                dom0 + "@530->" + domB + "@535", domB + "@535->" + cpu0 + "@540", cpu0 + "@540->" + cpu2 + "@560",
                cpu2 + "@560->" + domB + "@580", domB + "@580->" + domB + "@620", domB + "@620->" + domB + "@630",
                domB + "@630->" + dom0 + "@690", dom0 + "@690->" + gsi + "@700"), j1);
        for (int k = 0; k < f.linkCount(); k++) {
            assertEquals(MarkStyle.JOURNEY_LINK, f.linkStyle(k));
        }
    }

    @Test
    void zoomedOutDrawsFromTheLod() {
        TraceLod lod = lod();
        LaneLayout l = layout(lod, Set.of());
        Frame f = new FrameBuilder(0, 0).build(lod, l, new Viewport(0, 16_384, 16), TimelineFilter.ALL, -1, new Frame());
        assertTrue(f.fromLod());
        int density = 0;
        int spuriousB = 0;
        int spurious0 = 0;
        for (int k = 0; k < f.markCount(); k++) {
            if (f.markRow(k) == l.gsiRow(GSI) && f.markStyle(k) == MarkStyle.DENSITY) {
                density += f.markValue(k);
            }
            if (f.markStyle(k) == MarkStyle.SPURIOUS) {
                if (f.markRow(k) == l.domainRow(GUEST_B)) {
                    spuriousB += f.markValue(k);
                } else if (f.markRow(k) == l.domainRow(DOM0)) {
                    spurious0 += f.markValue(k);
                }
            }
        }
        assertEquals(27, density, "every event on the GSI 16 lane is counted once");
        assertEquals(2, spuriousB);
        assertEquals(1, spurious0);
        // 1024 ns per pixel: the line is masked from 9050 to the end of the trace (10000), most of pixel 9
        assertTrue(rects(f, l.gsiRow(GSI)).contains("LINE_MASKED 9..10 v4"), rects(f, l.gsiRow(GSI)).toString());
        assertTrue(rects(f, l.vcpuRow(GUEST_B, 0)).get(0).startsWith("VCPU_BLOCKED 0.."));
        assertTrue(f.primitiveCount() <= l.size() * 16 * 3, "bounded by rows × pixels");
    }

    @Test
    void selectedJourneyIsLinkedEvenZoomedOut() {
        TraceLod lod = lod();
        LaneLayout l = layout(lod, Set.of());
        Frame f = new FrameBuilder(0, 0).build(lod, l, new Viewport(0, 10_240, 1024), TimelineFilter.ALL, 1, new Frame());
        assertTrue(f.fromLod());
        assertEquals(11, f.linkCount(), "the 12 steps of journey 1");
        for (int k = 0; k < f.linkCount(); k++) {
            assertEquals(MarkStyle.SELECTED_LINK, f.linkStyle(k));
        }
    }

    @Test
    void filtersHideKindsAndLanes() {
        TraceLod lod = lod();
        LaneLayout l = layout(lod, Set.of());
        TimelineFilter noNotify = TimelineFilter.ALL.withKind(TraceKind.GUEST_NOTIFY, false);
        Frame f = new FrameBuilder().build(lod, l, ALL, noNotify, -1, new Frame());
        for (int k = 0; k < f.markCount(); k++) {
            assertNotEquals(MarkStyle.SPURIOUS, f.markStyle(k));
            assertNotEquals(MarkStyle.NOTIFY, f.markStyle(k));
        }
        Frame lodFrame = new FrameBuilder(0, 0).build(lod, l, ALL, noNotify, -1, new Frame());
        for (int k = 0; k < lodFrame.markCount(); k++) {
            assertNotEquals(MarkStyle.SPURIOUS, lodFrame.markStyle(k));
        }
        LaneLayout noCpus = layout(lod, Set.of(Lane.cpu(0), Lane.cpu(1), Lane.cpu(2)));
        Frame g = new FrameBuilder().build(lod, noCpus, ALL, TimelineFilter.ALL, -1, new Frame());
        assertEquals(8, g.rows().size());
        for (int k = 0; k < g.markCount(); k++) {
            assertTrue(g.markRow(k) >= 0 && g.markRow(k) < 8);
        }
    }

    @Test
    void framesAreReusedWithoutGrowingForever() {
        TraceStore s = new TraceStore(SharedLineTrace.metadata());
        org.natsume.trace.bench.SyntheticTrace.generate(s, 100_000, 3);
        TraceLod lod = new TraceLod(s);
        LaneLayout l = layout(lod, Set.of());
        FrameBuilder b = new FrameBuilder(20_000, 2_000);
        Frame f = new Frame();
        Viewport full = new Viewport(0, s.endNs() + 1, 1600);
        for (double zoom = 1; zoom < 1e6; zoom *= 7) {
            Viewport v = full.zoom(zoom, 800);
            b.build(lod, l, v, TimelineFilter.ALL, -1, f);
            assertTrue(f.primitiveCount() <= l.size() * 1600 * 3 + 2 * 20_000 * 4, "zoom " + zoom + ": " + f.primitiveCount());
            for (int k = 0; k < f.rectCount(); k++) {
                assertTrue(f.rectX0(k) >= 0 && f.rectX1(k) <= 1600 && f.rectX0(k) < f.rectX1(k), "rect inside the canvas");
            }
        }
    }
}
