package org.natsume.timeline.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.natsume.model.examples.PaperTestbed.PaperCase;
import org.natsume.timeline.core.TimeParser;
import org.natsume.timeline.paper.SharedLineText;
import org.natsume.ui.WorkbenchState;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.timeline.live.BreakpointChoice;
import org.natsume.timeline.live.RunSource;
import org.natsume.topology.Topology.Direction;

/**
 * Run > Simulate... (issue "Live"): the machine (the paper's testbed as a §6.2 scenario — case, shared line, proposals
 * P1/P2 — or a topology file, preselected when a .natsume editor is active), the workload (TCP send or receive in the
 * RT-VM, optional UDP flood into guest A), simulated duration, warm-up and seed, and the breakpoints. Bad input is
 * reported in the dialog's message line naming the field; OK stays disabled until it is fixed.
 */
public final class RunDialog extends Dialog {

    /** What the dialog produced. */
    public record Result(RunSource source, long warmupNs, long durationNs, long seed, BreakpointChoice breakpoints) {
    }

    private static final List<String> PAPER_DOMAINS = List.of("dom0", "guestA", "guestB");

    private final Path initialFile;
    private Button paper;
    private Combo paperCase;
    private Button shared;
    private Button p1;
    private Button p2;
    private Combo direction;
    private Button udpLoad;
    private Button file;
    private Text filePath;
    private Text duration;
    private Text warmup;
    private Text seed;
    private BreakpointControls breakpoints;
    private Label message;
    private Result result;

    public RunDialog(Shell parent, Path initialFile) {
        super(parent);
        this.initialFile = initialFile;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Simulate");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));

        Group machine = group(area, "Machine");
        paper = new Button(machine, SWT.RADIO);
        paper.setText("Paper testbed, case:");
        paperCase = new Combo(machine, SWT.READ_ONLY);
        paperCase.setItems("1 — native Linux", "2 — Xen, guests on vif", "3 — Xen, NIC-B passed through to the RT-VM");
        paperCase.select(2);
        new Label(machine, SWT.NONE);
        Composite opts = new Composite(machine, SWT.NONE);
        opts.setLayout(new GridLayout(3, false));
        shared = check(opts, "", true);
        ((GridData) shared.getLayoutData()).horizontalSpan = 3;
        p1 = check(opts, "P1: pin the line to the RT-VM's CPU", false);
        p2 = check(opts, "P2: route by BDF", false);
        new Label(opts, SWT.NONE);
        file = new Button(machine, SWT.RADIO);
        file.setText("Topology file:");
        Composite fileRow = new Composite(machine, SWT.NONE);
        fileRow.setLayout(new GridLayout(2, false));
        fileRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filePath = new Text(fileRow, SWT.BORDER);
        filePath.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(fileRow, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog fd = new FileDialog(getShell(), SWT.OPEN);
            fd.setFilterExtensions(new String[] {"*.natsume", "*"});
            String f = fd.open();
            if (f != null) {
                filePath.setText(f);
                file.setSelection(true);
                paper.setSelection(false);
                validate();
            }
        });

        Group workload = group(area, "Workload (paper testbed; a topology file brings its own)");
        new Label(workload, SWT.NONE).setText("netperf TCP stream in guest B (RT-VM):");
        direction = new Combo(workload, SWT.READ_ONLY);
        direction.setItems("receive", "send");
        direction.select(0);
        udpLoad = check(workload, "UDP flood into guest A through NIC-A (load)", true);
        ((GridData) udpLoad.getLayoutData()).horizontalSpan = 2;

        Group time = group(area, "Simulated time");
        duration = field(time, "Duration:", "100 ms");
        warmup = field(time, "Warm-up (not measured, still traced):", "0 ms");
        seed = field(time, "Seed:", "1");

        breakpoints = new BreakpointControls(area, PAPER_DOMAINS);
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        if (initialFile != null) {
            file.setSelection(true);
            filePath.setText(initialFile.toString());
        } else {
            paper.setSelection(true);
        }
        restore();
        describeSharedLine();
        paperCase.addListener(SWT.Selection, e -> describeSharedLine());
        for (Control c : new Control[] {paper, file, paperCase, shared, p1, p2, direction, udpLoad}) {
            c.addListener(SWT.Selection, e -> validate());
        }
        for (Text t : new Text[] {filePath, duration, warmup, seed}) {
            t.addListener(SWT.Modify, e -> validate());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** The SH layout's line as the testbed model has it for the chosen case (who shares it, bound by whom). */
    private void describeSharedLine() {
        PaperCase c = PaperCase.values()[paperCase.getSelectionIndex()];
        shared.setText("Shared line (SH): " + SharedLineText.of(c));
        shared.getParent().layout(true);
    }

    /** Test hook: the shared-line check box's text. */
    public String sharedLineText() {
        return shared.getText();
    }

    private static Group group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return g;
    }

