package org.natsume.trace.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;

class TraceStoreTest {

    @Test
    void randomAccessReturnsWhatWasAppended() {
        TraceStore s = SharedLineTrace.build();
        assertEquals(40, s.size());
        int i = 22; // IPI_SEND of journey 1: its domain field is the target PCPU
        assertEquals(5400, s.timeNs(i));
        assertEquals(TraceKind.IPI_SEND, s.kind(i));
        assertEquals(1, s.journey(i));
        assertEquals(0, s.cpu(i));
        assertEquals(2, s.domain(i));
        assertEquals(-1, s.gsi(i));
        assertEquals(-1, s.device(i));
        assertEquals(0, s.startNs());
        assertEquals(10_000, s.endNs());
        assertThrows(IndexOutOfBoundsException.class, () -> s.timeNs(40));
    }

    /**
     * A flight-recorder trace of an hour keeps a few journeys whose ids run to 10^8: the journey index must cost what
     * the kept journeys need, not four bytes per id that never occurs (it ran a 1 GB heap out at 86 M).
     */
    @Test
    void sparseJourneyIdsCostPagesNotTheWholeIdRange() {
        TraceStore s = new TraceStore();
        int[] ids = {7, 40_000_000, 40_000_001, 1_500_000_000};
        for (int k = 0; k < ids.length; k++) {
            s.event(1000L * k, TraceKind.PIN_ASSERT, ids[k], 0, -1, 16, 0, 0);
            s.event(1000L * k + 500, TraceKind.GUEST_ISR, ids[k], 0, 2, 16, 0, 500);
        }
        for (int k = 0; k < ids.length; k++) {
            assertEquals(2 * k, s.journeyFirstEvent(ids[k]));
            assertEquals(2 * k + 1, s.journeyLastEvent(ids[k]));
            assertEquals(2 * k + 1, s.nextInJourney(2 * k));
        }
        assertEquals(-1, s.journeyFirstEvent(39_999_999));
        assertEquals(-1, s.journeyFirstEvent(Integer.MAX_VALUE));
        assertTrue(s.retainedBytes() < 8_000_000, "retained " + s.retainedBytes() + " bytes");
    }

    @Test
    void binarySearchByTimeFindsFirstOfEqualTimes() {
        TraceStore s = SharedLineTrace.build();
        assertEquals(0, s.firstAtOrAfter(-5));
        assertEquals(2, s.firstAtOrAfter(1));
        int k = s.firstAtOrAfter(1400);
        assertEquals(TraceKind.VCPU_KICK, s.kind(k));
        assertEquals(TraceKind.VCPU_STATE, s.kind(k + 1));
        assertEquals(k + 2, s.firstAfter(1400));
        assertEquals(s.size(), s.firstAtOrAfter(10_001));
        assertEquals(s.size() - 1, s.firstAtOrAfter(10_000));
    }

    @Test
    void journeyIndexWalksStepsInOrder() {
        TraceStore s = SharedLineTrace.build();
        assertEquals(3, s.journeyCount());
        List<TraceKind> steps = new ArrayList<>();
        for (int i = s.journeyFirstEvent(1); i >= 0; i = s.nextInJourney(i)) {
            steps.add(s.kind(i));
        }
        assertEquals(List.of(TraceKind.PIN_ASSERT, TraceKind.APIC_DELIVER, TraceKind.XEN_IRQ_ENTER, TraceKind.GUEST_NOTIFY,
                TraceKind.GUEST_NOTIFY, TraceKind.IPI_SEND, TraceKind.IPI_ARRIVE, TraceKind.UPCALL, TraceKind.GUEST_ISR,
                TraceKind.GUEST_EOI, TraceKind.GUEST_EOI, TraceKind.LINE_EOI), steps);
        assertEquals(7000, s.timeNs(s.journeyLastEvent(1)));
        assertEquals(-1, s.journeyFirstEvent(3));
        assertEquals(-1, s.journeyFirstEvent(-1));
    }

    @Test
    void outOfOrderAppendIsRejectedWithBothTimes() {
        TraceStore s = new TraceStore();
        s.event(500, TraceKind.PIN_ASSERT, 0, -1, -1, 16, 0, 0);
        s.event(500, TraceKind.APIC_DELIVER, 0, 0, -1, 16, -1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.event(499, TraceKind.LINE_EOI, 0, 0, -1, 16, -1, 0));
        assertTrue(e.getMessage().contains("499") && e.getMessage().contains("500"), e.getMessage());
        assertEquals(2, s.size(), "the rejected event is not stored");
    }

