package org.natsume.timeline.ui;

import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.natsume.timeline.core.Frame;
import org.natsume.timeline.core.MarkStyle;
import org.natsume.timeline.core.TimeFormat;
import org.natsume.timeline.core.TimeRuler;
import org.natsume.timeline.core.TimelineLane;
import org.natsume.timeline.core.Viewport;
import org.natsume.trace.lod.LaneKind;

/**
 * Draws one {@link Frame} with SWT GC (issue "Timeline view"): lane labels on the left, the time ruler on top, state
 * rectangles, event marks and journey links. Works on any GC — the view's double-buffered canvas or an offscreen
 * {@code Image} for the benchmark. Cost is bounded by the frame's primitives, which the frame builder bounds by the
 * pixels; colours are switched only when the style changes.
 */
public final class FramePainter {

    private Color current;
    /** Per row: the right edge of what was last drawn, so a pixel already covered is not drawn again. */
    private int[] covered = new int[0];

    /** Paints frame f into a width × height area; topRow is the first lane row shown (vertical scroll). */
    public void paint(GC gc, Frame f, List<TimeRuler.Tick> ticks, int width, int height, int topRow) {
        current = null;
        gc.setBackground(TimelineColors.BACKGROUND);
        gc.fillRectangle(0, 0, width, height);
        List<TimelineLane> rows = f.rows();
        int x0 = TimelineGeometry.LABEL_WIDTH;
        int h = TimelineGeometry.ROW_HEIGHT;
        // stripes
        for (int r = topRow; r < rows.size(); r++) {
            int y = TimelineGeometry.rowTop(r, topRow);
            if (y > height) {
                break;
            }
            if (r % 2 == 1) {
                gc.setBackground(TimelineColors.STRIPE);
                gc.fillRectangle(x0, y, width - x0, h);
            }
        }
        gc.setClipping(x0, TimelineGeometry.RULER_HEIGHT, width - x0, height - TimelineGeometry.RULER_HEIGHT);
        gc.setForeground(TimelineColors.GRID);
        for (TimeRuler.Tick t : ticks) {
            if (t.major()) {
                gc.drawLine(x0 + t.x(), TimelineGeometry.RULER_HEIGHT, x0 + t.x(), height);
            }
        }
        rects(gc, f, topRow, height);
        marks(gc, f, topRow, height);
        fillDensity(gc, topRow, f.viewport().widthPx());
        links(gc, f, topRow);
        gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
        labels(gc, rows, topRow, height);
        ruler(gc, f.viewport(), ticks, width);
    }

    private void bg(GC gc, Color c) {
        if (c != current) {
            gc.setBackground(c);
            current = c;
        }
    }

    private void resetCovered(int rows) {
        if (covered.length < rows) {
            covered = new int[rows];
        }
        java.util.Arrays.fill(covered, 0, rows, Integer.MIN_VALUE);
    }

    private void rects(GC gc, Frame f, int topRow, int height) {
        int x0 = TimelineGeometry.LABEL_WIDTH;
        int h = TimelineGeometry.ROW_HEIGHT;
        resetCovered(f.rows().size());
        for (int k = 0; k < f.rectCount(); k++) {
            int row = f.rectRow(k);
            int y = TimelineGeometry.rowTop(row, topRow);
            MarkStyle style = f.rectStyle(k);
            if (style == MarkStyle.VCPU_ON_PCPU || style == MarkStyle.LINE_HELD_ABSENT) {
                if (y >= TimelineGeometry.RULER_HEIGHT && y <= height) {
                    band(gc, f, k, y);
                }
                continue;
            }
            if (y < TimelineGeometry.RULER_HEIGHT || y > height || f.rectX1(k) <= covered[row]) {
                // off screen, or inside pixels this row already painted (zoomed out, many short states share a pixel)
                continue;
            }
            covered[row] = Math.max(covered[row], f.rectX1(k));
            MarkStyle s = style;
            int v = f.rectValue(k);
            int top;
            int rh;
            switch (s) {
                case VCPU_RUNNING, VCPU_RUNNABLE, VCPU_BLOCKED -> {
                    bg(gc, TimelineColors.vcpu(s, v));
                    top = y + 3;
                    rh = h - 6;
                }
                default -> {
                    // CPU busy and line states: the height shows how much of the column the state filled (quarters)
                    bg(gc, TimelineColors.of(s));
                    rh = Math.max(2, (h - 6) * Math.max(1, Math.min(4, v)) / 4);
                    top = y + h - 3 - rh;
                }
            }
            gc.fillRectangle(x0 + f.rectX0(k), top, Math.max(1, f.rectX1(k) - f.rectX0(k)), rh);
        }
    }

