package org.natsume.timeline.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paper's figure layout from a reproduce-paper report (issue "Charts"; domain.md §6.2): four panels — send and
 * receive, each without and with the UDP load — with guest B's throughput as bars (left axis, Mb/s, ± one standard
 * deviation) per configuration (case 1–3, shared or unshared line, proposals P1/P2), and the interrupts delivered to
 * guest B as a line on a second axis (solid: all, dashed: spurious). Configurations absent from the report are skipped.
 */
public final class PaperFigureChart implements Chart {

    /** Configurations in the paper's order; %s-%s is direction and load, as in scenario ids. */
    static final String[] CONFIGS = {"C1-%s-%s-SH", "C1-%s-%s-UN", "C2-%s-%s-SH", "C2-%s-%s-UN", "C3-%s-%s-SH", "C3-%s-%s-UN",
        "C3-%s-%s-SH-P1", "C3-%s-%s-SH-P2", "C3-%s-%s-SH-P1-P2"};
    static final String[][] PANELS = {{"S", "N", "Send, no load"}, {"S", "L", "Send, UDP load"}, {"R", "N", "Receive, no load"},
        {"R", "L", "Receive, UDP load"}};
    private static final int BAR = 0x3b6fb6;
    private static final int LINE = 0xc23b3b;
    private static final int SPURIOUS_LINE = 0xe07b28;

    private final PaperResults data;
    private final String source;

    public PaperFigureChart(PaperResults data, String source) {
        this.data = data;
        this.source = source;
    }

    @Override
    public String title() {
        return "Guest B throughput and interrupts (paper figure layout)";
    }

    static String label(String config) {
        return config.replace("-%s-%s", "");
    }

