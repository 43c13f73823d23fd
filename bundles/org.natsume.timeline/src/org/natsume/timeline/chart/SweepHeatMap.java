package org.natsume.timeline.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.natsume.sweep.RowCsv;
import org.natsume.sweep.SweepTable;

/**
 * A sweep metric over two axes as a heat map (issue 15): one tile per pair of labels, coloured from light (low)
 * to dark (high) and labelled with its value; each tile is the mean over the runs and every other axis.
 */
public final class SweepHeatMap implements Chart {
    private static final int LOW = 0xf7fbff;
    private static final int HIGH = 0x08306b;
    private final SweepTable table;
    private final String metric;
    private final String xAxis;
    private final String yAxis;
    private final String source;

    public SweepHeatMap(SweepTable table, String metric, String xAxis, String yAxis, String source) {
        this.table = table;
        this.metric = metric;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.source = source;
    }

    @Override
    public String title() {
        return metric + " over " + xAxis + " × " + yAxis;
    }

    private double value(String x, String y) {
        return table.mean(metric, Map.of(xAxis, x, yAxis, y));
    }

    @Override
    public String csv() {
        StringBuilder b = new StringBuilder(RowCsv.line(List.of(xAxis, yAxis, metric + "_mean")));
        for (String y : table.labels(yAxis)) {
            for (String x : table.labels(xAxis)) {
                b.append(RowCsv.line(List.of(x, y, RowCsv.number(value(x, y)))));
            }
        }
        return b.toString();
    }

    static int blend(double f) {
        f = Math.max(0, Math.min(1, f));
        int r = (int) Math.round(((LOW >> 16) & 0xff) + f * (((HIGH >> 16) & 0xff) - ((LOW >> 16) & 0xff)));
        int g = (int) Math.round(((LOW >> 8) & 0xff) + f * (((HIGH >> 8) & 0xff) - ((LOW >> 8) & 0xff)));
        int b = (int) Math.round((LOW & 0xff) + f * ((HIGH & 0xff) - (LOW & 0xff)));
        return (r << 16) | (g << 8) | b;
    }

    @Override
    public void draw(ChartGraphics g, int width, int height) {
        g.fillRect(0, 0, width, height, Palette.BACKGROUND);
        int th = g.textHeight();
        g.text(title() + (source == null ? "" : " — " + source), width / 2, th, ChartGraphics.Align.CENTER, Palette.TEXT);
        List<String> rest = new ArrayList<>(table.axes());
        rest.remove(xAxis);
        rest.remove(yAxis);
        g.text(rest.isEmpty() ? "mean over runs" : "mean over runs and " + String.join(", ", rest), width / 2, 2 * th + 2,
                ChartGraphics.Align.CENTER, Palette.AXIS);
        List<String> xs = table.labels(xAxis);
        List<String> ys = table.labels(yAxis);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (String y : ys) {
            for (String x : xs) {
                double v = value(x, y);
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (xs.isEmpty() || ys.isEmpty() || lo > hi) {
            g.text("no successful run to draw", width / 2, height / 2, ChartGraphics.Align.CENTER, Palette.TEXT);
            return;
        }
        int labelW = 0;
        for (String y : ys) {
            labelW = Math.max(labelW, g.textWidth(y));
        }
        int left = 40 + labelW;
        int right = width - 110;
        int top = 3 * th + 12;
        int bottom = height - 3 * th - 10;
        if (right - left < 40 || bottom - top < 40) {
            return;
        }
        double tw = (double) (right - left) / xs.size();
        double tileH = (double) (bottom - top) / ys.size();
        for (int j = 0; j < ys.size(); j++) {
            int y0 = top + (int) (j * tileH);
            int y1 = top + (int) ((j + 1) * tileH);
            g.text(ys.get(j), left - 6, (y0 + y1) / 2, ChartGraphics.Align.RIGHT, Palette.TEXT);
            for (int i = 0; i < xs.size(); i++) {
                int x0 = left + (int) (i * tw);
                int x1 = left + (int) ((i + 1) * tw);
                double v = value(xs.get(i), ys.get(j));
                if (Double.isNaN(v)) {
                    g.fillRect(x0, y0, x1 - x0 - 1, y1 - y0 - 1, Palette.GRID);
                    g.text("failed", (x0 + x1) / 2, (y0 + y1) / 2, ChartGraphics.Align.CENTER, Palette.AXIS);
                    continue;
                }
                double f = hi == lo ? 0.5 : (v - lo) / (hi - lo);
                g.fillRect(x0, y0, x1 - x0 - 1, y1 - y0 - 1, blend(f));
                g.text(SweepLineChart.n(v), (x0 + x1) / 2, (y0 + y1) / 2, ChartGraphics.Align.CENTER,
                        f > 0.5 ? 0xffffff : Palette.TEXT);
            }
        }
        for (int i = 0; i < xs.size(); i++) {
            g.text(xs.get(i), left + (int) ((i + 0.5) * tw), bottom + 6 + th / 2, ChartGraphics.Align.CENTER, Palette.TEXT);
        }
        g.text(xAxis, (left + right) / 2, height - th, ChartGraphics.Align.CENTER, Palette.TEXT);
        g.verticalText(yAxis, 14, (top + bottom) / 2, Palette.TEXT);
        // colour key
        int kx = right + 30;
        for (int k = 0; k < 50; k++) {
            int y = bottom - (int) ((k + 1) * (bottom - top) / 50.0);
            g.fillRect(kx, y, 16, (bottom - top) / 50 + 1, blend(k / 49.0));
        }
        g.text(SweepLineChart.n(hi), kx + 20, top + th / 2, ChartGraphics.Align.LEFT, Palette.TEXT);
        g.text(SweepLineChart.n(lo), kx + 20, bottom - th / 2, ChartGraphics.Align.LEFT, Palette.TEXT);
    }
}
