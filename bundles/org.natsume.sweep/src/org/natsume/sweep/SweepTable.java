package org.natsume.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep's {@code rows.csv} read back for charts, whichever engine wrote it: the axes (columns between
 * {@code cell} and {@code run}) with their labels in the order the cells have them, the metrics (between
 * {@code status} and {@code error}), and means over the runs that worked.
 */
public final class SweepTable {
    private final List<String> axes;
    private final List<String> metrics;
    private final Map<String, List<String>> labels;
    private final List<String[]> axisValues = new ArrayList<>();
    private final List<double[]> metricValues = new ArrayList<>();
    private final int failed;

    private SweepTable(List<String> axes, List<String> metrics, Map<String, List<String>> labels, int failed) {
        this.axes = axes;
        this.metrics = metrics;
        this.labels = labels;
        this.failed = failed;
    }

    /** Reads {@code rows.csv} from a sweep's output folder, or the file itself. */
    public static SweepTable read(Path folderOrFile) throws IOException {
        Path f = Files.isDirectory(folderOrFile) ? folderOrFile.resolve(SweepOutput.ROWS) : folderOrFile;
        if (!Files.isRegularFile(f)) {
            throw new IOException(f + " not found (a sweep's folder holds rows.csv once every cell is done)");
        }
        return parse(Files.readString(f, StandardCharsets.UTF_8), f.toString());
    }

    public static SweepTable parse(String csv, String source) throws IOException {
        List<List<String>> recs = RowCsv.parse(csv);
        if (recs.isEmpty()) {
            throw new IOException(source + ": empty");
        }
        List<String> h = recs.get(0);
        int run = h.indexOf("run");
        int status = h.indexOf("status");
        if (h.isEmpty() || !h.get(0).equals("cell") || run < 1 || status != run + 2 || !h.get(h.size() - 1).equals("error")) {
            throw new IOException(source + ": not a sweep's rows (expected the columns cell, AXES..., run, seed, status, "
                    + "METRICS..., error)");
        }
        List<String> axes = List.copyOf(h.subList(1, run));
        List<String> metrics = List.copyOf(h.subList(status + 1, h.size() - 1));
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (String a : axes) {
            seen.put(a, new LinkedHashSet<>());
        }
        List<List<String>> ok = new ArrayList<>();
        int failed = 0;
        for (int i = 1; i < recs.size(); i++) {
            List<String> r = recs.get(i);
            if (r.size() != h.size()) {
                throw new IOException(source + ": row " + (i + 1) + " has " + r.size() + " fields, the header " + h.size());
            }
            for (int a = 0; a < axes.size(); a++) {
                seen.get(axes.get(a)).add(r.get(1 + a));
            }
            if ("ok".equals(r.get(status))) {
                ok.add(r);
            } else {
                failed++;
            }
        }
        Map<String, List<String>> labels = new LinkedHashMap<>();
        seen.forEach((k, v) -> labels.put(k, List.copyOf(v)));
        SweepTable t = new SweepTable(axes, metrics, labels, failed);
        for (List<String> r : ok) {
            t.axisValues.add(r.subList(1, run).toArray(String[]::new));
            double[] m = new double[metrics.size()];
            for (int k = 0; k < m.length; k++) {
                try {
                    m[k] = Double.parseDouble(r.get(status + 1 + k));
                } catch (NumberFormatException e) {
                    throw new IOException(source + ": '" + r.get(status + 1 + k) + "' in column " + metrics.get(k)
                            + " is not a number");
                }
            }
            t.metricValues.add(m);
        }
        return t;
    }

    public List<String> axes() {
        return axes;
    }

    public List<String> metrics() {
        return metrics;
    }

    public List<String> labels(String axis) {
        return labels.getOrDefault(axis, List.of());
    }

    public int failedRuns() {
        return failed;
    }

    public int okRuns() {
        return metricValues.size();
    }

    /**
     * The mean of {@code metric} over the runs that worked whose axes have the given labels (axes not named are
     * averaged over); NaN when no run matches.
     */
    public double mean(String metric, Map<String, String> where) {
        int m = metrics.indexOf(metric);
        if (m < 0) {
            throw new IllegalArgumentException("no metric " + metric);
        }
        int[] idx = new int[where.size()];
        String[] want = new String[where.size()];
        int k = 0;
        for (Map.Entry<String, String> e : where.entrySet()) {
            idx[k] = axes.indexOf(e.getKey());
            want[k++] = e.getValue();
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i < axisValues.size(); i++) {
            String[] a = axisValues.get(i);
            boolean match = true;
            for (int j = 0; j < idx.length && match; j++) {
                match = idx[j] >= 0 && a[idx[j]].equals(want[j]);
            }
            if (match) {
                sum += metricValues.get(i)[m];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The labels of an axis as numbers when every one is a number (so a chart can space them), else null. */
    public double[] numericLabels(String axis) {
        List<String> l = labels(axis);
        double[] v = new double[l.size()];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = Double.parseDouble(l.get(i));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return v;
    }
}
