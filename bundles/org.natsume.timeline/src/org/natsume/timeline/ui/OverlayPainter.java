package org.natsume.timeline.ui;

import org.natsume.timeline.core.MarkStyle;
import org.natsume.timeline.core.query.TraceSearch;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.natsume.timeline.core.EventText;
import org.natsume.timeline.core.TimeFormat;
import org.natsume.timeline.core.Viewport;
import org.natsume.timeline.core.breakpoint.BreakpointHit;
import org.natsume.timeline.live.LiveRun;
import org.natsume.trace.TraceStore;

/**
 * What is drawn over the frame: the selected range with its duration, the cursor on the current step of the selected
 * journey with its description, and the breakpoint a live run is paused at.
 */
final class OverlayPainter {

    /** At most this many find hits are highlighted per frame. */
    static final int MAX_HIGHLIGHTS = 5_000;

    void paint(GC gc, TimelineSession s, long rangeFrom, long rangeTo, int width, int height, boolean legend) {
        Viewport v = s.model().viewport();
        int x0 = TimelineGeometry.LABEL_WIDTH;
        gc.setClipping(x0, 0, width - x0, height);
        highlights(gc, s, v, x0, height);
        bookmarks(gc, s, v, x0, height);
        LiveRun run = s.run();
        BreakpointHit hit = run != null && run.state() == LiveRun.State.PAUSED ? run.pausedAt() : null;
        if (hit != null) {
            int x = x0 + v.x(hit.timeNs());
            gc.setForeground(TimelineColors.BREAKPOINT);
            gc.setLineWidth(2);
            gc.drawLine(x, TimelineGeometry.RULER_HEIGHT, x, height);
            gc.setLineWidth(1);
            label(gc, "Breakpoint: " + BreakpointText.describe(hit, run, s.store().metadata()) + " at "
                    + TimeFormat.duration(hit.timeNs()), x, height - 22,
                    TimelineColors.BREAKPOINT, width);
        }
        int step = s.stepEvent();
        if (step >= 0) {
            TraceStore store = s.store();
            long t = store.timeNs(step);
            int x = x0 + v.x(t);
            gc.setForeground(TimelineColors.CURSOR);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(x, TimelineGeometry.RULER_HEIGHT, x, height);
            gc.setLineStyle(SWT.LINE_SOLID);
            int n = s.model().navigator().steps(s.model().selectedRow()).length;
            label(gc, "step " + (s.stepIndex() + 1) + "/" + n + ": " + EventText.describe(store, step), x, height - 44, TimelineColors.CURSOR, width);
        }
        if (rangeFrom >= 0 && rangeTo != rangeFrom) {
            long a = Math.min(rangeFrom, rangeTo);
            long b = Math.max(rangeFrom, rangeTo);
            int xa = x0 + v.x(a);
            int xb = x0 + v.x(b);
            gc.setAlpha(50);
            gc.setBackground(TimelineColors.RANGE);
            gc.fillRectangle(xa, TimelineGeometry.RULER_HEIGHT, Math.max(1, xb - xa), height);
            gc.setAlpha(255);
            gc.setForeground(TimelineColors.RANGE);
            gc.drawLine(xa, 0, xa, height);
            gc.drawLine(xb, 0, xb, height);
            label(gc, TimeFormat.duration(b - a), (xa + xb) / 2, TimelineGeometry.RULER_HEIGHT + 24, TimelineColors.RANGE, width);
        }
        gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
        if (legend) {
            legend(gc, width);
        }
    }

    /** Find hits: a yellow band over the ruler and a tick at each hit's lane rows; the current hit stronger. */
    private static void highlights(GC gc, TimelineSession s, Viewport v, int x0, int height) {
        TraceSearch search = s.search();
        if (search == null) {
            return;
        }
        int[] hits = search.matchesIn(s.model().journeys(), v.fromNs(), v.toNs(), MAX_HIGHLIGHTS);
        gc.setBackground(TimelineColors.HIGHLIGHT);
        // full-height bands only while they stay apart; a crowd of hits keeps its ticks on the ruler and leaves the
        // lanes readable instead of painting them all yellow
        boolean bands = hits.length * 12L < Math.max(1, v.widthPx());
        gc.setAlpha(bands ? 120 : 200);
        for (int i : hits) {
            int x = x0 + v.x(s.store().timeNs(i));
            gc.fillRectangle(x - 2, TimelineGeometry.RULER_HEIGHT - 8, 5, 8);
            if (bands) {
                gc.fillRectangle(x - 1, TimelineGeometry.RULER_HEIGHT, 3, height);
            }
        }
        gc.setAlpha(255);
        int hit = s.searchHit();
        if (hit >= 0) {
            int x = x0 + v.x(s.store().timeNs(hit));
            gc.setForeground(TimelineColors.HIGHLIGHT_STRONG);
            gc.setLineWidth(3);
            gc.drawLine(x, TimelineGeometry.RULER_HEIGHT - 10, x, height);
            gc.setLineWidth(1);
        }
    }

