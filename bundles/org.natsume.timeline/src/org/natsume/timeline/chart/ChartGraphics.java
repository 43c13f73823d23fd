package org.natsume.timeline.chart;

/**
 * The few drawing operations the charts use, so one chart class draws on screen and into PNG (SWT GC) and SVG
 * alike (issue "Charts": export each chart as PNG/SVG). Colours are 0xRRGGBB.
 */
public interface ChartGraphics {

    enum Align { LEFT, CENTER, RIGHT }

    void fillRect(int x, int y, int w, int h, int rgb);

    void line(int x0, int y0, int x1, int y1, int rgb, int width, boolean dashed);

    void text(String s, int x, int y, Align align, int rgb);

    /** Text written bottom-to-top (a vertical axis title), centred on (x, y). */
    void verticalText(String s, int x, int y, int rgb);

    void circle(int cx, int cy, int r, int rgb);

    int textWidth(String s);

    int textHeight();
}
