package org.natsume.trace.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.natsume.trace.tests.SharedLineTrace.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.VcpuStateArg;
import org.natsume.trace.lod.Lane;
import org.natsume.trace.lod.LaneKind;
import org.natsume.trace.lod.LodSummary;
import org.natsume.trace.lod.TraceLod;

class TraceLodTest {

    private static TraceLod lod() {
        return new TraceLod(SharedLineTrace.build(), 10); // 1024 ns level-0 buckets
    }

    @Test
    void lanesFromTheEvents() {
        assertEquals(List.of(Lane.cpu(0), Lane.cpu(2), Lane.domain(DOM0), Lane.domain(GUEST_B), Lane.vcpu(DOM0, 0),
                Lane.vcpu(GUEST_B, 0), Lane.gsi(GSI), Lane.device(NIC_A), Lane.device(NIC_B)), lod().lanes());
        assertEquals("guestB vcpu0", Lane.vcpu(GUEST_B, 0).label(SharedLineTrace.metadata()));
        assertEquals("NIC-B, 82541GI 0000:01:00.0", Lane.device(NIC_B).label(SharedLineTrace.metadata()));
    }

    @Test
    void gsiSummaryCountsLatencySpuriousAndLineStates() {
        LodSummary s = lod().summarize(Lane.gsi(GSI), 0, 8192, 2);
        assertEquals(4096, s.sourceWidthNs());
        assertEquals(10, s.count(0));
        assertEquals(9, s.count(1));
        assertEquals(1, s.spurious(0));
        assertEquals(1, s.spurious(1));
        assertEquals(900, s.minLatencyNs(0));
        assertEquals(1300, s.maxLatencyNs(0));
        assertEquals(1200, s.minLatencyNs(1));
        assertEquals(1200, s.maxLatencyNs(1));
        // asserted until Xen hands the line to the guests (GUEST_NOTIFY), in flight until LINE_EOI (SharedLineState)
        assertEquals(300, s.residencyNs(LaneKind.GSI_ASSERTED, 0));
        assertEquals(1300, s.residencyNs(LaneKind.GSI_IN_FLIGHT, 0));
        assertEquals(300, s.residencyNs(LaneKind.GSI_ASSERTED, 1));
        assertEquals(1700, s.residencyNs(LaneKind.GSI_IN_FLIGHT, 1));
        assertEquals(0, s.residencyNs(LaneKind.GSI_MASKED, 1));
        long kinds = s.kinds(0);
        assertTrue((kinds & 1L << TraceKind.LINE_EOI.ordinal()) != 0);
        assertEquals(0, kinds & 1L << TraceKind.LINE_MASK.ordinal());
    }

    @Test
    void maskedLineStaysMaskedToTheEndOfTheTrace() {
        LodSummary s = lod().summarize(Lane.gsi(GSI), 8192, 12288, 1);
        assertEquals(8, s.count(0));
        assertEquals(50, s.residencyNs(LaneKind.GSI_ASSERTED, 0));
        assertEquals(950, s.residencyNs(LaneKind.GSI_MASKED, 0), "open until the last event at 10000");
        assertEquals(0, s.residencyNs(LaneKind.GSI_IN_FLIGHT, 0), "APIC delivery while masked does not unmask");
        assertTrue((s.kinds(0) & 1L << TraceKind.LINE_MASK.ordinal()) != 0);
    }

    @Test
    void vcpuAndCpuResidency() {
        TraceLod lod = lod();
        LodSummary v = lod.summarize(Lane.vcpu(GUEST_B, 0), 0, 10240, 1);
        assertEquals(2200, v.residencyNs(VcpuStateArg.RUNNING, 0));
        assertEquals(7800, v.residencyNs(VcpuStateArg.BLOCKED, 0));
        assertEquals(0, v.residencyNs(VcpuStateArg.RUNNABLE, 0));
        assertEquals(2200, v.residencyNs(LaneKind.VCPU_PRIORITY_SLOT + VcpuStateArg.CLASS_BOOST, 0));
        assertEquals(7800, v.residencyNs(LaneKind.VCPU_PRIORITY_SLOT + VcpuStateArg.CLASS_UNDER, 0));
        assertEquals(VcpuStateArg.BLOCKED, v.dominantSlot(0, 0, LaneKind.VCPU_PRIORITY_SLOT));
        LodSummary c2 = lod.summarize(Lane.cpu(2), 0, 10240, 1);
        assertEquals(2200, c2.residencyNs(0, 0));
        LodSummary c0 = lod.summarize(Lane.cpu(0), 0, 10240, 1);
        assertEquals(10000, c0.residencyNs(0, 0));
    }

    @Test
    void domainLaneSkipsIpiSendWhoseDomainIsAPcpu() {
        TraceLod lod = lod();
        assertEquals(10, lod.summarize(Lane.domain(GUEST_B), 0, 16384, 4).totalCount());
        assertEquals(10, lod.summarize(Lane.domain(DOM0), 0, 16384, 4).totalCount());
    }

