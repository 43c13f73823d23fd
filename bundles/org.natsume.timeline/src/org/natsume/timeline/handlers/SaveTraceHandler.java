package org.natsume.timeline.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.timeline.core.Viewport;
import org.natsume.timeline.ui.TimelineSession;
import org.natsume.trace.export.CsvExporter;
import org.natsume.trace.export.PerfettoExporter;
import org.natsume.trace.io.TraceFileWriter;

/**
 * File > Save Trace As... (the whole trace, .ntrace) and File > Export Visible Range... (the timeline's visible range
 * as Perfetto JSON or CSV, chosen by the file name's extension), with the trace bundle's writer and exporters. All
 * writes are atomic (temp file + rename), so a failed export leaves no half-written file.
 */
public final class SaveTraceHandler extends AbstractHandler {

    public static final String SAVE = "org.natsume.timeline.saveTrace";
    public static final String EXPORT = "org.natsume.timeline.exportRange";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        TimelineSession s = TimelineSession.current();
        if (s == null) {
            MessageDialog.openInformation(window.getShell(), "Trace", "There is no trace: run a simulation or open a trace first.");
            return null;
        }
        boolean export = EXPORT.equals(event.getCommand().getId());
        FileDialog fd = new FileDialog(window.getShell(), SWT.SAVE);
        fd.setOverwrite(true);
        if (export) {
            fd.setText("Export Visible Range");
            fd.setFilterExtensions(new String[] {"*.json", "*.csv"});
            fd.setFilterNames(new String[] {"Perfetto / Chrome trace JSON (*.json)", "CSV, one event per line (*.csv)"});
        } else {
            fd.setText("Save Trace As");
            fd.setFilterExtensions(new String[] {"*.ntrace"});
        }
        String f = fd.open();
        if (f == null) {
            return null;
        }
        Path path = Path.of(f);
        try {
            String message = export ? exportRange(s, path) : save(s, path);
            MessageDialog.openInformation(window.getShell(), export ? "Export Visible Range" : "Save Trace", message);
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(window.getShell(), "Trace", "Cannot write " + path + ":\n" + e.getMessage());
        }
        return null;
    }

    /** Saves the whole trace as .ntrace, with its bookmarks in the metadata. */
    public static String save(TimelineSession s, Path path) throws IOException {
        s.store().setMetadata(s.bookmarks().into(s.store().metadata()));
        new TraceFileWriter().write(s.store(), path);
        int marks = s.bookmarks().size();
        return String.format("Saved %,d events%s to %s.", s.store().size(), marks == 0 ? "" : " and " + marks + " bookmark(s)", path);
    }

    /** Exports the visible range; the format follows the extension (.csv, else Perfetto JSON). */
    public static String exportRange(TimelineSession s, Path path) throws IOException {
        Viewport v = s.model().viewport();
        boolean csv = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        long n = csv ? new CsvExporter().export(s.store(), v.fromNs(), v.toNs(), path)
                : new PerfettoExporter().export(s.store(), v.fromNs(), v.toNs(), path);
        return String.format("Exported %,d events (%s) to %s.", n, csv ? "CSV" : "Perfetto JSON", path);
    }
}
