package org.natsume.timeline.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Tick marks for the time ruler above the lanes: major ticks at 1, 2 or 5 × 10^k ns with a label in ns/µs/ms/s, and
 * minor ticks between them, spaced at least a given number of pixels apart.
 */
public final class TimeRuler {

    /** One tick: its time, its pixel column, and its label (null for a minor tick). */
    public record Tick(long timeNs, int x, String label) {
        public boolean major() {
            return label != null;
        }
    }

    private TimeRuler() {
    }

    /** The major step for a viewport: the smallest 1/2/5 × 10^k ns giving at least minMajorPx between labels. */
    public static long majorStepNs(Viewport v, int minMajorPx) {
        double minNs = v.nsPerPixel() * Math.max(1, minMajorPx);
        long step = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if (step * m >= minNs) {
                    return step * m;
                }
            }
            if (step > Long.MAX_VALUE / 100) {
                return step * 10;
            }
            step *= 10;
        }
    }

    /** Ticks of viewport v: majors at least minMajorPx apart, five (or four for a 2-step) minors between them. */
    public static List<Tick> ticks(Viewport v, int minMajorPx) {
        long major = majorStepNs(v, minMajorPx);
        long lead = Long.toString(major).charAt(0) - '0';
        long minor = lead == 2 ? major / 4 : major / 5;
        if (minor == 0 || minor / v.nsPerPixel() < 3) {
            minor = major;
        }
        List<Tick> out = new ArrayList<>();
        long first = Math.floorDiv(v.fromNs(), minor) * minor;
        if (first < v.fromNs()) {
            first += minor;
        }
        for (long t = first; t < v.toNs(); t += minor) {
            boolean isMajor = Math.floorMod(t, major) == 0;
            out.add(new Tick(t, v.x(t), isMajor ? TimeFormat.format(t, major) : null));
        }
        return out;
    }
}
