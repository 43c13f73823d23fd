package org.natsume.timeline.chart;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Transform;

/** {@link ChartGraphics} on an SWT GC: the chart canvases and PNG export. */
public final class GcChartGraphics implements ChartGraphics {

    private final GC gc;

    public GcChartGraphics(GC gc) {
        this.gc = gc;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
    }

    private static Color color(int rgb) {
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    @Override
    public void fillRect(int x, int y, int w, int h, int rgb) {
        gc.setBackground(color(rgb));
        gc.fillRectangle(x, y, w, h);
    }

    @Override
    public void line(int x0, int y0, int x1, int y1, int rgb, int width, boolean dashed) {
        gc.setForeground(color(rgb));
        gc.setLineWidth(width);
        gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawLine(x0, y0, x1, y1);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    @Override
    public void text(String s, int x, int y, Align align, int rgb) {
        gc.setForeground(color(rgb));
        int w = textWidth(s);
        int left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        gc.drawString(s, left, y - textHeight() / 2, true);
    }

    @Override
    public void verticalText(String s, int x, int y, int rgb) {
        Transform t = new Transform(gc.getDevice());
        try {
            t.translate(x, y);
            t.rotate(-90);
            gc.setTransform(t);
            gc.setForeground(color(rgb));
            gc.drawString(s, -textWidth(s) / 2, -textHeight() / 2, true);
        } finally {
            gc.setTransform(null);
            t.dispose();
        }
    }

    @Override
    public void circle(int cx, int cy, int r, int rgb) {
        gc.setBackground(color(rgb));
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public int textWidth(String s) {
        return gc.textExtent(s).x;
    }

    @Override
    public int textHeight() {
        return gc.getFontMetrics().getHeight();
    }
}
