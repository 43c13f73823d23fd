package org.natsume.timeline.chart;

import java.util.List;

import org.natsume.timeline.core.TimeFormat;

/**
 * The latency histogram (issue "Charts"): one bar group per logarithmic latency bin, one bar colour per device, count
 * on a linear axis, latency on a logarithmic axis labelled at each decade.
 */
public final class HistogramChart implements Chart {

    /** Plot margins; {@link #binAt} uses the same. */
    static final int LEFT = 70;
    static final int RIGHT_MARGIN = 20;

    private final LatencyHistogram data;
    private final String subtitle;

    public HistogramChart(LatencyHistogram data, String subtitle) {
        this.data = data;
        this.subtitle = subtitle;
    }

    /** The latency bin under pixel column x of a chart width wide, or -1 outside the plot. */
    public static int binAt(int x, int width) {
        int right = width - RIGHT_MARGIN;
        if (x < LEFT || x >= right) {
            return -1;
        }
        double slot = (double) (right - LEFT) / LatencyHistogram.BINS;
        return Math.min(LatencyHistogram.BINS - 1, (int) ((x - LEFT) / slot));
    }

    @Override
    public String title() {
        return "Guest ISR latency per device";
    }

    @Override
    public String csv() {
        return data.csv();
    }

    @Override
    public void draw(ChartGraphics g, int width, int height) {
        g.fillRect(0, 0, width, height, Palette.BACKGROUND);
        int th = g.textHeight();
        g.text(title() + (subtitle == null || subtitle.isEmpty() ? "" : " — " + subtitle), width / 2, th, ChartGraphics.Align.CENTER,
                Palette.TEXT);
        List<LatencyHistogram.Series> series = data.series();
        if (series.isEmpty()) {
            g.text("No journey with a guest ISR latency in this trace yet.", width / 2, height / 2, ChartGraphics.Align.CENTER,
                    Palette.TEXT);
            return;
        }
        long max = 1;
        for (LatencyHistogram.Series s : series) {
            for (long c : s.counts()) {
                max = Math.max(max, c);
            }
        }
        long step = Axes.niceStep(max, 5);
        long top = (max + step - 1) / step * step;
        int left = LEFT;
        int right = width - RIGHT_MARGIN;
        // the legend flows in rows across the width, so a short docked view keeps its plot (it was blank there)
        int lx = left;
        int ly = 2 * th + 4;
        for (int i = 0; i < series.size(); i++) {
            String label = series.get(i).device() + " (" + series.get(i).total() + ")";
            int w = 16 + label.length() * Math.max(6, th / 2) + 14;
            if (lx > left && lx + w > right) {
                lx = left;
                ly += th;
            }
            g.fillRect(lx, ly - 5, 10, 10, Palette.series(i));
            g.text(label, lx + 14, ly, ChartGraphics.Align.LEFT, Palette.TEXT);
            lx += w;
        }
        int plotTop = ly + th;
        int bottom = height - 2 * th - 8;
        if (right - left < 50 || bottom - plotTop < 20) {
            g.text("Enlarge the view to see the histogram.", width / 2, Math.min(height - th, ly + th), ChartGraphics.Align.CENTER, Palette.TEXT);
            return;
        }
        for (long v = 0; v <= top; v += step) {
            int y = bottom - (int) ((double) v / top * (bottom - plotTop));
            g.line(left, y, right, y, Palette.GRID, 1, false);
            g.text(Long.toString(v), left - 6, y, ChartGraphics.Align.RIGHT, Palette.TEXT);
        }
        int bins = LatencyHistogram.BINS;
        double slot = (double) (right - left) / bins;
        int bw = Math.max(1, (int) (slot * 0.85 / series.size()));
        for (int b = 0; b < bins; b++) {
            int x0 = left + (int) (b * slot + slot * 0.075);
            for (int i = 0; i < series.size(); i++) {
                long c = series.get(i).counts()[b];
                if (c > 0) {
                    int h = Math.max(1, (int) ((double) c / top * (bottom - plotTop)));
                    g.fillRect(x0 + i * bw, bottom - h, bw, h, Palette.series(i));
                }
            }
            if (b % LatencyHistogram.BINS_PER_DECADE == 0) {
                int x = left + (int) (b * slot);
                g.line(x, bottom, x, bottom + 5, Palette.AXIS, 1, false);
                g.text(TimeFormat.duration((long) LatencyHistogram.lowerNs(b)), x, bottom + 6 + th / 2, ChartGraphics.Align.CENTER,
                        Palette.TEXT);
            }
        }
        g.line(left, bottom, right, bottom, Palette.AXIS, 1, false);
        g.line(left, plotTop, left, bottom, Palette.AXIS, 1, false);
        g.text("latency from pin assertion to the guest ISR (log scale; last bin: ≥ 100 ms)", (left + right) / 2, height - th,
                ChartGraphics.Align.CENTER, Palette.TEXT);
        g.verticalText("journeys", 14, (plotTop + bottom) / 2, Palette.TEXT);
    }
}
