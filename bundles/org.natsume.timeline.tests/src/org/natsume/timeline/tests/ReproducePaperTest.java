package org.natsume.timeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.scenario.JsonReport;
import org.natsume.sim.scenario.ScenarioMatrix;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.Simulation;
import org.natsume.timeline.chart.ChartsView;
import org.natsume.timeline.handlers.ReproducePaperHandler;
import org.natsume.timeline.paper.ReproducePaperDialog;
import org.natsume.timeline.paper.ReproducePaperJob;

/**
 * Run > Reproduce Paper...: the dialog names a bad field and disables Run; the job runs the command's matrix (the
 * same JSON as ScenarioRunner over the whole matrix at once, as ./natsume reproduce-paper runs it), feeds the Charts
 * view with the figures and the nine findings' verdicts, and can be cancelled.
 */
class ReproducePaperTest {

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    private static void spinUntil(BooleanSupplier done, String what) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + 120_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!d.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        while (d.readAndDispatch()) {
            // drain
        }
    }

    @Test
    void dialogNamesTheBadFieldAndDefaultsToTheCommands() {
        ReproducePaperDialog d = new ReproducePaperDialog(window().getShell(), ReproducePaperJob.Settings.DEFAULT);
        d.setBlockOnOpen(false);
        d.open();
        try {
            assertTrue(d.canRun(), d.message());
            d.set("ten", "5", "1");
            assertFalse(d.canRun());
            assertTrue(d.message().startsWith("Runs:"), d.message());
            d.set("10", "0", "1");
            assertTrue(d.message().startsWith("Duration must be"), d.message());
            d.set("3", "0.5", "7");
            assertTrue(d.canRun(), d.message());
            assertEquals("", d.message());
        } finally {
            d.close();
        }
    }

    @Test
    void runsTheMatrixIntoTheChartsViewWithTheFindings() throws Exception {
        ReproducePaperJob.Settings s = new ReproducePaperJob.Settings(2, 0.05, 3);
        ReproducePaperJob job = ReproducePaperHandler.start(window(), s);
        ChartsView charts = (ChartsView) window().getActivePage().showView(ChartsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        // nine findings, then the flood rate's three bounds (domain.md §0.5)
        try {
            spinUntil(() -> job.getResult() != null && charts.findingRows().size() == 12, "the run is shown");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": result " + job.getResult() + ", rows " + charts.findingRows(), e);
        }
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertEquals(36, charts.paperResults().all().size());
        assertTrue(charts.paperStatus().startsWith("36 scenarios x 2 runs x 0.05 s simulated"), charts.paperStatus());
        assertTrue(charts.findingRows().get(0).startsWith("1 "), charts.findingRows().toString());
        assertTrue(charts.findingRows().get(9).matches("§0\\.5 (HOLDS|BROKEN)"), charts.findingRows().toString());

        String cli = JsonReport.toJson(new ScenarioRunner(2, Math.round(0.05 * 1e9), Simulation.DEFAULT_WARMUP_NS, 3)
                .runMatrix(ScenarioMatrix.all(), ModelScenarios::config, 2).values());
        assertEquals(cli, job.outcome().json(), "the same numbers as the whole matrix run at once");
    }

    @Test
    void cancelStopsBetweenScenarios() throws Exception {
        ReproducePaperJob job = new ReproducePaperJob(new ReproducePaperJob.Settings(4, 2, 1), ScenarioMatrix.all(), null);
        job.schedule();
        spinUntil(() -> job.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING, "the job runs");
        job.cancel();
        job.join(60_000, null);
        assertNotNull(job.getResult());
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals(null, job.outcome());
        
    }
}