    /**
     * A placement band: under a VCPU's run state, the PCPU it runs on (a colour per PCPU, "P3" where it fits); over a
     * line's state, the time it is held by an absent binder (with the binder's name where it fits).
     */
    private void band(GC gc, Frame f, int k, int y) {
        int h = TimelineGeometry.ROW_HEIGHT;
        int x = TimelineGeometry.LABEL_WIDTH + f.rectX0(k);
        int w = Math.max(1, f.rectX1(k) - f.rectX0(k));
        int v = f.rectValue(k);
        boolean vcpu = f.rectStyle(k) == MarkStyle.VCPU_ON_PCPU;
        bg(gc, vcpu ? TimelineColors.pcpu(v) : TimelineColors.of(MarkStyle.LINE_HELD_ABSENT));
        int top = vcpu ? y + h - 8 : y + 1;
        gc.fillRectangle(x, top, w, 6);
        String text = vcpu ? "P" + v : "held: " + domainLabel(f, v);
        org.eclipse.swt.graphics.Point ext = gc.textExtent(text);
        if (ext.x + 4 <= w) {
            gc.setForeground(TimelineColors.TEXT);
            gc.drawString(text, x + 2, vcpu ? y + 1 : y + h - ext.y, true);
        }
    }

    private static String domainLabel(Frame f, int domain) {
        for (TimelineLane l : f.rows()) {
            if (l.lane().kind() == LaneKind.DOMAIN && l.lane().id() == domain) {
                return l.label();
            }
        }
        return "domain " + domain;
    }

    private void marks(GC gc, Frame f, int topRow, int height) {
        int x0 = TimelineGeometry.LABEL_WIDTH;
        int h = TimelineGeometry.ROW_HEIGHT;
        int maxDensity = 1;
        for (int k = 0; k < f.markCount(); k++) {
            if (f.markStyle(k) == MarkStyle.DENSITY) {
                maxDensity = Math.max(maxDensity, f.markValue(k));
            }
        }
        double logMax = Math.log1p(maxDensity);
        resetCovered(f.rows().size());
        for (int k = 0; k < f.markCount(); k++) {
            int row = f.markRow(k);
            int y = TimelineGeometry.rowTop(row, topRow);
            MarkStyle s = f.markStyle(k);
            if (y < TimelineGeometry.RULER_HEIGHT || y > height || (s != MarkStyle.SPURIOUS && f.markX(k) == covered[row])) {
                // a second mark in a pixel this row already marked adds nothing visible; spurious ones always show
                continue;
            }
            covered[row] = f.markX(k);
            int x = x0 + f.markX(k);
            switch (s) {
                case DENSITY -> {
                    int mh = (int) Math.max(2, Math.round((h - 6) * Math.log1p(f.markValue(k)) / logMax));
                    density(row, f.markX(k), mh, f.viewport().widthPx());
                }
                case SPURIOUS -> {
                    bg(gc, TimelineColors.of(s));
                    gc.fillRectangle(x - 1, y + 2, 3, h - 4);
                    gc.fillPolygon(new int[] {x - 4, y + 1, x + 4, y + 1, x, y + 6});
                }
                default -> {
                    bg(gc, TimelineColors.of(s));
                    gc.fillRectangle(x, y + 4, 2, h - 8);
                }
            }
        }
    }

    /** Density heights per row and pixel, filled as one polygon per row: one GC call instead of one per pixel. */
    private int[][] densityHeights = new int[0][];
    private boolean[] densityUsed = new boolean[0];

    private void density(int row, int x, int height, int width) {
        if (row >= densityHeights.length) {
            densityHeights = java.util.Arrays.copyOf(densityHeights, row + 1);
            densityUsed = java.util.Arrays.copyOf(densityUsed, row + 1);
        }
        if (densityHeights[row] == null || densityHeights[row].length < width) {
            densityHeights[row] = new int[width];
        }
        if (!densityUsed[row]) {
            java.util.Arrays.fill(densityHeights[row], 0);
            densityUsed[row] = true;
        }
        if (x >= 0 && x < width) {
            densityHeights[row][x] = Math.max(densityHeights[row][x], height);
        }
    }