    @Test
    void exactIntervalsForZoomedInDrawing() {
        TraceLod lod = lod();
        List<long[]> got = new ArrayList<>();
        lod.intervals(Lane.vcpu(GUEST_B, 0), 2000, 6000, (a, b, code) -> got.add(new long[] {a, b, code}));
        assertEquals(3, got.size());
        assertArrayEquals(new long[] {1400, 2700, VcpuStateArg.RUNNING | VcpuStateArg.CLASS_BOOST << 4}, got.get(0));
        assertArrayEquals(new long[] {2700, 5600, VcpuStateArg.BLOCKED | VcpuStateArg.CLASS_UNDER << 4}, got.get(1));
        assertArrayEquals(new long[] {5600, 6500, VcpuStateArg.RUNNING | VcpuStateArg.CLASS_BOOST << 4}, got.get(2));
        got.clear();
        lod.intervals(Lane.gsi(GSI), 0, 20000, (a, b, code) -> got.add(new long[] {a, b, code}));
        assertEquals(6, got.size());
        assertArrayEquals(new long[] {9050, 10000, LaneKind.GSI_MASKED}, got.get(5));
        assertEquals(LaneKind.GSI_IN_FLIGHT, lod.stateAt(Lane.gsi(GSI), 6000));
        assertEquals(-1, lod.stateAt(Lane.gsi(GSI), 8000));
        assertEquals(-1, lod.stateAt(Lane.gsi(GSI), 999));
        assertEquals(LaneKind.GSI_ASSERTED, lod.stateAt(Lane.gsi(GSI), 1000));
    }

    @Test
    void everyLevelAgreesWithBruteForce() {
        TraceStore s = new TraceStore();
        Random r = new Random(7);
        long t = 0;
        for (int i = 0; i < 50_000; i++) {
            t += i == 0 ? 0 : r.nextInt(300); // first event at 0: stored buckets align with the query's
            boolean notify = r.nextInt(4) == 0;
            s.event(t, notify ? TraceKind.GUEST_NOTIFY : TraceKind.GUEST_ISR, i / 5, r.nextInt(4), r.nextInt(3), 16, -1,
                    notify ? r.nextInt(2) : r.nextInt(100_000));
        }
        TraceLod lod = new TraceLod(s, 8);
        Lane lane = Lane.cpu(1);
        long end = s.endNs() + 1;
        for (int buckets : new int[] {1, 3, 64, 1000}) {
            for (long width = 256; width * buckets < end * 4; width *= 4) {
                long from = width * 7;
                long to = from + width * buckets;
                LodSummary sum = lod.summarize(lane, from, to, buckets);
                int[] count = new int[buckets];
                int[] spurious = new int[buckets];
                long[] max = new long[buckets];
                java.util.Arrays.fill(max, -1);
                for (int i = s.firstAtOrAfter(from); i < s.size() && s.timeNs(i) < to; i++) {
                    if (s.cpu(i) != 1) {
                        continue;
                    }
                    int b = (int) ((s.timeNs(i) - from) / width);
                    count[b]++;
                    if (s.kind(i) == TraceKind.GUEST_NOTIFY && s.arg(i) == 1) {
                        spurious[b]++;
                    }
                    if (s.kind(i) == TraceKind.GUEST_ISR) {
                        max[b] = Math.max(max[b], s.arg(i));
                    }
                }
                for (int b = 0; b < buckets; b++) {
                    String at = buckets + " buckets of " + width + " ns, bucket " + b;
                    assertEquals(count[b], sum.count(b), at);
                    assertEquals(spurious[b], sum.spurious(b), at);
                    assertEquals(max[b], sum.maxLatencyNs(b), at);
                }
                assertTrue(sum.sourceWidthNs() <= width, "never coarser than asked");
                if (width * 2 <= end) {
                    assertEquals(width, sum.sourceWidthNs(), "an aligned query uses the level of its width");
                }
            }
        }
        assertTrue(lod.levels(lane) > 10);
    }

    @Test
    void incrementalUpdateEqualsOneShotBuild() {
        TraceStore full = SharedLineTrace.build();
        TraceStore live = new TraceStore(full.metadata());
        TraceLod incremental = new TraceLod(live, 10);
        for (int i = 0; i < full.size(); i++) {
            live.event(full.timeNs(i), full.kind(i), full.journey(i), full.cpu(i), full.domain(i), full.gsi(i), full.device(i),
                    full.arg(i));
            if (i % 5 == 0) {
                incremental.update();
            }
        }
        incremental.update();
        TraceLod oneShot = new TraceLod(full, 10);
        assertEquals(oneShot.lanes(), incremental.lanes());
        for (Lane lane : oneShot.lanes()) {
            LodSummary a = oneShot.summarize(lane, 0, 16384, 16);
            LodSummary b = incremental.summarize(lane, 0, 16384, 16);
            for (int k = 0; k < 16; k++) {
                assertEquals(a.count(k), b.count(k), lane + " bucket " + k);
                for (int slot = 0; slot < lane.kind().slotCount(); slot++) {
                    assertEquals(a.residencyNs(slot, k), b.residencyNs(slot, k), lane + " slot " + slot + " bucket " + k);
                }
            }
        }
    }

