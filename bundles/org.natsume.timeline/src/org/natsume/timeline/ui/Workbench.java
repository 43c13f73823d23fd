package org.natsume.timeline.ui;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.natsume.sim.config.SimConfig;
import org.natsume.timeline.live.LiveRunLauncher;
import org.natsume.timeline.live.SimulationJob;
import org.natsume.trace.TraceStore;

/** Starting a live run or showing a trace from the workbench: the session, both views, and the job. */
public final class Workbench {

    private Workbench() {
    }

    /** The .natsume file of the active editor, or null. */
    public static Path activeTopologyFile(IWorkbenchWindow window) {
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        IEditorInput in = editor == null ? null : editor.getEditorInput();
        IPathEditorInput p = in instanceof IPathEditorInput pi ? pi : in == null ? null : in.getAdapter(IPathEditorInput.class);
        if (p != null && p.getPath() != null && p.getPath().toString().endsWith(".natsume")) {
            return p.getPath().toFile().toPath();
        }
        return null;
    }

    /** Builds the run the dialog describes, shows it and schedules it; errors go to a dialog. Returns the job or null. */
    public static SimulationJob start(IWorkbenchWindow window, RunDialog.Result r) {
        SimConfig cfg;
        SimulationJob job;
        try {
            cfg = r.source().config();
            job = LiveRunLauncher.prepare(cfg, r.source().label(), r.warmupNs(), r.durationNs(), r.seed(), r.breakpoints());
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(window.getShell(), "Simulate", "Cannot simulate " + r.source().label() + ":\n" + e.getMessage());
            return null;
        }
        TimelineSession s = new TimelineSession(r.source().label() + " (live)", job.liveRun().store(), job.liveRun());
        show(window, s);
        job.schedule();
        return job;
    }

    /** Makes s the shown session and brings up the Timeline and Interrupt Trace views. */
    public static void show(IWorkbenchWindow window, TimelineSession s) {
        TimelineSession.show(s);
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            page.showView(InterruptTraceView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            page.showView(TimelineView.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Timeline", "Cannot open the timeline views: " + e.getMessage());
        }
    }

    /** Shows a recorded trace (opened from a file). */
    public static void showTrace(IWorkbenchWindow window, String title, TraceStore store) {
        show(window, new TimelineSession(title, store, null));
    }
}
