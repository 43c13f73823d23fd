package org.natsume.timeline.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.natsume.sim.scenario.Findings;
import org.natsume.sim.scenario.PaperBounds;
import org.natsume.timeline.paper.ReproducePaperJob;
import org.eclipse.ui.part.ViewPart;
import org.natsume.timeline.ui.TimelineSession;

/**
 * The Charts view (issue "Charts"): a tab with the latency histogram of the shown trace, refreshed as a live run
 * records, and a tab with the paper's figure layout from a reproduce-paper JSON report. Each tab exports its chart as
 * PNG or SVG and its data as CSV. Charts are drawn with SWT GC by this bundle's own small chart classes.
 */
public final class ChartsView extends ViewPart {

    public static final String ID = "org.natsume.timeline.chartsView";
    static final int EXPORT_WIDTH = 1200;
    static final int EXPORT_HEIGHT = 760;

    private TabFolder tabs;
    private Canvas histogramCanvas;
    private Canvas paperCanvas;
    private Label paperSource;
    private PaperResults paper;
    private Path paperFile;
    private String paperTitle;
    private SweepChartTab sweep;
    private Table findings;
    private SashForm paperSash;
    private final TimelineSession.Listener listener = (s, c) -> {
        if (histogramCanvas != null && !histogramCanvas.isDisposed()
                && (c == TimelineSession.Change.SESSION || c == TimelineSession.Change.RUN_STATE || c == TimelineSession.Change.DATA)) {
            histogramCanvas.redraw();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        tabs = new TabFolder(parent, SWT.TOP);
        TabItem h = new TabItem(tabs, SWT.NONE);
        h.setText("Latency histogram");
        Composite hc = page(tabs);
        histogramCanvas = canvas(hc, this::histogram);
        histogramCanvas.setToolTipText("Click a bin to show its journeys in the Interrupt Trace view and step the timeline through them");
        histogramCanvas.addListener(SWT.MouseDown, e -> pickBin(HistogramChart.binAt(e.x, histogramCanvas.getClientArea().width)));
        buttons(hc, this::histogram, null);
        h.setControl(hc);

        TabItem p = new TabItem(tabs, SWT.NONE);
        p.setText("Paper figures");
        Composite pc = page(tabs);
        paperSash = new SashForm(pc, SWT.VERTICAL);
        paperSash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        paperCanvas = canvas(paperSash, this::paperChart);
        findings = new Table(paperSash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        findings.setHeaderVisible(true);
        findings.setLinesVisible(true);
        for (String[] c : new String[][] {{"#", "48"}, {"Verdict", "110"}, {"Finding (domain.md §6.4)", "520"}, {"Numbers", "600"}}) {
            TableColumn col = new TableColumn(findings, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        findings.setToolTipText("The findings' verdicts of the last Run > Reproduce Paper... run");
        paperSash.setWeights(65, 35);
        paperSash.setMaximizedControl(paperCanvas);
        Composite row = buttons(pc, this::paperChart, "Open reproduce-paper JSON...");
        paperSource = new Label(row, SWT.NONE);
        paperSource.setText("No report yet: Run > Reproduce Paper..., or open the JSON of ./natsume reproduce-paper --json FILE.");
        p.setControl(pc);

        TabItem sw = new TabItem(tabs, SWT.NONE);
        sw.setText("Sweep");
        sweep = new SweepChartTab(tabs);
        sw.setControl(sweep.control());
        TimelineSession.addListener(listener);
    }

    private static Composite page(TabFolder tabs) {
        Composite c = new Composite(tabs, SWT.NONE);
        GridLayout l = new GridLayout(1, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        c.setLayout(l);
        return c;
    }

    private static Canvas canvas(Composite parent, Supplier<Chart> chart) {
        Canvas c = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        if (parent.getLayout() instanceof GridLayout) {
            c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }
        c.addListener(SWT.Paint, e -> {
            Rectangle r = c.getClientArea();
            GC gc = e.gc;
            chart.get().draw(new GcChartGraphics(gc), r.width, r.height);
        });
        return c;
    }

    private Composite buttons(Composite parent, Supplier<Chart> chart, String openLabel) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.setLayout(new GridLayout(5, false));
        if (openLabel != null) {
            Button open = new Button(row, SWT.PUSH);
            open.setText(openLabel);
            open.addListener(SWT.Selection, e -> openReport());
        }
        button(row, "Export PNG...", "*.png", (path) -> ChartExport.png(chart.get(), EXPORT_WIDTH, EXPORT_HEIGHT, path));
        button(row, "Export SVG...", "*.svg", (path) -> ChartExport.svg(chart.get(), EXPORT_WIDTH, EXPORT_HEIGHT, path));
        button(row, "Export CSV...", "*.csv", (path) -> ChartExport.csv(chart.get(), path));
        return row;
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path p) throws IOException;
    }

    private void button(Composite row, String text, String ext, Writer w) {
        Button b = new Button(row, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> {
            FileDialog fd = new FileDialog(getSite().getShell(), SWT.SAVE);
            fd.setOverwrite(true);
            fd.setFilterExtensions(new String[] {ext});
            String f = fd.open();
            if (f != null) {
                try {
                    w.write(Path.of(f));
                } catch (IOException | RuntimeException ex) {
                    MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + f + ":\n" + ex.getMessage());
                }
            }
        });
    }

    /** The histogram of the shown session's journeys. */
    Chart histogram() {
        TimelineSession s = TimelineSession.current();
        if (s == null) {
            return new HistogramChart(LatencyHistogram.of(new org.natsume.trace.journey.JourneyTable(new org.natsume.trace.TraceStore()),
                    org.natsume.trace.TraceMetadata.EMPTY), "no trace");
        }
        return new HistogramChart(LatencyHistogram.of(s.model().journeys(), s.store().metadata()), s.title());
    }

    Chart paperChart() {
        PaperResults r = paper;
        if (r == null) {
            r = PaperResults.parse("{\"scenarios\":[]}");
        }
        return new PaperFigureChart(r, paperFile != null ? paperFile.getFileName().toString() : paperTitle);
    }

    private void openReport() {
        FileDialog fd = new FileDialog(getSite().getShell(), SWT.OPEN);
        fd.setFilterExtensions(new String[] {"*.json", "*"});
        String f = fd.open();
        if (f != null) {
            openReport(Path.of(f));
        }
    }

    /** Shows the paper figures of a reproduce-paper report; a bad file is reported naming it. */
    public void openReport(Path file) {
        try {
            paper = PaperResults.read(file);
            paperFile = file;
            paperTitle = null;
            findings.removeAll();
            paperSash.setMaximizedControl(paperCanvas);
            paperCanvas.getParent().layout(true, true);
            paperSource.setText(file.getFileName() + ": " + paper.all().size() + " scenarios");
            paperSource.getParent().layout();
            tabs.setSelection(1);
            paperCanvas.redraw();
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Paper Figures", "Cannot read " + file + ":\n" + e.getMessage());
        }
    }

    /**
     * Shows a Run > Reproduce Paper... outcome: the paper figures from its report and, under them, each finding with
     * its verdict and numbers, then the flood rate's bounds (NOT_SHOWN and BROKEN rows in red).
     */
    public void showReproduced(ReproducePaperJob.Outcome o) {
        paper = o.report();
        paperFile = null;
        paperTitle = "Reproduce paper, " + o.settings().runs() + " runs x " + o.settings().durationSeconds() + " s";
        paperSource.setText(o.summary());
        findings.removeAll();
        for (Findings.Check c : o.findings()) {
            TableItem it = new TableItem(findings, SWT.NONE);
            it.setText(new String[] {Integer.toString(c.number()), c.verdict().name(), c.claim(), c.numbers()});
            if (c.verdict() == Findings.Verdict.NOT_SHOWN) {
                it.setForeground(findings.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        // the flood rate's bounds (domain.md §0.5) after the findings: a broken one puts the run outside the paper
        for (PaperBounds.Bound b : o.bounds()) {
            TableItem it = new TableItem(findings, SWT.NONE);
            it.setText(new String[] {"§0.5", b.holds() ? "HOLDS" : "BROKEN", "Bound " + b.name() + ": " + b.claim(),
                    b.numbers()});
            if (!b.holds()) {
                it.setForeground(findings.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        paperSash.setMaximizedControl(null);
        paperSource.getParent().layout();
        paperCanvas.getParent().layout(true, true);
        tabs.setSelection(1);
        paperCanvas.redraw();
    }

    /** Test hooks: the findings rows as "number verdict", and the paper tab's status text. */
    public java.util.List<String> findingRows() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (TableItem it : findings.getItems()) {
            out.add(it.getText(0) + " " + it.getText(1));
        }
        return out;
    }

    public String paperStatus() {
        return paperSource.getText();
    }

    public PaperResults paperResults() {
        return paper;
    }

    /** Shows the journeys of latency bin b (a click on the bin); false when the bin is empty or there is no trace. */
    public boolean pickBin(int b) {
        TimelineSession s = TimelineSession.current();
        if (s == null || b < 0) {
            return false;
        }
        int[] rows = LatencyHistogram.rowsIn(s.model().journeys(), b);
        if (rows.length == 0) {
            return false;
        }
        s.selectJourneys(rows, "latency " + LatencyHistogram.binLabel(b));
        return true;
    }

    public org.eclipse.swt.widgets.Canvas histogramCanvas() {
        return histogramCanvas;
    }

    /** Shows a sweep's results (its output folder or rows.csv) in the Sweep tab. */
    public void openSweep(Path folderOrRows) throws IOException {
        tabs.setSelection(2);
        sweep.open(folderOrRows);
    }

    public SweepChartTab sweepTab() {
        return sweep;
    }

    public void showHistogram() {
        tabs.setSelection(0);
        histogramCanvas.redraw();
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public void dispose() {
        TimelineSession.removeListener(listener);
        super.dispose();
    }
}
