package org.natsume.timeline.ui;

/** Sizes of the timeline's parts in pixels: the lane label column, the time ruler and one lane row. */
public final class TimelineGeometry {

    public static final int LABEL_WIDTH = 180;
    public static final int RULER_HEIGHT = 28;
    public static final int ROW_HEIGHT = 20;
    /** Smallest spacing of labelled ruler ticks. */
    public static final int MIN_MAJOR_TICK_PX = 90;

    private TimelineGeometry() {
    }

    /** Width of the time area of a canvas clientWidth wide (never below 1). */
    public static int timeWidth(int clientWidth) {
        return Math.max(1, clientWidth - LABEL_WIDTH);
    }

    /** Top pixel of row, given the first row shown. */
    public static int rowTop(int row, int topRow) {
        return RULER_HEIGHT + (row - topRow) * ROW_HEIGHT;
    }

    /** The row at pixel y, or -1 above the rows. */
    public static int rowAt(int y, int topRow) {
        return y < RULER_HEIGHT ? -1 : topRow + (y - RULER_HEIGHT) / ROW_HEIGHT;
    }
}
