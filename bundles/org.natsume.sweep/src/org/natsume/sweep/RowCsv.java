package org.natsume.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The row format every engine writes (docs/sweeps.md "Output"): {@code cell, AXIS..., run, seed, status, METRIC...,
 * error}, RFC 4180 quoting. Numbers are printed from the doubles the same way everywhere (whole numbers without a
 * fraction, others to 7 significant digits), so the local and the Spark engine write the same bytes.
 */
public final class RowCsv {

    private RowCsv() {
    }

    public static List<String> header(SweepPlan plan) {
        List<String> h = new ArrayList<>();
        h.add("cell");
        h.addAll(plan.axisNames());
        h.add("run");
        h.add("seed");
        h.add("status");
        h.addAll(plan.spec().metrics());
        h.add("error");
        return h;
    }

    public static List<String> fields(SweepPlan plan, RunRow r) {
        List<String> f = new ArrayList<>();
        f.add(Integer.toString(r.cell()));
        f.addAll(plan.cells().get(r.cell()).labels());
        f.add(Integer.toString(r.run()));
        f.add(Long.toString(r.seed()));
        f.add(r.ok() ? "ok" : "failed");
        for (double v : r.metrics()) {
            f.add(number(v));
        }
        f.add(r.error());
        return f;
    }

    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }

    public static String line(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String s = fields.get(i);
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        return b.append('\n').toString();
    }

    /** Splits CSV text into records of fields (quoted fields may hold commas, quotes and line breaks). */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                f.append(c);
            }
        }
        if (any) {
            row.add(f.toString());
            rows.add(row);
        }
        return rows;
    }
}
