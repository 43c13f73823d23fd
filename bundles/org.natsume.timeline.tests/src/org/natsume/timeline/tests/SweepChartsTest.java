package org.natsume.timeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.timeline.chart.ChartExport;
import org.natsume.timeline.chart.ChartsView;
import org.natsume.timeline.chart.SweepChartTab;

/**
 * The Charts view's Sweep tab on a hand-written sweep result (2 axes, 2 runs per cell, one failed run): the
 * lines and the heat map draw the means over runs and the other axis, and export PNG, SVG and CSV.
 */
class SweepChartsTest {

    static final String ROWS = """
            cell,flood,routing,run,seed,status,latency_p99_us,spurious_interrupts,error
            0,0,stock,0,11,ok,4,0,
            0,0,stock,1,12,ok,6,0,
            1,0,P2,0,13,ok,3,0,
            1,0,P2,1,14,ok,3,0,
            2,40000,stock,0,15,ok,20,900,
            2,40000,stock,1,16,ok,22,1100,
            3,40000,P2,0,17,ok,9,0,
            3,40000,P2,1,18,failed,,,"boom, with a comma"
            """;

    @TempDir
    Path dir;

    @Test
    void linesAndHeatMapOfASweep() throws Exception {
        Path out = dir.resolve("sweep-out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("rows.csv"), ROWS);
        ChartsView charts = (ChartsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(ChartsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        charts.openSweep(out);
        SweepChartTab tab = charts.sweepTab();

        tab.show(SweepChartTab.LINES, "latency_p99_us", "flood", "routing");
        assertEquals("""
                flood,routing,latency_p99_us_mean
                0,stock,5
                40000,stock,21
                0,P2,3
                40000,P2,9
                """, tab.chart().csv());
        tab.show(SweepChartTab.LINES, "spurious_interrupts", "flood", null);
        assertEquals("flood,series,spurious_interrupts_mean\n0,,0\n40000,,666.6667\n", tab.chart().csv(),
                "one line: the mean over both routings' successful runs");

        tab.show(SweepChartTab.HEAT_MAP, "latency_p99_us", "routing", "flood");
        assertTrue(tab.chart().csv().contains("P2,40000,9\n"), tab.chart().csv());
        Path png = dir.resolve("heat.png");
        ChartExport.png(tab.chart(), 1200, 760, png);
        assertTrue(Files.size(png) > 1000);
        String svg = ChartExport.svg(tab.chart(), 900, 600);
        assertTrue(svg.contains("latency_p99_us over routing"), svg.substring(0, 300));

        Path notSweep = dir.resolve("other.csv");
        Files.writeString(notSweep, "a,b\n1,2\n");
        IOException e = assertThrows(IOException.class, () -> charts.openSweep(notSweep));
        assertTrue(e.getMessage().contains("not a sweep's rows"), e.getMessage());
        e = assertThrows(IOException.class, () -> charts.openSweep(dir.resolve("empty")));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }
}
