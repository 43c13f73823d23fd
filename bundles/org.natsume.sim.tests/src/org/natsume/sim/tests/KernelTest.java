package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.natsume.sim.kernel.EventQueue;
import org.natsume.sim.kernel.RandomStreams;
import org.natsume.sim.kernel.Simulator;

class KernelTest {

    @Test
    void queuePopsInTimeOrderAndTiesInInsertionOrder() {
        EventQueue q = new EventQueue(4);
        SplittableRandom r = new SplittableRandom(3);
        List<long[]> ref = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            long t = r.nextLong(200);
            q.add(t, i, 0, 0);
            ref.add(new long[] {t, i});
        }
        ref.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (long[] e : ref) {
            assertTrue(q.poll());
            assertEquals(e[0], q.polledTime());
            assertEquals(e[1], q.polledTarget());
        }
        assertFalse(q.poll());
    }

    @Test
    void interleavedAddAndPollFollowTimeThenInsertionOrder() {
        // as in a simulation: events are added while others are polled, never before the last polled time, with
        // many at the same nanosecond (also at the current one) and delays spanning 1 ns to 2^40 ns
        EventQueue q = new EventQueue(4);
        java.util.PriorityQueue<long[]> ref = new java.util.PriorityQueue<>(
                (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        SplittableRandom r = new SplittableRandom(7);
        long now = 0;
        int id = 0;
        for (int step = 0; step < 200_000; step++) {
            if (ref.isEmpty() || r.nextInt(100) < 52) {
                int shape = r.nextInt(4);
                long delay = shape == 0 ? 0 : shape == 1 ? r.nextLong(4) : shape == 2 ? r.nextLong(5000) : r.nextLong(1L << 40);
                q.add(now + delay, id, 0, id);
                ref.add(new long[] {now + delay, id});
                id++;
            } else {
                long[] e = ref.poll();
                assertEquals(e[0], q.peekTime());
                assertTrue(q.poll());
                assertEquals(e[0], q.polledTime());
                assertEquals(e[1], q.polledTarget());
                assertEquals(e[1], q.polledArg());
                now = e[0];
            }
            assertEquals(ref.size(), q.size());
        }
        while (!ref.isEmpty()) {
            long[] e = ref.poll();
            assertTrue(q.poll());
            assertEquals(e[1], q.polledTarget());
        }
        assertFalse(q.poll());
        assertEquals(Long.MAX_VALUE, q.peekTime());
    }

    @Test
    void queueRejectsAnEventBeforeTheLastPolledOne() {
        EventQueue q = new EventQueue(4);
        q.add(100, 0, 0, 0);
        q.add(200, 1, 0, 0);
        assertTrue(q.poll());
        q.add(100, 2, 0, 0); // the current time is fine
        assertThrows(IllegalStateException.class, () -> q.add(99, 3, 0, 0));
        // looking ahead does not move the lower bound: after peeking at 200, 150 may still be added
        assertTrue(q.poll());
        assertEquals(200, q.peekTime());
        q.add(150, 4, 0, 0);
        assertEquals(150, q.peekTime());
        assertTrue(q.poll());
        assertEquals(4, q.polledTarget());
        assertTrue(q.poll());
        assertEquals(200, q.polledTime());
        assertFalse(q.poll());
    }

    @Test
    void simulatorMayScheduleAtTheHorizonAfterRunUntil() {
        Simulator sim = new Simulator();
        List<Long> seen = new ArrayList<>();
        int id = sim.register((kind, arg) -> seen.add(sim.now()));
        sim.at(1000, id, 0, 0);
        sim.runUntil(500); // looked at the event at 1000, did not run it
        sim.at(500, id, 0, 0);
        sim.at(700, id, 0, 0);
        sim.runUntil(2000);
        assertEquals(List.of(500L, 700L, 1000L), seen);
    }

    @Test
    void simulatorRunsUntilAndRejectsThePast() {
        Simulator sim = new Simulator();
        List<Long> seen = new ArrayList<>();
        int[] id = new int[1];
        id[0] = sim.register((kind, arg) -> {
            seen.add(sim.now());
            if (arg > 0) {
                sim.after(10, id[0], 0, arg - 1);
            }
        });
        sim.at(5, id[0], 0, 3);
        sim.runUntil(20);
        assertEquals(List.of(5L, 15L), seen);
        assertEquals(20, sim.now());
        sim.runUntil(100);
        assertEquals(List.of(5L, 15L, 25L, 35L), seen);
        assertThrows(IllegalStateException.class, () -> sim.at(1, id[0], 0, 0));
    }

    @Test
    void randomStreamsDependOnSeedAndNameOnly() {
        long a = new RandomStreams(1).stream("nic-a").nextLong();
        long b = new RandomStreams(1).stream("nic-a").nextLong();
        long c = new RandomStreams(1).stream("nic-b").nextLong();
        long d = new RandomStreams(2).stream("nic-a").nextLong();
        assertEquals(a, b);
        assertTrue(a != c && a != d);
    }
}