    @Test
    void fieldsOutOfRangeAreRejected() {
        TraceStore s = new TraceStore();
        assertThrows(IllegalArgumentException.class, () -> s.event(0, TraceKind.PIN_ASSERT, 0, 40_000, -1, -1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> s.event(0, TraceKind.PIN_ASSERT, -2, 0, -1, -1, -1, 0));
        assertEquals(0, s.size());
    }

    @Test
    void argsBeyondIntAreKeptExactly() {
        TraceStore s = new TraceStore();
        long[] args = {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 5_000_000_000L, Long.MIN_VALUE, Long.MAX_VALUE, 7};
        for (int k = 0; k < args.length; k++) {
            s.event(k, TraceKind.GUEST_ISR, k, 0, 0, 16, 0, args[k]);
        }
        for (int k = 0; k < args.length; k++) {
            assertEquals(args[k], s.arg(k), "arg of event " + k);
        }
    }

    @Test
    void sparseEventsFarApartKeepExactTimes() {
        // offsets from the chunk's first event overflow 32 bits after 4.3 s: the chunk switches to 64-bit times
        TraceStore s = new TraceStore();
        long[] times = {-5, 0, 1_000, 4_294_967_295L, 4_294_967_296L, 9_000_000_000L, 9_000_000_000L, Long.MAX_VALUE / 2};
        for (int k = 0; k < times.length; k++) {
            s.event(times[k], TraceKind.EOI_TIMER, -1, 0, -1, 16, -1, k);
        }
        for (int k = 0; k < times.length; k++) {
            assertEquals(times[k], s.timeNs(k), "time of event " + k);
        }
        assertEquals(5, s.firstAtOrAfter(8_999_999_999L));
        assertEquals(7, s.firstAfter(9_000_000_000L));
        s.event(Long.MAX_VALUE / 2 + 1, TraceKind.EOI_TIMER, -1, 0, -1, 16, -1, 0);
        assertEquals(Long.MAX_VALUE / 2 + 1, s.endNs());
    }

    @Test
    void eventsSpanManyChunks() {
        TraceStore s = new TraceStore();
        int n = TraceStore.CHUNK_SIZE * 3 + 17;
        for (int i = 0; i < n; i++) {
            s.event(i * 10L, TraceKind.values()[i % TraceKind.values().length], i / 4, i % 4, i % 3, 16, i % 2, i);
        }
        assertEquals(n, s.size());
        for (int i = 0; i < n; i += 9973) {
            assertEquals(i * 10L, s.timeNs(i));
            assertEquals(i, s.arg(i));
            assertEquals(i / 4, s.journey(i));
        }
        assertEquals(TraceStore.CHUNK_SIZE * 2 + 5, s.firstAtOrAfter((TraceStore.CHUNK_SIZE * 2 + 5) * 10L - 3));
        int j = (TraceStore.CHUNK_SIZE - 1) / 4; // a journey crossing the first chunk boundary
        int count = 0;
        for (int i = s.journeyFirstEvent(j); i >= 0; i = s.nextInJourney(i)) {
            assertEquals(j, s.journey(i));
            count++;
        }
        assertEquals(4, count);
    }

    @Test
    void aReaderSeesCompleteEventsWhileTheSimulationAppends() throws Exception {
        TraceStore s = new TraceStore();
        int n = 1_500_000;
        Thread writer = new Thread(() -> {
            for (int i = 0; i < n; i++) {
                s.event(i * 3L, TraceKind.GUEST_NOTIFY, i / 3, i % 4, i % 3, 16, 0, i);
            }
        });
        writer.start();
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        long checks = 0;
        while (writer.isAlive() || checks == 0) {
            int size = s.size();
            if (size == 0) {
                continue;
            }
            int i = r.nextInt(size);
            assertEquals(i * 3L, s.timeNs(i));
            assertEquals(i, s.arg(i));
            int j = s.journey(i);
            assertEquals(i / 3, j);
            int first = s.journeyFirstEvent(j);
            assertEquals(j * 3, first);
            for (int k = first; k >= 0; k = s.nextInJourney(k)) {
                assertEquals(j, s.journey(k));
            }
            assertTrue(s.journeyLastEvent(j) >= i);
            assertEquals(i, s.firstAtOrAfter(i * 3L));
            checks++;
        }
        writer.join();
        assertEquals(n, s.size());
    }

    @Test
    void storeStaysWithinThirtyTwoBytesPerEvent() {
        TraceStore s = new TraceStore();
        int n = 2_000_000;
        for (int i = 0; i < n; i++) {
            s.event(i * 50L, TraceKind.values()[i % 12], i / 10, i % 4, i % 3, 16, i % 2, i % 5000);
        }
        double perEvent = (double) s.retainedBytes() / n;
        assertTrue(perEvent <= 32.0, "bytes per event " + perEvent);
    }
}
