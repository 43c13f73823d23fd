package org.natsume.timeline.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.natsume.sweep.RowCsv;
import org.natsume.sweep.SweepTable;

/**
 * A sweep metric against one axis (issue 15): x is the axis (spaced by value when every label is a number),
 * one line per label of a second axis (or a single line), each point the mean over the runs and over every other
 * axis, which the subtitle names.
 */
public final class SweepLineChart implements Chart {
    private final SweepTable table;
    private final String metric;
    private final String xAxis;
    private final String seriesAxis;
    private final String source;

    /** @param seriesAxis null for one line */
    public SweepLineChart(SweepTable table, String metric, String xAxis, String seriesAxis, String source) {
        this.table = table;
        this.metric = metric;
        this.xAxis = xAxis;
        this.seriesAxis = seriesAxis;
        this.source = source;
    }

    @Override
    public String title() {
        return metric + " against " + xAxis + (seriesAxis == null ? "" : ", one line per " + seriesAxis);
    }

    private List<String> series() {
        return seriesAxis == null ? java.util.Collections.singletonList(null) : table.labels(seriesAxis);
    }

    private double value(String x, String s) {
        Map<String, String> where = new LinkedHashMap<>();
        where.put(xAxis, x);
        if (s != null) {
            where.put(seriesAxis, s);
        }
        return table.mean(metric, where);
    }

    String averagedOver() {
        List<String> rest = new ArrayList<>(table.axes());
        rest.remove(xAxis);
        rest.remove(seriesAxis);
        return rest.isEmpty() ? "mean over runs" : "mean over runs and " + String.join(", ", rest);
    }

    @Override
    public String csv() {
        StringBuilder b = new StringBuilder(RowCsv.line(List.of(xAxis, seriesAxis == null ? "series" : seriesAxis,
                metric + "_mean")));
        for (String s : series()) {
            for (String x : table.labels(xAxis)) {
                b.append(RowCsv.line(List.of(x, s == null ? "" : s, RowCsv.number(value(x, s)))));
            }
        }
        return b.toString();
    }

    @Override
    public void draw(ChartGraphics g, int width, int height) {
        g.fillRect(0, 0, width, height, Palette.BACKGROUND);
        int th = g.textHeight();
        g.text(title() + (source == null ? "" : " — " + source), width / 2, th, ChartGraphics.Align.CENTER, Palette.TEXT);
        g.text(averagedOver() + (table.failedRuns() > 0 ? "; " + table.failedRuns() + " failed runs left out" : ""),
                width / 2, 2 * th + 2, ChartGraphics.Align.CENTER, Palette.AXIS);
        List<String> xs = table.labels(xAxis);
        List<String> ss = series();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (String s : ss) {
            for (String x : xs) {
                double v = value(x, s);
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (xs.isEmpty() || lo > hi) {
            g.text("no successful run to draw", width / 2, height / 2, ChartGraphics.Align.CENTER, Palette.TEXT);
            return;
        }
        double[] scale = ValueScale.of(Math.min(0, lo), hi);
        int legendW = 0;
        for (String s : ss) {
            legendW = Math.max(legendW, g.textWidth(s == null ? metric : seriesAxis + " = " + s));
        }
        int left = 70;
        int right = width - legendW - 50;
        int top = 3 * th + 12;
        int bottom = height - 3 * th - 10;
        if (right - left < 60 || bottom - top < 40) {
            return;
        }
        for (double v = scale[0]; v <= scale[1] + scale[2] / 2; v += scale[2]) {
            int y = ValueScale.y(v, scale, top, bottom);
            g.line(left, y, right, y, Palette.GRID, 1, false);
            g.text(ValueScale.label(v, scale[2]), left - 6, y, ChartGraphics.Align.RIGHT, Palette.TEXT);
        }
        g.verticalText(metric, 16, (top + bottom) / 2, Palette.TEXT);
        double[] numeric = table.numericLabels(xAxis);
        int[] px = new int[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            if (numeric != null && xs.size() > 1) {
                double min = java.util.Arrays.stream(numeric).min().getAsDouble();
                double max = java.util.Arrays.stream(numeric).max().getAsDouble();
                px[i] = max == min ? (left + right) / 2 : left + 10 + (int) ((numeric[i] - min) / (max - min) * (right - left - 20));
            } else {
                px[i] = left + (int) ((right - left) * (i + 0.5) / xs.size());
            }
            g.line(px[i], bottom, px[i], bottom + 4, Palette.AXIS, 1, false);
            g.text(xs.get(i), px[i], bottom + 6 + th / 2 + (xs.size() > 8 ? (i % 2) * th : 0), ChartGraphics.Align.CENTER,
                    Palette.TEXT);
        }
        g.text(xAxis, (left + right) / 2, height - th, ChartGraphics.Align.CENTER, Palette.TEXT);
        for (int k = 0; k < ss.size(); k++) {
            int color = Palette.series(k);
            int prevX = -1;
            int prevY = -1;
            for (int i = 0; i < xs.size(); i++) {
                double v = value(xs.get(i), ss.get(k));
                if (Double.isNaN(v)) {
                    prevX = -1;
                    continue;
                }
                int y = ValueScale.y(v, scale, top, bottom);
                if (prevX >= 0) {
                    g.line(prevX, prevY, px[i], y, color, 2, k >= Palette.SERIES.length);
                }
                g.circle(px[i], y, 3, color);
                prevX = px[i];
                prevY = y;
            }
            int ly = top + k * (th + 6);
            g.line(right + 16, ly, right + 36, ly, color, 2, k >= Palette.SERIES.length);
            g.text(ss.get(k) == null ? metric : seriesAxis + " = " + ss.get(k), right + 42, ly, ChartGraphics.Align.LEFT,
                    Palette.TEXT);
        }
        g.line(left, bottom, right, bottom, Palette.AXIS, 1, false);
        g.line(left, top, left, bottom, Palette.AXIS, 1, false);
    }

    /** Formats v for the CSV of charts; kept here so both sweep charts print numbers alike. */
    static String n(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }
}
