package org.natsume.editor.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.Exporters;

/** The export targets to write (all by default) and the folder they go to. */
public final class ExportTargetsPage extends WizardPage {
    private final Path initialFolder;
    private Table table;
    private Text folder;

    ExportTargetsPage(Path initialFolder) {
        super("targets");
        this.initialFolder = initialFolder;
        setTitle("Export Configurations");
        setDescription("Choose the targets and the folder; each target writes its files there, as ./natsume export.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        Label l = new Label(c, SWT.NONE);
        l.setText("Targets:");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(l);
        table = new Table(c, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (String title : new String[] {"Target", "Writes"}) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(title);
            col.setWidth(title.equals("Target") ? 210 : 520);
        }
        for (ConfigExporter e : Exporters.all()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {Exporters.label(e) + " (" + e.id() + ")", e.description()});
            item.setChecked(true);
            item.setData(e);
        }
        table.addListener(SWT.Selection, e -> validate());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(730, 200).applyTo(table);
        new Label(c, SWT.NONE).setText("Folder:");
        folder = new Text(c, SWT.BORDER);
        folder.setText(initialFolder.toString());
        folder.addModifyListener(e -> validate());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell(), SWT.SAVE);
            d.setFilterPath(folder.getText());
            String chosen = d.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        setControl(c);
        validate();
    }

    private void validate() {
        String problem = null;
        if (targets().isEmpty()) {
            problem = "Choose at least one target.";
        } else if (folder.getText().isBlank()) {
            problem = "Choose a folder.";
        } else {
            try {
                Path.of(folder.getText());
            } catch (InvalidPathException e) {
                problem = "Not a folder name: " + e.getMessage();
            }
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The checked targets, in the exporters' order. */
    public List<ConfigExporter> targets() {
        List<ConfigExporter> out = new ArrayList<>();
        for (TableItem i : table.getItems()) {
            if (i.getChecked()) {
                out.add((ConfigExporter) i.getData());
            }
        }
        return out;
    }

    public Path folder() {
        return Path.of(folder.getText().strip());
    }

    /** Sets the folder and the checked targets (null = all), as a user would (for tests). */
    public void choose(Path dir, List<String> ids) {
        folder.setText(dir.toString());
        for (TableItem i : table.getItems()) {
            i.setChecked(ids == null || ids.contains(((ConfigExporter) i.getData()).id()));
        }
        validate();
    }
}