    /** The scenarios of one panel that the report has, in the paper's order. */
    List<PaperResults.Scenario> panel(int p) {
        List<PaperResults.Scenario> out = new ArrayList<>();
        for (String c : CONFIGS) {
            PaperResults.Scenario s = data.get(String.format(c, PANELS[p][0], PANELS[p][1]));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public String csv() {
        StringBuilder b = new StringBuilder("scenario,direction,load,configuration,throughput_mbps_mean,throughput_mbps_std,"
                + "interrupts_own,interrupts_spurious\n");
        for (int p = 0; p < PANELS.length; p++) {
            for (String c : CONFIGS) {
                PaperResults.Scenario s = data.get(String.format(c, PANELS[p][0], PANELS[p][1]));
                if (s != null) {
                    b.append(s.id()).append(',').append(PANELS[p][0].equals("S") ? "send" : "receive").append(',')
                            .append(PANELS[p][1].equals("L") ? "udp" : "none").append(',').append(label(c)).append(',')
                            .append(n(s.throughputMean())).append(',').append(n(s.throughputStd())).append(',')
                            .append(n(s.interruptsOwn())).append(',').append(n(s.interruptsSpurious())).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String n(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    @Override
    public void draw(ChartGraphics g, int width, int height) {
        g.fillRect(0, 0, width, height, Palette.BACKGROUND);
        int th = g.textHeight();
        g.text(title() + (source == null ? "" : " — " + source), width / 2, th, ChartGraphics.Align.CENTER, Palette.TEXT);
        if (data.isEmpty()) {
            g.text("No reproduce-paper report opened: run ./natsume reproduce-paper --json FILE, then open FILE.", width / 2,
                    height / 2, ChartGraphics.Align.CENTER, Palette.TEXT);
            return;
        }
        int legendY = 2 * th + 4;
        g.fillRect(width / 2 - 260, legendY - 5, 10, 10, BAR);
        g.text("throughput, Mb/s (left axis, ± std)", width / 2 - 244, legendY, ChartGraphics.Align.LEFT, Palette.TEXT);
        g.line(width / 2 + 30, legendY, width / 2 + 50, legendY, LINE, 2, false);
        g.text("interrupts to guest B", width / 2 + 56, legendY, ChartGraphics.Align.LEFT, Palette.TEXT);
        g.line(width / 2 + 200, legendY, width / 2 + 220, legendY, SPURIOUS_LINE, 2, true);
        g.text("spurious", width / 2 + 226, legendY, ChartGraphics.Align.LEFT, Palette.TEXT);
        double maxTp = 1;
        double maxIrq = 1;
        for (PaperResults.Scenario s : data.all()) {
            if (!Double.isNaN(s.throughputMean())) {
                maxTp = Math.max(maxTp, s.throughputMean() + (Double.isNaN(s.throughputStd()) ? 0 : s.throughputStd()));
            }
            if (!Double.isNaN(s.interruptsOwn())) {
                maxIrq = Math.max(maxIrq, s.interruptsOwn() + (Double.isNaN(s.interruptsSpurious()) ? 0 : s.interruptsSpurious()));
            }
        }
        int top = legendY + th;
        int pw = width / 2;
        int ph = (height - top) / 2;
        for (int p = 0; p < PANELS.length; p++) {
            panel(g, p, (p % 2) * pw, top + (p / 2) * ph, pw, ph, maxTp, maxIrq);
        }
    }

    private void panel(ChartGraphics g, int p, int x, int y, int w, int h, double maxTp, double maxIrq) {
        int th = g.textHeight();
        g.text(PANELS[p][2], x + w / 2, y + th, ChartGraphics.Align.CENTER, Palette.TEXT);
        int left = x + 60;
        int right = x + w - 60;
        int plotTop = y + 2 * th + 4;
        int bottom = y + h - 2 * th - 8;
        if (right - left < 40 || bottom - plotTop < 30) {
            return;
        }
        long tpStep = Axes.niceStep(maxTp, 4);
        double tpTop = Math.ceil(maxTp / tpStep) * tpStep;
        long irqStep = Axes.niceStep(maxIrq, 4);
        double irqTop = Math.ceil(maxIrq / irqStep) * irqStep;
        for (long v = 0; v <= tpTop; v += tpStep) {
            int yy = bottom - (int) (v / tpTop * (bottom - plotTop));
            g.line(left, yy, right, yy, Palette.GRID, 1, false);
            g.text(Long.toString(v), left - 5, yy, ChartGraphics.Align.RIGHT, BAR);
        }
        for (long v = 0; v <= irqTop; v += irqStep) {
            int yy = bottom - (int) (v / irqTop * (bottom - plotTop));
            g.text(compact(v), right + 5, yy, ChartGraphics.Align.LEFT, LINE);
        }
        g.verticalText("Mb/s", x + 14, (plotTop + bottom) / 2, BAR);
        g.verticalText("interrupts", x + w - 12, (plotTop + bottom) / 2, LINE);
        List<PaperResults.Scenario> ss = panel(p);
        if (ss.isEmpty()) {
            g.text("not in this report", (left + right) / 2, (plotTop + bottom) / 2, ChartGraphics.Align.CENTER, Palette.AXIS);
        }
        double slot = (double) (right - left) / Math.max(1, ss.size());
        int prevX = -1;
        int prevY = -1;
        int prevSy = -1;
        for (int i = 0; i < ss.size(); i++) {
            PaperResults.Scenario s = ss.get(i);
            int cx = left + (int) (slot * (i + 0.5));
            int bw = Math.max(3, (int) (slot * 0.6));
            if (!Double.isNaN(s.throughputMean())) {
                int bh = (int) (s.throughputMean() / tpTop * (bottom - plotTop));
                g.fillRect(cx - bw / 2, bottom - bh, bw, bh, BAR);
                if (!Double.isNaN(s.throughputStd()) && s.throughputStd() > 0) {
                    int e0 = bottom - (int) ((s.throughputMean() - s.throughputStd()) / tpTop * (bottom - plotTop));
                    int e1 = bottom - (int) ((s.throughputMean() + s.throughputStd()) / tpTop * (bottom - plotTop));
                    g.line(cx, e0, cx, e1, Palette.AXIS, 1, false);
                    g.line(cx - 3, e1, cx + 3, e1, Palette.AXIS, 1, false);
                }
            }
            double own = Double.isNaN(s.interruptsOwn()) ? 0 : s.interruptsOwn();
            double sp = Double.isNaN(s.interruptsSpurious()) ? 0 : s.interruptsSpurious();
            int ly = bottom - (int) ((own + sp) / irqTop * (bottom - plotTop));
            int sy = bottom - (int) (sp / irqTop * (bottom - plotTop));
            if (prevX >= 0) {
                g.line(prevX, prevY, cx, ly, LINE, 2, false);
                g.line(prevX, prevSy, cx, sy, SPURIOUS_LINE, 2, true);
            }
            g.circle(cx, ly, 3, LINE);
            g.circle(cx, sy, 2, SPURIOUS_LINE);
            prevX = cx;
            prevY = ly;
            prevSy = sy;
            String lab = s.id().substring(0, 2) + s.id().substring(s.id().indexOf('-', 5));
            g.text(lab, cx, bottom + 4 + th / 2 + (i % 2) * th, ChartGraphics.Align.CENTER, Palette.TEXT);
        }
        g.line(left, bottom, right, bottom, Palette.AXIS, 1, false);
        g.line(left, plotTop, left, bottom, BAR, 1, false);
        g.line(right, plotTop, right, bottom, LINE, 1, false);
    }

    private static String compact(long v) {
        if (v >= 1_000_000) {
            return (v / 1_000_000.0 == Math.rint(v / 1_000_000.0) ? Long.toString(v / 1_000_000) : String.format(Locale.ROOT, "%.1f", v / 1e6)) + "M";
        }
        if (v >= 1000) {
            return (v % 1000 == 0 ? Long.toString(v / 1000) : String.format(Locale.ROOT, "%.1f", v / 1e3)) + "k";
        }
        return Long.toString(v);
    }
}