    private void fillDensity(GC gc, int topRow, int width) {
        int x0 = TimelineGeometry.LABEL_WIDTH;
        int[] points = new int[4 * width + 4];
        for (int row = 0; row < densityUsed.length; row++) {
            if (!densityUsed[row]) {
                continue;
            }
            densityUsed[row] = false;
            int base = TimelineGeometry.rowTop(row, topRow) + TimelineGeometry.ROW_HEIGHT - 3;
            int[] hs = densityHeights[row];
            int n = 0;
            points[n++] = x0;
            points[n++] = base;
            for (int x = 0; x < width; x++) {
                points[n++] = x0 + x;
                points[n++] = base - hs[x];
                points[n++] = x0 + x + 1;
                points[n++] = base - hs[x];
            }
            points[n++] = x0 + width;
            points[n++] = base;
            bg(gc, TimelineColors.of(MarkStyle.DENSITY));
            gc.fillPolygon(n == points.length ? points : java.util.Arrays.copyOf(points, n));
        }
    }

    private void links(GC gc, Frame f, int topRow) {
        int x0 = TimelineGeometry.LABEL_WIDTH;
        int half = TimelineGeometry.ROW_HEIGHT / 2;
        Color fg = null;
        for (int k = 0; k < f.linkCount(); k++) {
            MarkStyle s = f.linkStyle(k);
            Color c = TimelineColors.of(s);
            if (c != fg) {
                gc.setForeground(c);
                gc.setLineWidth(s == MarkStyle.SELECTED_LINK ? 2 : 1);
                fg = c;
            }
            int ya = TimelineGeometry.rowTop(f.linkRow0(k), topRow) + half;
            int yb = TimelineGeometry.rowTop(f.linkRow1(k), topRow) + half;
            gc.drawLine(x0 + f.linkX0(k), ya, x0 + f.linkX1(k), yb);
        }
        gc.setLineWidth(1);
    }

    private void labels(GC gc, List<TimelineLane> rows, int topRow, int height) {
        int w = TimelineGeometry.LABEL_WIDTH;
        int h = TimelineGeometry.ROW_HEIGHT;
        gc.setBackground(TimelineColors.LABEL_BACKGROUND);
        gc.fillRectangle(0, 0, w, height);
        gc.setForeground(TimelineColors.TEXT);
        LaneKind previous = null;
        for (int r = topRow; r < rows.size(); r++) {
            int y = TimelineGeometry.rowTop(r, topRow);
            if (y > height) {
                break;
            }
            TimelineLane lane = rows.get(r);
            LaneKind kind = lane.lane().kind();
            if (previous != null && kind != previous && !(kind == LaneKind.VCPU && previous == LaneKind.DOMAIN)) {
                gc.setForeground(TimelineColors.MUTED_TEXT);
                gc.drawLine(0, y, w, y);
                gc.setForeground(TimelineColors.TEXT);
            }
            previous = kind;
            String text = clip(gc, lane.label(), w - 10 - 12 * lane.indent());
            gc.setForeground(lane.indent() > 0 ? TimelineColors.MUTED_TEXT : TimelineColors.TEXT);
            gc.drawString(text, 6 + 12 * lane.indent(), y + (h - gc.getFontMetrics().getHeight()) / 2, true);
        }
        gc.setForeground(TimelineColors.MUTED_TEXT);
        gc.drawLine(w - 1, 0, w - 1, height);
    }

    private static String clip(GC gc, String s, int px) {
        if (gc.textExtent(s).x <= px) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && gc.textExtent(t + "…").x > px) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private void ruler(GC gc, Viewport v, List<TimeRuler.Tick> ticks, int width) {
        int x0 = TimelineGeometry.LABEL_WIDTH;
        int rh = TimelineGeometry.RULER_HEIGHT;
        gc.setBackground(TimelineColors.LABEL_BACKGROUND);
        gc.fillRectangle(x0, 0, width - x0, rh);
        gc.setForeground(TimelineColors.MUTED_TEXT);
        gc.drawLine(x0, rh - 1, width, rh - 1);
        gc.setForeground(TimelineColors.TEXT);
        for (TimeRuler.Tick t : ticks) {
            int x = x0 + t.x();
            if (t.major()) {
                gc.drawLine(x, rh - 10, x, rh - 1);
                gc.drawString(t.label(), x + 3, 2, true);
            } else {
                gc.drawLine(x, rh - 5, x, rh - 1);
            }
        }
        gc.setBackground(TimelineColors.LABEL_BACKGROUND);
        gc.fillRectangle(0, 0, x0, rh);
        gc.drawString("span " + TimeFormat.duration(v.spanNs()), 6, 6, true);
        gc.setForeground(TimelineColors.MUTED_TEXT);
        gc.drawLine(0, rh - 1, x0, rh - 1);
        current = null;
    }
}
