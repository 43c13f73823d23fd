package org.natsume.sim.kernel;

import java.util.SplittableRandom;

/**
 * Seeded random streams, one per component, derived from the run seed and the component's name so that adding a
 * component does not shift the numbers of every other one (docs/simulation.md: the kernel).
 */
public final class RandomStreams {
    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public SplittableRandom stream(String component) {
        long h = 1125899906842597L;
        for (int i = 0; i < component.length(); i++) {
            h = 31 * h + component.charAt(i);
        }
        return new SplittableRandom(mix(seed ^ mix(h)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
