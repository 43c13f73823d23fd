package org.natsume.timeline.core;

import java.util.Arrays;
import java.util.List;

/**
 * Everything one timeline frame draws, as columns of primitives (issue "Timeline view": no per-event objects on the UI
 * thread). Three kinds: rectangles (state intervals, density bars) spanning pixel columns [x0, x1) of a row, marks
 * (one event or a pixel's worth of events) at column x of a row, and links between two (row, x) points (the steps of
 * a journey). Each has a {@link MarkStyle} and an int value (count, priority class, or event index). A frame is reused
 * from one redraw to the next: {@link FrameBuilder} clears and refills it.
 */
public final class Frame {

    Viewport viewport;
    List<TimelineLane> rows = List.of();
    boolean fromLod;

    int rects;
    int[] rectRow = new int[64];
    int[] rectX0 = new int[64];
    int[] rectX1 = new int[64];
    byte[] rectStyle = new byte[64];
    int[] rectValue = new int[64];

    int marks;
    int[] markRow = new int[64];
    int[] markX = new int[64];
    byte[] markStyle = new byte[64];
    int[] markValue = new int[64];

    int links;
    int[] linkRow0 = new int[16];
    int[] linkX0 = new int[16];
    int[] linkRow1 = new int[16];
    int[] linkX1 = new int[16];
    byte[] linkStyle = new byte[16];

    void clear(Viewport v, List<TimelineLane> lanes) {
        viewport = v;
        rows = lanes;
        rects = 0;
        marks = 0;
        links = 0;
        fromLod = false;
    }

    /** Adds a rectangle, merging it into the previous one when it continues it (same row, style and value). */
    void rect(int row, int x0, int x1, MarkStyle style, int value) {
        if (x1 <= x0) {
            x1 = x0 + 1;
        }
        int last = rects - 1;
        if (last >= 0 && rectRow[last] == row && rectStyle[last] == style.ordinal() && rectValue[last] == value
                && rectX1[last] >= x0) {
            rectX1[last] = Math.max(rectX1[last], x1);
            return;
        }
        if (rects == rectRow.length) {
            int n = rects * 2;
            rectRow = Arrays.copyOf(rectRow, n);
            rectX0 = Arrays.copyOf(rectX0, n);
            rectX1 = Arrays.copyOf(rectX1, n);
            rectStyle = Arrays.copyOf(rectStyle, n);
            rectValue = Arrays.copyOf(rectValue, n);
        }
        rectRow[rects] = row;
        rectX0[rects] = x0;
        rectX1[rects] = x1;
        rectStyle[rects] = (byte) style.ordinal();
        rectValue[rects] = value;
        rects++;
    }

    void mark(int row, int x, MarkStyle style, int value) {
        if (marks == markRow.length) {
            int n = marks * 2;
            markRow = Arrays.copyOf(markRow, n);
            markX = Arrays.copyOf(markX, n);
            markStyle = Arrays.copyOf(markStyle, n);
            markValue = Arrays.copyOf(markValue, n);
        }
        markRow[marks] = row;
        markX[marks] = x;
        markStyle[marks] = (byte) style.ordinal();
        markValue[marks] = value;
        marks++;
    }

    void link(int row0, int x0, int row1, int x1, MarkStyle style) {
        if (links == linkRow0.length) {
            int n = links * 2;
            linkRow0 = Arrays.copyOf(linkRow0, n);
            linkX0 = Arrays.copyOf(linkX0, n);
            linkRow1 = Arrays.copyOf(linkRow1, n);
            linkX1 = Arrays.copyOf(linkX1, n);
            linkStyle = Arrays.copyOf(linkStyle, n);
        }
        linkRow0[links] = row0;
        linkX0[links] = x0;
        linkRow1[links] = row1;
        linkX1[links] = x1;
        linkStyle[links] = (byte) style.ordinal();
        links++;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The rows, top to bottom; primitives refer to them by index. */
    public List<TimelineLane> rows() {
        return rows;
    }

    /** True when events were drawn from level-of-detail summaries (zoomed out), false when from raw events. */
    public boolean fromLod() {
        return fromLod;
    }

    public int rectCount() {
        return rects;
    }

    public int rectRow(int k) {
        return rectRow[k];
    }

    public int rectX0(int k) {
        return rectX0[k];
    }

    public int rectX1(int k) {
        return rectX1[k];
    }

    public MarkStyle rectStyle(int k) {
        return MarkStyle.of(rectStyle[k]);
    }

    public int rectValue(int k) {
        return rectValue[k];
    }

    public int markCount() {
        return marks;
    }

    public int markRow(int k) {
        return markRow[k];
    }

    public int markX(int k) {
        return markX[k];
    }

    public MarkStyle markStyle(int k) {
        return MarkStyle.of(markStyle[k]);
    }

    /** Raw events: the event index; zoomed out: the count the mark stands for. */
    public int markValue(int k) {
        return markValue[k];
    }

    public int linkCount() {
        return links;
    }

    public int linkRow0(int k) {
        return linkRow0[k];
    }

    public int linkX0(int k) {
        return linkX0[k];
    }

    public int linkRow1(int k) {
        return linkRow1[k];
    }

    public int linkX1(int k) {
        return linkX1[k];
    }

    public MarkStyle linkStyle(int k) {
        return MarkStyle.of(linkStyle[k]);
    }

    /** Total primitives, for benchmarks and sanity checks. */
    public int primitiveCount() {
        return rects + marks + links;
    }
}
