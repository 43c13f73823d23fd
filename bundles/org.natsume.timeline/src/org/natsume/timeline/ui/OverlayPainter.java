package org.natsume.timeline.ui;

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

    void paint(GC gc, TimelineSession s, long rangeFrom, long rangeTo, int width, int height) {
        Viewport v = s.model().viewport();
        int x0 = TimelineGeometry.LABEL_WIDTH;
        gc.setClipping(x0, 0, width - x0, height);
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
