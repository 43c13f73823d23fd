package org.natsume.editor.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.natsume.model.examples.Examples;

/** The one page of the New Topology wizard: where to start from and where to write the file. */
public final class NewTopologyPage extends WizardPage {

    /** What the new topology starts from. */
    public enum Source {
        EMPTY, EXAMPLE, LSPCI
    }

    private Button empty;
    private Button example;
    private Button lspci;
    private Combo examples;
    private Text lspciText;
    private Text interruptsText;
    private Text fileText;

    NewTopologyPage() {
        super("newTopology");
        setTitle("New Natsume Topology");
        setDescription("Start from an empty machine, one of the paper's examples, or your board's lspci -vvnn output.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        empty = radio(c, "&Empty machine (4 CPUs, one IO-APIC, PCI bus 00, Xen and Dom0)");
        example = radio(c, "Built-in e&xample:");
        examples = new Combo(c, SWT.READ_ONLY);
        for (Examples.Example e : Examples.all()) {
            examples.add(e.name() + " — " + e.description());
        }
        int shared = Examples.names().indexOf("paper-case3-passthrough-shared");
        examples.select(Math.max(0, shared));
        GridData comboData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        comboData.horizontalIndent = 20;
        comboData.widthHint = 520;
        examples.setLayoutData(comboData);
        lspci = radio(c, "&Import a board from lspci -vvnn output:");
        indented(c, "Dump file:");
        lspciText = new Text(c, SWT.BORDER);
        lspciText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        browse(c, lspciText, SWT.OPEN, "*");
        indented(c, "/proc/interrupts (optional):");
        interruptsText = new Text(c, SWT.BORDER);
        interruptsText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        browse(c, interruptsText, SWT.OPEN, "*");
        Label sep = new Label(c, SWT.SEPARATOR | SWT.HORIZONTAL);
        sep.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(c, SWT.NONE).setText("&File:");
        fileText = new Text(c, SWT.BORDER);
        fileText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        fileText.setText(Path.of(System.getProperty("user.home"), "topology.natsume").toString());
        browse(c, fileText, SWT.SAVE, "*.natsume");
        example.setSelection(true);
        for (Button b : new Button[] { empty, example, lspci }) {
            b.addListener(SWT.Selection, e -> validate());
        }
        for (Text t : new Text[] { lspciText, interruptsText, fileText }) {
            t.addModifyListener(e -> validate());
        }
        examples.addListener(SWT.Selection, e -> validate());
        setControl(c);
        validate();
    }

    private static Button radio(Composite c, String text) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return b;
    }

    private static void indented(Composite c, String text) {
        Label l = new Label(c, SWT.NONE);
        l.setText(text);
        GridData d = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        d.horizontalIndent = 20;
        l.setLayoutData(d);
    }

    private void browse(Composite c, Text target, int style, String filter) {
        Button b = new Button(c, SWT.PUSH);
        b.setText("Browse...");
        b.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), style);
            d.setFilterExtensions(new String[] { filter, "*" });
            String chosen = d.open();
            if (chosen != null) {
                target.setText(chosen);
            }
        });
    }

    /** Enables the fields of the chosen source and says what is missing, if anything. */
    void validate() {
        examples.setEnabled(example.getSelection());
        lspciText.setEnabled(lspci.getSelection());
        interruptsText.setEnabled(lspci.getSelection());
        setErrorMessage(problem());
        setPageComplete(getErrorMessage() == null);
    }

    private String problem() {
        if (lspci.getSelection()) {
            if (lspciText.getText().isBlank()) {
                return "Choose the file with the lspci -vvnn output.";
            }
            if (!Files.isRegularFile(Path.of(lspciText.getText().strip()))) {
                return "No such file: " + lspciText.getText().strip();
            }
            Optional<Path> irq = NewTopologyWizard.optionalPath(interruptsText.getText());
            if (irq.isPresent() && !Files.isRegularFile(irq.get())) {
                return "No such file: " + irq.get();
            }
        }
        if (fileText.getText().isBlank()) {
            return "Choose where to write the new topology.";
        }
        Path parent = target().getParent();
        if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
            return parent + " is not a folder.";
        }
        return null;
    }

    public Source source() {
        return empty.getSelection() ? Source.EMPTY : lspci.getSelection() ? Source.LSPCI : Source.EXAMPLE;
    }

    public String exampleName() {
        return Examples.names().get(Math.max(0, examples.getSelectionIndex()));
    }

    public Path lspciFile() {
        return Path.of(lspciText.getText().strip());
    }

    public Optional<Path> interruptsFile() {
        return NewTopologyWizard.optionalPath(interruptsText.getText());
    }

    /** The file to write; ".natsume" is added when the name has no extension. */
    public Path target() {
        String t = fileText.getText().strip();
        return Path.of(t.endsWith(".natsume") ? t : t + ".natsume").toAbsolutePath();
    }

    /** For tests and scripted use: choose the source, example and target. */
    public void choose(Source source, String exampleName, String lspciPath, String file) {
        empty.setSelection(source == Source.EMPTY);
        example.setSelection(source == Source.EXAMPLE);
        lspci.setSelection(source == Source.LSPCI);
        if (exampleName != null) {
            examples.select(Examples.names().indexOf(exampleName));
        }
        if (lspciPath != null) {
            lspciText.setText(lspciPath);
        }
        fileText.setText(file);
        validate();
    }
}
