package org.natsume.editor.quickfix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.natsume.editor.TopologyEditor;
import org.natsume.model.validation.Finding;

/**
 * Quick Fix (Ctrl+1, or the Problems view's context menu): the fixes of the chosen findings, what each changes and,
 * for an interference fix, a before/after preview from a short simulation run as a job. Apply runs the fix as one
 * command on the editor's command stack, so Undo takes it back.
 */
public final class QuickFixDialog extends TitleAreaDialog {
    private final TopologyEditor editor;
    private final List<Finding> findings;
    private final List<QuickFix> fixes = new ArrayList<>();
    private Table fixList;
    private Label description;
    private Table preview;
    private Label previewNote;
    private Job previewJob;
    private QuickFix chosen;

    public QuickFixDialog(Shell shell, TopologyEditor editor, List<Finding> findings) {
        super(shell);
        this.editor = editor;
        this.findings = findings;
        // two findings on one selection often propose the same edit (the shared line and the MSI rule both
        // offer MSI for the device); a label names the object and the change, so equal labels are one fix
        Set<String> labels = new HashSet<>();
        for (Finding f : findings) {
            for (QuickFix fix : QuickFixes.of(f, editor.commands())) {
                if (labels.add(fix.label())) {
                    fixes.add(fix);
                }
            }
        }
    }

    /** Whether any of the findings has a fix. */
    public boolean hasFixes() {
        return !fixes.isEmpty();
    }

    public List<QuickFix> fixes() {
        return fixes;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Quick Fix");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(findings.size() == 1 ? findings.get(0).severity() + " (" + findings.get(0).rule() + ")"
                : findings.size() + " problems on the selection");
        setMessage(findings.isEmpty() ? "" : findings.get(0).message());
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        new Label(c, SWT.NONE).setText("Select a fix:");
        fixList = new Table(c, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 140).applyTo(fixList);
        for (QuickFix f : fixes) {
            new TableItem(fixList, SWT.NONE).setText(f.label());
        }
        description = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(description);
        new Label(c, SWT.NONE).setText("Preview (short simulation of the model before and after the fix):");
        preview = new Table(c, SWT.BORDER);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        for (String title : new String[] {"", "Before", "After"}) {
            TableColumn col = new TableColumn(preview, SWT.NONE);
            col.setText(title);
            col.setWidth(title.isEmpty() ? 280 : 160);
        }
        // tall enough for every row of the preview with its header, so the last (throughput) needs no scrolling
        GridDataFactory.fillDefaults().grab(true, false).hint(640, previewHeight(preview)).applyTo(preview);
        previewNote = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(previewNote);
        fixList.addListener(SWT.Selection, e -> choose(fixList.getSelectionIndex()));
        fixList.addListener(SWT.DefaultSelection, e -> okPressed());
        if (!fixes.isEmpty()) {
            fixList.select(0);
            choose(0);
        } else {
            previewNote.setText("This problem has no quick fix; its message says what to change.");
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Apply", true).setEnabled(!fixes.isEmpty());
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void choose(int index) {
        if (index < 0 || index >= fixes.size()) {
            return;
        }
        chosen = fixes.get(index);
        description.setText(chosen.description());
        preview.removeAll();
        if (previewJob != null) {
            previewJob.cancel();
        }
        if (!chosen.interference()) {
            previewNote.setText("This fix changes no interrupt path; nothing to simulate.");
            description.getParent().layout(true);
            return;
        }
        previewNote.setText("Simulating " + FixPreview.DURATION_NS / 1_000_000 + " ms before and after…");
        QuickFix fix = chosen;
        FixPreview.Prepared prepared = FixPreview.prepare(editor.topology(), fix);
        previewJob = new Job("Quick fix preview: " + fix.label()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                FixPreview.Result r = prepared.simulate(monitor);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                fixList.getDisplay().asyncExec(() -> show(fix, r));
                return Status.OK_STATUS;
            }
        };
        previewJob.setPriority(Job.SHORT);
        previewJob.schedule();
        description.getParent().layout(true);
    }

    /** The preview table's height for all {@link FixPreview#ROWS} rows, the header and the border. */
    static int previewHeight(Table t) {
        int header = Math.max(t.getHeaderHeight(), t.getItemHeight());
        return header + FixPreview.ROWS * t.getItemHeight() + 2 * t.getBorderWidth() + t.getItemHeight() / 2;
    }

    /** Whether every preview row is visible without scrolling (for tests). */
    public boolean previewFits() {
        org.eclipse.swt.graphics.Rectangle area = preview.getClientArea();
        int needed = preview.getHeaderHeight() + preview.getItemCount() * preview.getItemHeight();
        return area.height >= needed;
    }

    private void show(QuickFix fix, FixPreview.Result r) {
        if (preview.isDisposed() || fix != chosen) {
            return;
        }
        preview.removeAll();
        for (String[] row : FixPreview.rows(r)) {
            new TableItem(preview, SWT.NONE).setText(row);
        }
        previewNote.setText(r.note());
        previewNote.getParent().layout(true);
    }

    /** The preview job of the chosen fix (for tests). */
    public Job previewJob() {
        return previewJob;
    }

    /** The preview table's rows as shown (for tests). */
    public List<String[]> previewRows() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem i : preview.getItems()) {
            rows.add(new String[] {i.getText(0), i.getText(1), i.getText(2)});
        }
        return rows;
    }

    /** Selects the fix at {@code index} as a click would (for tests). */
    public void select(int index) {
        fixList.select(index);
        choose(index);
    }

    /** Presses Apply (for tests). */
    public void apply() {
        okPressed();
    }

    @Override
    protected void okPressed() {
        if (chosen != null) {
            editor.execute(chosen.command(editor.commands()));
        }
        if (previewJob != null) {
            previewJob.cancel();
        }
        super.okPressed();
    }

    @Override
    public boolean close() {
        if (previewJob != null) {
            previewJob.cancel();
        }
        return super.close();
    }
}
