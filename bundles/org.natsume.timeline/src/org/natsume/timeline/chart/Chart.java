package org.natsume.timeline.chart;

/** A chart drawn with {@link ChartGraphics}: on screen, to PNG and SVG; its data as CSV. */
public interface Chart {

    String title();

    /** Draws the whole chart into a width × height area starting at (0, 0). */
    void draw(ChartGraphics g, int width, int height);

    /** The data drawn, as CSV with a header line. */
    String csv();
}
