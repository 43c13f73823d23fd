package org.natsume.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.natsume.sim.metrics.Stat;

/**
 * Per cell: runs ok and failed, and mean, standard deviation, min and max of every metric over the runs that
 * worked. Built from the rows as written (so a resumed sweep summarises the cells it read back the same way), as
 * {@code summary.csv} and as a text table for the terminal.
 */
public final class SweepSummary {

    /** One cell's line; {@code stats[m]} is null when no run of the cell worked. */
    public record CellStats(int cell, List<String> labels, int ok, int failed, Stat[] stats, List<String> errors) {
    }

    private final SweepPlan plan;
    private final List<CellStats> cells;

    private SweepSummary(SweepPlan plan, List<CellStats> cells) {
        this.plan = plan;
        this.cells = cells;
    }

    public static SweepSummary of(SweepPlan plan, List<List<String>> rows) {
        int axes = plan.axisNames().size();
        int status = axes + 3;
        int metrics = plan.spec().metrics().size();
        List<CellStats> out = new ArrayList<>();
        for (Cell c : plan.cells()) {
            List<double[]> values = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            int failed = 0;
            for (List<String> r : rows) {
                if (Integer.parseInt(r.get(0)) != c.index()) {
                    continue;
                }
                if ("ok".equals(r.get(status))) {
                    double[] v = new double[metrics];
                    for (int m = 0; m < metrics; m++) {
                        v[m] = Double.parseDouble(r.get(status + 1 + m));
                    }
                    values.add(v);
                } else {
                    failed++;
                    errors.add("run " + r.get(axes + 1) + ": " + r.get(status + 1 + metrics));
                }
            }
            Stat[] stats = new Stat[metrics];
            for (int m = 0; m < metrics && !values.isEmpty(); m++) {
                final int k = m;
                stats[m] = Stat.of(values.stream().mapToDouble(v -> v[k]).toArray());
            }
            out.add(new CellStats(c.index(), c.labels(), values.size(), failed, stats, errors));
        }
        return new SweepSummary(plan, List.copyOf(out));
    }

    public List<CellStats> cells() {
        return cells;
    }

    public List<CellStats> failedCells() {
        return cells.stream().filter(c -> c.failed() > 0).toList();
    }

    /**
     * One line per cell with a failed run, naming the cell by its parameters:
     * {@code cell 4 (proposals=P2, cfg_read=broken) failed 2 of 2 runs: MESSAGE} (the first run's message).
     */
    public List<String> failureReports() {
        List<String> out = new ArrayList<>();
        for (CellStats c : failedCells()) {
            List<String> params = new ArrayList<>();
            for (int i = 0; i < c.labels().size(); i++) {
                params.add(plan.axisNames().get(i) + "=" + c.labels().get(i));
            }
            out.add("cell " + c.cell() + " (" + String.join(", ", params) + ") failed " + c.failed() + " of "
                    + (c.ok() + c.failed()) + " runs: " + c.errors().get(0));
        }
        return out;
    }

    public String csv() {
        List<String> h = new ArrayList<>();
        h.add("cell");
        h.addAll(plan.axisNames());
        h.add("runs_ok");
        h.add("runs_failed");
        for (String m : plan.spec().metrics()) {
            h.add(m + "_mean");
            h.add(m + "_std");
            h.add(m + "_min");
            h.add(m + "_max");
        }
        StringBuilder b = new StringBuilder(RowCsv.line(h));
        for (CellStats c : cells) {
            List<String> f = new ArrayList<>();
            f.add(Integer.toString(c.cell()));
            f.addAll(c.labels());
            f.add(Integer.toString(c.ok()));
            f.add(Integer.toString(c.failed()));
            for (Stat s : c.stats()) {
                f.add(s == null ? "" : RowCsv.number(s.mean()));
                f.add(s == null ? "" : RowCsv.number(s.std()));
                f.add(s == null ? "" : RowCsv.number(s.min()));
                f.add(s == null ? "" : RowCsv.number(s.max()));
            }
            b.append(RowCsv.line(f));
        }
        return b.toString();
    }

    /** Aligned columns: the axes, runs ok/total, each metric's mean (± std when there are several runs). */
    public String table() {
        List<String> h = new ArrayList<>(plan.axisNames());
        h.add("runs");
        h.addAll(plan.spec().metrics());
        List<List<String>> lines = new ArrayList<>();
        lines.add(h);
        for (CellStats c : cells) {
            List<String> f = new ArrayList<>(c.labels());
            f.add(c.ok() + "/" + (c.ok() + c.failed()));
            for (Stat s : c.stats()) {
                f.add(s == null ? "failed" : c.ok() > 1
                        ? String.format(Locale.ROOT, "%s ± %s", short3(s.mean()), short3(s.std())) : short3(s.mean()));
            }
            lines.add(f);
        }
        int[] w = new int[h.size()];
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                w[i] = Math.max(w[i], l.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : "  ").append(String.format("%-" + w[i] + "s", l.get(i)));
            }
            b.setLength(b.length() - (b.length() > 0 && b.charAt(b.length() - 1) == ' ' ? trailing(b) : 0));
            b.append('\n');
        }
        return b.toString();
    }

    private static int trailing(StringBuilder b) {
        int n = 0;
        while (n < b.length() && b.charAt(b.length() - 1 - n) == ' ') {
            n++;
        }
        return n;
    }

    private static String short3(double v) {
        double a = Math.abs(v);
        if (a >= 1000 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : "%.3f", v);
    }
}
