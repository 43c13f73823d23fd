package org.natsume.timeline.chart;

import java.util.Locale;

/**
 * {@link ChartGraphics} writing an SVG document. Text widths are estimated from the font size (no font metrics
 * without a display), which is close enough for axis labels in a sans-serif font.
 */
public final class SvgChartGraphics implements ChartGraphics {

    private static final int FONT_PX = 12;
    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    public SvgChartGraphics(int width, int height) {
        this.width = width;
        this.height = height;
    }

    private static String c(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void fillRect(int x, int y, int w, int h, int rgb) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n", x, y, w, h, c(rgb)));
    }

    @Override
    public void line(int x0, int y0, int x1, int y1, int rgb, int w, boolean dashed) {
        body.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n", x0,
                y0, x1, y1, c(rgb), w, dashed ? " stroke-dasharray=\"5,3\"" : ""));
    }

    @Override
    public void text(String s, int x, int y, Align align, int rgb) {
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        body.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" text-anchor=\"%s\" dominant-baseline=\"middle\">%s</text>%n",
                x, y, c(rgb), anchor, escape(s)));
    }

    @Override
    public void verticalText(String s, int x, int y, int rgb) {
        body.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"%s\" text-anchor=\"middle\" dominant-baseline=\"middle\" transform=\"rotate(-90 %d %d)\">%s</text>%n",
                x, y, c(rgb), x, y, escape(s)));
    }

    @Override
    public void circle(int cx, int cy, int r, int rgb) {
        body.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\"/>%n", cx, cy, r, c(rgb)));
    }

    @Override
    public int textWidth(String s) {
        return (int) Math.ceil(s.length() * FONT_PX * 0.55);
    }

    @Override
    public int textHeight() {
        return FONT_PX + 3;
    }

    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\""
                + height + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"sans-serif\" font-size=\"" + FONT_PX + "\">\n"
                + body + "</svg>\n";
    }
}