    @Test
    void vcpuStateArgDecodesTheSimulationsEncoding() {
        // the simulation writes (id << 8) | (state.ordinal() << 4) | (priority & 0xf) with Xen's priorities 0, -1, -2
        long under = (3L << 8) | (1L << 4) | (-1 & 0xf);
        assertEquals(3, VcpuStateArg.vcpuId(under));
        assertEquals(VcpuStateArg.RUNNABLE, VcpuStateArg.runState(under));
        assertEquals(VcpuStateArg.UNDER, VcpuStateArg.priority(under));
        assertEquals(VcpuStateArg.CLASS_UNDER, VcpuStateArg.priorityClass(under));
        assertEquals(VcpuStateArg.CLASS_OVER, VcpuStateArg.priorityClass(-2 & 0xf));
        assertEquals(VcpuStateArg.CLASS_BOOST, VcpuStateArg.priorityClass(VcpuStateArg.pack(0, VcpuStateArg.RUNNING, VcpuStateArg.BOOST)));
        assertEquals(under, VcpuStateArg.pack(3, VcpuStateArg.RUNNABLE, VcpuStateArg.UNDER));
        assertEquals("UNDER", VcpuStateArg.priorityName(VcpuStateArg.priorityClass(under)));
    }

    @Test
    void aTraceLongerThanExpectedGetsWiderBuckets() {
        // 1 ns buckets asked for, but the events span 2^40 ns (18 minutes): the LOD widens its buckets instead of
        // allocating 2^40 of them
        TraceStore s = new TraceStore();
        TraceLod lod = new TraceLod(s, 0);
        for (int k = 0; k < 8; k++) {
            s.event((long) k << 37, TraceKind.GUEST_NOTIFY, k, 0, 0, 16, -1, k % 2);
            lod.update();
        }
        assertTrue(lod.baseWidthNs() >= (1L << 40) / (1 << 17), "base width " + lod.baseWidthNs());
        LodSummary all = lod.summarize(Lane.cpu(0), 0, 1L << 40, 8);
        for (int b = 0; b < 8; b++) {
            assertEquals(1, all.count(b), "bucket " + b);
            assertEquals(b % 2, all.spurious(b), "bucket " + b);
        }
        assertTrue(lod.retainedBytes() < 32 << 20, "bounded memory: " + lod.retainedBytes());
    }

    @Test
    void exactIntervalsAddUpToTheLodResidency() {
        TraceStore s = new TraceStore(org.natsume.trace.bench.SyntheticTrace.metadata(0));
        org.natsume.trace.bench.SyntheticTrace.generate(s, 100_000, 11);
        TraceLod lod = new TraceLod(s);
        int checked = 0;
        for (Lane lane : lod.lanes()) {
            int slots = lane.kind() == LaneKind.VCPU ? LaneKind.VCPU_PRIORITY_SLOT : lane.kind().slotCount();
            if (slots == 0) {
                continue;
            }
            long[] total = new long[1];
            long[] previous = {Long.MIN_VALUE, -2};
            lod.intervals(lane, 0, s.endNs() + 1, (start, end, code) -> {
                assertTrue(start >= previous[0], "intervals in time order");
                assertFalse(start == previous[0] && code == previous[1], "a change always changes the state");
                total[0] += end - start;
                previous[0] = end;
                previous[1] = code;
            });
            LodSummary sum = lod.summarize(lane, 0, s.endNs() + 1, 1);
            long residency = 0;
            for (int slot = 0; slot < slots; slot++) {
                residency += sum.residencyNs(slot, 0);
            }
            assertEquals(total[0], residency, lane.toString());
            if (total[0] > 0) {
                checked++;
            }
        }
        assertEquals(3, checked, "PCPU2, guestB vcpu0 and GSI 16 have states (the synthetic Dom0 records none)");
    }

    @Test
    void badQueriesAreRejected() {
        TraceLod lod = lod();
        assertThrows(IllegalArgumentException.class, () -> lod.summarize(Lane.cpu(0), 10, 10, 4));
        assertThrows(IllegalArgumentException.class, () -> lod.summarize(Lane.cpu(0), 0, 10, 0));
        assertEquals(0, lod.summarize(Lane.cpu(7), 0, 10_000, 4).totalCount(), "a lane without events is empty");
    }
}