    /** Bookmarks: a blue flag on the ruler. */
    private static void bookmarks(GC gc, TimelineSession s, Viewport v, int x0, int height) {
        gc.setBackground(TimelineColors.RANGE);
        for (org.natsume.timeline.core.Bookmarks.Bookmark b : s.bookmarks().list()) {
            if (b.timeNs() >= v.fromNs() && b.timeNs() < v.toNs()) {
                int x = x0 + v.x(b.timeNs());
                gc.fillPolygon(new int[] {x, 2, x + 9, 6, x, 10});
                gc.setForeground(TimelineColors.RANGE);
                gc.drawLine(x, 2, x, TimelineGeometry.RULER_HEIGHT);
            }
        }
    }

    private static final MarkStyle[][] LEGEND = {
        {MarkStyle.CPU_BUSY, MarkStyle.VCPU_RUNNING, MarkStyle.VCPU_RUNNABLE, MarkStyle.VCPU_BLOCKED},
        {MarkStyle.LINE_ASSERTED, MarkStyle.LINE_IN_FLIGHT, MarkStyle.LINE_MASKED, MarkStyle.DENSITY},
        {MarkStyle.ASSERT, MarkStyle.DELIVER, MarkStyle.NOTIFY, MarkStyle.SPURIOUS},
        {MarkStyle.IPI, MarkStyle.ISR, MarkStyle.EOI, MarkStyle.WARNING, MarkStyle.NETWORK},
        {MarkStyle.VCPU_ON_PCPU, MarkStyle.LINE_HELD_ABSENT}};

    /** What every colour means, top right. */
    private static void legend(GC gc, int width) {
        int lineH = gc.getFontMetrics().getHeight() + 2;
        int colW = 0; // as wide as the longest name, so the last column stays inside the box
        for (MarkStyle[] column : LEGEND) {
            for (MarkStyle m : column) {
                colW = Math.max(colW, gc.textExtent(legendName(m)).x + 30);
            }
        }
        int cols = LEGEND.length;
        int rows = 5;
        int w = cols * colW + 12;
        int h = rows * lineH + 10;
        int x = width - w - 8;
        int y = TimelineGeometry.RULER_HEIGHT + 6;
        gc.setAlpha(235);
        gc.setBackground(TimelineColors.BACKGROUND);
        gc.fillRectangle(x, y, w, h);
        gc.setAlpha(255);
        gc.setForeground(TimelineColors.MUTED_TEXT);
        gc.drawRectangle(x, y, w, h);
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < LEGEND[c].length; r++) {
                MarkStyle m = LEGEND[c][r];
                int cx = x + 8 + c * colW;
                int cy = y + 6 + r * lineH;
                if (m == MarkStyle.VCPU_ON_PCPU) {
                    for (int p = 0; p < 4; p++) { // one colour per PCPU: show the first four
                        gc.setBackground(TimelineColors.pcpu(p));
                        gc.fillRectangle(cx + 4 * p, cy + 2, 4, lineH - 6);
                    }
                } else {
                    gc.setBackground(TimelineColors.of(m));
                    gc.fillRectangle(cx, cy + 2, 14, lineH - 6);
                }
                gc.setForeground(TimelineColors.TEXT);
                gc.drawString(legendName(m), cx + 20, cy, true);
            }
        }
    }

    static String legendName(MarkStyle m) {
        return switch (m) {
            case CPU_BUSY -> "PCPU busy";
            case VCPU_RUNNING -> "VCPU running";
            case VCPU_RUNNABLE -> "VCPU runnable";
            case VCPU_BLOCKED -> "VCPU blocked";
            case LINE_ASSERTED -> "line asserted";
            case LINE_IN_FLIGHT -> "line in flight";
            case LINE_MASKED -> "line masked";
            case DENSITY -> "events (zoomed out)";
            case ASSERT -> "pin assert / MSI";
            case DELIVER -> "APIC / Xen do_IRQ";
            case NOTIFY -> "own notification";
            case SPURIOUS -> "spurious notification";
            case IPI -> "kick / IPI";
            case ISR -> "upcall / guest ISR";
            case EOI -> "EOI";
            case WARNING -> "mask / drop";
            case NETWORK -> "NAPI / netback / ring";
            case VCPU_ON_PCPU -> "VCPU on PCPU n (Pn)";
            case LINE_HELD_ABSENT -> "line held: binder absent";
            default -> m.name();
        };
    }

    private static void label(GC gc, String text, int x, int y, org.eclipse.swt.graphics.Color color, int width) {
        Point size = gc.textExtent(text);
        int lx = Math.max(TimelineGeometry.LABEL_WIDTH + 2, Math.min(x + 4, width - size.x - 6));
        gc.setBackground(TimelineColors.BACKGROUND);
        gc.setAlpha(230);
        gc.fillRectangle(lx - 3, y - 1, size.x + 6, size.y + 2);
        gc.setAlpha(255);
        gc.setForeground(color);
        gc.drawRectangle(lx - 3, y - 1, size.x + 6, size.y + 2);
        gc.drawString(text, lx, y, true);
    }
}