    private static Button check(Composite parent, String text, boolean on) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setSelection(on);
        b.setLayoutData(new GridData());
        return b;
    }

    private static Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        t.setText(value);
        t.setLayoutData(new GridData(120, SWT.DEFAULT));
        return t;
    }

    /** Test and screenshot hooks: the controls by role. */
    public BreakpointControls breakpointControls() {
        return breakpoints;
    }

    public void setDuration(String text) {
        duration.setText(text);
    }

    private void validate() {
        SettingsCheck.apply(this::build, message, getButton(IDialogConstants.OK_ID));
    }

    private Result build() {
        RunSource source;
        boolean fromFile = file.getSelection();
        paperCase.setEnabled(!fromFile);
        shared.setEnabled(!fromFile);
        p1.setEnabled(!fromFile && paperCase.getSelectionIndex() == 2);
        p2.setEnabled(!fromFile && paperCase.getSelectionIndex() == 2);
        direction.setEnabled(!fromFile);
        udpLoad.setEnabled(!fromFile);
        if (fromFile) {
            String f = filePath.getText().trim();
            if (f.isEmpty()) {
                throw new IllegalArgumentException("Topology file: choose a .natsume file.");
            }
            Path p = Path.of(f);
            if (!java.nio.file.Files.isRegularFile(p)) {
                throw new IllegalArgumentException("Topology file: " + p + " does not exist.");
            }
            source = new RunSource.File(p);
        } else {
            int c = paperCase.getSelectionIndex() + 1;
            boolean proposals = c == 3;
            source = new RunSource.Paper(new ScenarioSpec(c, direction.getSelectionIndex() == 0 ? Direction.RECEIVE : Direction.SEND,
                    udpLoad.getSelection(), shared.getSelection(), proposals && p1.getSelection(), proposals && p2.getSelection()));
        }
        long d = time(duration, "Duration");
        if (d <= 0) {
            throw new IllegalArgumentException("Duration must be positive.");
        }
        long w = time(warmup, "Warm-up");
        long s;
        try {
            s = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed: '" + seed.getText() + "' is not a whole number.");
        }
        return new Result(source, w, d, s, breakpoints.choice());
    }

    private static long time(Text t, String what) {
        try {
            return TimeParser.parseNs(t.getText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }

    @Override
    protected void okPressed() {
        try {
            result = build();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return;
        }
        remember();
        super.okPressed();
    }

    private static final String[] TIME_KEYS = {"duration", "warmup", "seed"};

    private Text[] timeFields() {
        return new Text[] {duration, warmup, seed};
    }

    /**
     * The last run's settings: duration, warm-up and seed of the chosen topology file (each file its own), or of
     * the paper testbed together with its case, line, proposals and workload.
     */
    private void restore() {
        WorkbenchState st = WorkbenchState.get();
        Text[] fields = timeFields();
        for (int i = 0; i < fields.length; i++) {
            String v = initialFile != null ? st.fileSetting(initialFile, "simulate." + TIME_KEYS[i]) : st.setting("simulate.paper." + TIME_KEYS[i]);
            if (v != null) {
                fields[i].setText(v);
            }
        }
        String c = st.setting("simulate.paper.case");
        if (c != null && c.matches("[0-2]")) {
            paperCase.select(Integer.parseInt(c));
        }
        String d = st.setting("simulate.paper.direction");
        if (d != null && d.matches("[0-1]")) {
            direction.select(Integer.parseInt(d));
        }
        Button[] checks = {shared, p1, p2, udpLoad};
        String[] keys = {"shared", "p1", "p2", "udpLoad"};
        for (int i = 0; i < checks.length; i++) {
            String v = st.setting("simulate.paper." + keys[i]);
            if (v != null) {
                checks[i].setSelection(Boolean.parseBoolean(v));
            }
        }
    }

    private void remember() {
        WorkbenchState st = WorkbenchState.get();
        Text[] fields = timeFields();
        Path chosen = result.source() instanceof RunSource.File f ? f.path() : null;
        for (int i = 0; i < fields.length; i++) {
            if (chosen != null) {
                st.setFileSetting(chosen, "simulate." + TIME_KEYS[i], fields[i].getText().trim());
            } else {
                st.setSetting("simulate.paper." + TIME_KEYS[i], fields[i].getText().trim());
            }
        }
        if (chosen == null) {
            st.setSetting("simulate.paper.case", Integer.toString(paperCase.getSelectionIndex()));
            st.setSetting("simulate.paper.direction", Integer.toString(direction.getSelectionIndex()));
            st.setSetting("simulate.paper.shared", Boolean.toString(shared.getSelection()));
            st.setSetting("simulate.paper.p1", Boolean.toString(p1.getSelection()));
            st.setSetting("simulate.paper.p2", Boolean.toString(p2.getSelection()));
            st.setSetting("simulate.paper.udpLoad", Boolean.toString(udpLoad.getSelection()));
        }
        st.save();
    }

    /** Test hooks: the time fields' texts (duration, warm-up, seed), and pressing Run. */
    public String[] timeTexts() {
        return new String[] {duration.getText(), warmup.getText(), seed.getText()};
    }

    public void setTimes(String durationText, String warmupText, String seedText) {
        duration.setText(durationText);
        warmup.setText(warmupText);
        seed.setText(seedText);
    }

    public void pressRun() {
        okPressed();
    }

    public Result result() {
        return result;
    }
}
