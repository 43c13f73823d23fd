package org.natsume.timeline.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.timeline.chart.ChartsView;
import org.natsume.timeline.paper.ReproducePaperDialog;
import org.natsume.timeline.paper.ReproducePaperJob;

/**
 * Run > Reproduce Paper...: the settings dialog, then {@link ReproducePaperJob} in the background (progress view and
 * status line, cancellable); when it is done the Charts view shows the paper figures and the findings' verdicts.
 */
public final class ReproducePaperHandler extends AbstractHandler {
    private static ReproducePaperJob.Settings last = ReproducePaperJob.Settings.DEFAULT;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ReproducePaperDialog d = new ReproducePaperDialog(window.getShell(), last);
        if (d.open() != ReproducePaperDialog.OK) {
            return null;
        }
        last = d.result();
        start(window, d.result());
        return null;
    }

    /** Schedules the run; its outcome goes to the window's Charts view (opened if needed). */
    public static ReproducePaperJob start(IWorkbenchWindow window, ReproducePaperJob.Settings settings) {
        Display display = window.getShell().getDisplay();
        ReproducePaperJob job = new ReproducePaperJob(settings, o -> display.asyncExec(() -> {
            IWorkbenchPage page = window.getActivePage();
            if (page == null || window.getShell().isDisposed()) {
                return;
            }
            try {
                ChartsView charts = (ChartsView) page.showView(ChartsView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
                charts.showReproduced(o);
            } catch (PartInitException e) {
                throw new IllegalStateException("cannot open the Charts view: " + e.getMessage(), e);
            }
        }));
        job.schedule();
        return job;
    }
}
