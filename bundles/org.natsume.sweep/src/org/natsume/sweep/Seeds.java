package org.natsume.sweep;

import java.nio.charset.StandardCharsets;

/**
 * Run seeds from the spec's seed and the cell's labels, never from a worker or a schedule, so every engine and
 * every degree of parallelism runs the same simulations. A cell keeps its seeds when axes or values are added
 * elsewhere in the spec, because they depend on its labels, not on its index.
 */
public final class Seeds {

    private Seeds() {
    }

    public static long of(long specSeed, String cellKey, int run) {
        long h = 0xcbf29ce484222325L; // FNV-1a 64 of the key
        for (byte b : cellKey.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(mix(specSeed ^ h) + run);
    }

    /** SplitMix64's finalizer: neighbouring inputs give unrelated seeds. */
    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
