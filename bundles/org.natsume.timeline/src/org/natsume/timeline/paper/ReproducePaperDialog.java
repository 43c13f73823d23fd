package org.natsume.timeline.paper;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.natsume.timeline.ui.SettingsCheck;

/**
 * The settings of Run > Reproduce Paper...: runs per scenario, simulated seconds per run and the base seed, preset to
 * the command's defaults (or to the last run's). Bad input is named in the message line and disables Run.
 */
public final class ReproducePaperDialog extends Dialog {
    private final ReproducePaperJob.Settings initial;
    private Text runs;
    private Text duration;
    private Text seed;
    private Label message;
    private ReproducePaperJob.Settings result;

    public ReproducePaperDialog(Shell parent, ReproducePaperJob.Settings initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Reproduce Paper");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Runs the paper's 36 scenarios (domain.md §6.2) built from the model, as ./natsume reproduce-paper\n"
                + "does, on all cores; the Charts view shows the figures and the verdict of each finding (§6.4).\n"
                + "With the defaults, 20 runs x 10 s, this takes about four minutes on two cores\n"
                + "(2 runs x 2 s: under half a minute, but short runs can leave findings not shown).");
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        runs = field(area, "Runs per scenario:", Integer.toString(initial.runs()));
        duration = field(area, "Simulated seconds per run:", ReproducePaperJob.fmt(initial.durationSeconds()));
        seed = field(area, "Seed of run 0:", Long.toString(initial.seed()));
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (Text t : new Text[] {runs, duration, seed}) {
            t.addListener(SWT.Modify, e -> validate());
        }
        return area;
    }

    private static Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        t.setText(value);
        t.setLayoutData(new GridData(100, SWT.DEFAULT));
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** The settings as typed; IllegalArgumentException naming the field when one is bad. */
    ReproducePaperJob.Settings build() {
        int r;
        double d;
        long s;
        try {
            r = Integer.parseInt(runs.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Runs: '" + runs.getText() + "' is not a whole number.");
        }
        try {
            d = Double.parseDouble(duration.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Duration: '" + duration.getText() + "' is not a number of seconds.");
        }
        try {
            s = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed: '" + seed.getText() + "' is not a whole number.");
        }
        return new ReproducePaperJob.Settings(r, d, s);
    }

    private void validate() {
        SettingsCheck.apply(this::build, message, getButton(IDialogConstants.OK_ID));
    }

    @Override
    protected void okPressed() {
        try {
            result = build();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** Test hooks. */
    public void set(String runsText, String durationText, String seedText) {
        runs.setText(runsText);
        duration.setText(durationText);
        seed.setText(seedText);
    }

    public String message() {
        return message.getText();
    }

    public boolean canRun() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    public ReproducePaperJob.Settings result() {
        return result;
    }
}
