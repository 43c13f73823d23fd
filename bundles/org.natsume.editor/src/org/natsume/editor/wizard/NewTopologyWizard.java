package org.natsume.editor.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.natsume.configio.lspci.BoardImport;
import org.natsume.editor.TopologyEditor;
import org.natsume.model.Topology;
import org.natsume.model.io.TopologyStore;
import org.natsume.ui.PathEditorInput;

/**
 * File > New > Natsume Topology: writes a new {@code .natsume} file (empty machine, built-in example, or lspci import)
 * where the user chose, then opens it in the topology editor, which lays it out on open.
 */
public final class NewTopologyWizard extends Wizard implements INewWizard {
    public static final String ID = "org.natsume.editor.newTopology";

    private IWorkbench workbench;
    private NewTopologyPage page;
    private TopologyEditor opened;
    private java.util.List<String> warnings = java.util.List.of();

    public NewTopologyWizard() {
        setWindowTitle("New Natsume Topology");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new NewTopologyPage();
        addPage(page);
    }

    public NewTopologyPage page() {
        return page;
    }

    /** The editor the wizard opened (for tests), or {@code null}. */
    public TopologyEditor opened() {
        return opened;
    }

    @Override
    public boolean performFinish() {
        Path target = page.target();
        if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), getWindowTitle(), target
                + " already exists. Replace it?")) {
            return false;
        }
        Topology topology;
        try {
            topology = switch (page.source()) {
            case EMPTY -> NewTopologies.empty(target.getFileName().toString().replaceFirst("\\.natsume$", ""));
            case EXAMPLE -> NewTopologies.example(page.exampleName());
            case LSPCI -> {
                BoardImport imported = NewTopologies.fromLspci(page.lspciFile(), page.interruptsFile());
                warnings = imported.warnings();
                yield imported.topology();
            }
            };
            TopologyStore.save(topology, target);
        } catch (IOException | RuntimeException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        IWorkbenchPage wp = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            opened = (TopologyEditor) wp.openEditor(new PathEditorInput(target), TopologyEditor.ID);
            if (!warnings.isEmpty()) {
                // the importer's assumptions are worth reading, but a modal dialog would block scripted use: log them
                // and say so where the user looks next
                warnings.forEach(w -> ILog.of(NewTopologyWizard.class).warn("lspci import of " + page.lspciFile()
                        + ": " + w));
                opened.getEditorSite().getActionBars().getStatusLineManager().setMessage("Imported with "
                        + warnings.size() + " warning(s), e.g. " + warnings.get(0) + " (all in the error log)");
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), getWindowTitle(), "Wrote " + target + " but cannot open it: "
                    + e.getMessage());
        }
        return true;
    }

    static Optional<Path> optionalPath(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(Path.of(text.strip()));
    }
}
