package org.natsume.editor.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.Exporters;
import org.natsume.configio.export.ExportResult;
import org.natsume.configio.export.ExportWriter;
import org.natsume.editor.TopologyEditor;

/**
 * File > Export > Configurations…: the {@code ./natsume export} of the active topology from the UI (domain.md §7,
 * docs/export.md): the chosen targets are written to a folder by the same {@link ExportWriter} (atomically, a
 * refusing target writes nothing), a summary lists what was written and why a target refused, and the refusals
 * stay in the Problems view until the model no longer triggers them.
 */
public final class ExportConfigurationsWizard extends Wizard {
    private final TopologyEditor editor;
    private ExportTargetsPage page;
    private List<ExportResult> results = List.of();
    private String summary = "";

    public ExportConfigurationsWizard(TopologyEditor editor) {
        this.editor = editor;
        setWindowTitle("Export Configurations");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new ExportTargetsPage(defaultFolder());
        addPage(page);
    }

    private Path defaultFolder() {
        Path file = editor.file().toAbsolutePath();
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.natsume$", "") + "-config");
    }

    public ExportTargetsPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        List<ConfigExporter> targets = page.targets();
        Path folder = page.folder();
        org.natsume.topology.Topology read;
        try {
            read = Exporters.resolve(editor.topology());
        } catch (ExportRefusedException e) {
            editor.exportProblems().exported(targets, editor.topology());
            editor.refreshDiagram();
            page.setErrorMessage("The model cannot be exported: " + String.join("; ", e.reasons()));
            return false;
        }
        try {
            Files.createDirectories(folder);
            results = new ExportWriter(folder).run(read, targets);
        } catch (IOException | RuntimeException e) {
            page.setErrorMessage("Cannot write to " + folder + ": " + e.getMessage());
            return false;
        }
        editor.exportProblems().exported(targets, editor.topology());
        editor.refreshDiagram();
        summary = summary(folder, results);
        if (!Boolean.getBoolean("natsume.export.noSummary")) {
            MessageDialog.openInformation(getShell(), "Export Configurations", summary);
        }
        return true;
    }

    static String summary(Path folder, List<ExportResult> results) {
        List<String> lines = new ArrayList<>();
        long written = results.stream().filter(r -> !r.refused()).count();
        lines.add(written + " of " + results.size() + " target(s) written to " + folder + ".");
        for (ExportResult r : results) {
            if (r.refused()) {
                lines.add("");
                lines.add(r.target() + ": refused (see the Problems view)");
                r.refusal().get().reasons().forEach(reason -> lines.add("  - " + reason));
            } else {
                lines.add(r.target() + ": " + String.join(", ", r.written().stream()
                        .map(p -> folder.relativize(p).toString()).toList()));
            }
        }
        return String.join("\n", lines);
    }

    public List<ExportResult> results() {
        return results;
    }

    public String summary() {
        return summary;
    }
}
