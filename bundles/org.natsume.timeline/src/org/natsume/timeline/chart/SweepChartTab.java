package org.natsume.timeline.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.natsume.sweep.SweepTable;

/**
 * The Charts view's Sweep tab (issue 15): opens a sweep's output folder (rows.csv, from either engine) and draws a
 * metric against one axis with a line per value of another, or as a heat map over two axes; exports PNG, SVG, CSV.
 */
public final class SweepChartTab {
    public static final String LINES = "Lines";
    public static final String HEAT_MAP = "Heat map";
    private static final String NONE = "(one line)";

    private final Composite page;
    private Canvas canvas; // assigned after the controls whose listeners redraw it
    private final Combo kind;
    private final Combo metric;
    private final Combo xAxis;
    private final Combo second;
    private final Label secondLabel;
    private final Label source;
    private SweepTable table;
    private Path folder;

    SweepChartTab(Composite parent) {
        page = new Composite(parent, SWT.NONE);
        GridLayout l = new GridLayout(1, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        page.setLayout(l);
        Composite controls = new Composite(page, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        controls.setLayout(new GridLayout(10, false));
        Button open = new Button(controls, SWT.PUSH);
        open.setText("Open Sweep...");
        open.addListener(SWT.Selection, e -> chooseFolder());
        kind = combo(controls, "Chart:");
        kind.setItems(LINES, HEAT_MAP);
        kind.select(0);
        metric = combo(controls, "Metric:");
        xAxis = combo(controls, "X axis:");
        secondLabel = new Label(controls, SWT.NONE);
        second = new Combo(controls, SWT.READ_ONLY);
        secondLabel.setText("Lines per:");
        kind.addListener(SWT.Selection, e -> {
            secondLabel.setText(isHeatMap() ? "Y axis:" : "Lines per:");
            fillSecond();
            controls.layout();
            canvas.redraw();
        });
        xAxis.addListener(SWT.Selection, e -> {
            fillSecond();
            canvas.redraw();
        });
        metric.addListener(SWT.Selection, e -> canvas.redraw());
        second.addListener(SWT.Selection, e -> canvas.redraw());

        canvas = new Canvas(page, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addListener(SWT.Paint, e -> {
            Rectangle r = canvas.getClientArea();
            GC gc = e.gc;
            chart().draw(new GcChartGraphics(gc), r.width, r.height);
        });

        Composite row = new Composite(page, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.setLayout(new GridLayout(4, false));
        export(row, "Export PNG...", "*.png", p -> ChartExport.png(chart(), ChartsView.EXPORT_WIDTH, ChartsView.EXPORT_HEIGHT, p));
        export(row, "Export SVG...", "*.svg", p -> ChartExport.svg(chart(), ChartsView.EXPORT_WIDTH, ChartsView.EXPORT_HEIGHT, p));
        export(row, "Export CSV...", "*.csv", p -> ChartExport.csv(chart(), p));
        source = new Label(row, SWT.NONE);
        source.setText("No sweep opened: run ./natsume sweep SPEC -o OUT, then open OUT here.");
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    Composite control() {
        return page;
    }

    private static Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        return new Combo(parent, SWT.READ_ONLY);
    }

    private boolean isHeatMap() {
        return HEAT_MAP.equals(kind.getText());
    }

    private void fillSecond() {
        List<String> items = new ArrayList<>();
        if (!isHeatMap()) {
            items.add(NONE);
        }
        if (table != null) {
            for (String a : table.axes()) {
                if (!a.equals(xAxis.getText())) {
                    items.add(a);
                }
            }
        }
        String keep = second.getText();
        second.setItems(items.toArray(String[]::new));
        int i = items.indexOf(keep);
        second.select(i >= 0 ? i : Math.min(items.size() - 1, isHeatMap() ? 0 : 1));
    }

    /** The chart the tab shows now. */
    public Chart chart() {
        if (table == null) {
            return new Placeholder("No sweep opened: run ./natsume sweep SPEC -o OUT, then press Open Sweep... and choose OUT.");
        }
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        if (isHeatMap()) {
            if (second.getText().isEmpty()) {
                return new Placeholder("A heat map needs two axes; this sweep has " + table.axes().size() + ".");
            }
            return new SweepHeatMap(table, metric.getText(), xAxis.getText(), second.getText(), name);
        }
        String s = second.getText();
        return new SweepLineChart(table, metric.getText(), xAxis.getText(), s.isEmpty() || s.equals(NONE) ? null : s, name);
    }

    private void chooseFolder() {
        DirectoryDialog d = new DirectoryDialog(page.getShell(), SWT.OPEN);
        d.setText("Open Sweep");
        d.setMessage("The output folder of ./natsume sweep (it holds rows.csv)");
        String f = d.open();
        if (f != null) {
            try {
                open(Path.of(f));
            } catch (IOException e) {
                MessageDialog.openError(page.getShell(), "Open Sweep", "Cannot open " + f + ":\n" + e.getMessage());
            }
        }
    }

    /**
     * Shows the sweep in {@code folderOrRows}.
     *
     * @throws IOException naming the file when the folder has no rows.csv or the file is not a sweep's rows
     */
    public void open(Path folderOrRows) throws IOException {
        SweepTable t = SweepTable.read(folderOrRows);
        if (t.axes().isEmpty() || t.metrics().isEmpty()) {
            throw new IOException("the sweep has no axis or no metric to chart");
        }
        table = t;
        folder = Files.isDirectory(folderOrRows) ? folderOrRows : folderOrRows.toAbsolutePath().getParent();
        metric.setItems(t.metrics().toArray(String[]::new));
        metric.select(0);
        xAxis.setItems(t.axes().toArray(String[]::new));
        xAxis.select(0);
        fillSecond();
        source.setText(folder.getFileName() + ": " + t.axes().size() + " axes, " + t.okRuns() + " runs"
                + (t.failedRuns() > 0 ? ", " + t.failedRuns() + " failed" : ""));
        page.layout(true, true);
        canvas.redraw();
    }

    /** Selects what to draw by name (tests, and restoring a choice); unknown names are ignored. */
    public void show(String chartKind, String metricName, String x, String secondAxis) {
        select(kind, chartKind);
        secondLabel.setText(isHeatMap() ? "Y axis:" : "Lines per:");
        select(metric, metricName);
        select(xAxis, x);
        fillSecond();
        select(second, secondAxis == null ? NONE : secondAxis);
        page.layout(true, true);
        canvas.redraw();
    }

    private static void select(Combo c, String item) {
        int i = c.indexOf(item);
        if (i >= 0) {
            c.select(i);
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path p) throws IOException;
    }

    private void export(Composite row, String text, String ext, Writer w) {
        Button b = new Button(row, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> {
            Shell shell = page.getShell();
            FileDialog fd = new FileDialog(shell, SWT.SAVE);
            fd.setOverwrite(true);
            fd.setFilterExtensions(new String[] {ext});
            String f = fd.open();
            if (f != null) {
                try {
                    w.write(Path.of(f));
                } catch (IOException | RuntimeException ex) {
                    MessageDialog.openError(shell, "Export", "Cannot write " + f + ":\n" + ex.getMessage());
                }
            }
        });
    }

    /** What the tab shows before a sweep is opened. */
    private record Placeholder(String message) implements Chart {
        @Override
        public String title() {
            return "Sweep";
        }

        @Override
        public void draw(ChartGraphics g, int width, int height) {
            g.fillRect(0, 0, width, height, Palette.BACKGROUND);
            g.text(message, width / 2, height / 2, ChartGraphics.Align.CENTER, Palette.TEXT);
        }

        @Override
        public String csv() {
            return "";
        }
    }
}
