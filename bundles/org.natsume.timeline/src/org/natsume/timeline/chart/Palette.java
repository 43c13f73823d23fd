package org.natsume.timeline.chart;

/** Series colours of the charts (distinguishable, print-friendly). */
final class Palette {
    static final int[] SERIES = {0x3b6fb6, 0xe07b28, 0x3a9d5d, 0xc23b3b, 0x8a5cb8, 0x7f7f7f};
    static final int AXIS = 0x404040;
    static final int GRID = 0xe3e6ec;
    static final int TEXT = 0x202020;
    static final int BACKGROUND = 0xffffff;

    private Palette() {
    }

    static int series(int i) {
        return SERIES[i % SERIES.length];
    }
}
