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
