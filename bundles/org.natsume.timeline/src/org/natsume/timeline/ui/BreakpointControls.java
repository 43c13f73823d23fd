package org.natsume.timeline.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.natsume.timeline.core.TimeParser;
import org.natsume.timeline.live.BreakpointChoice;

/**
 * The breakpoint part of the Run dialog and of Run > Breakpoints... (issue "Breakpoints"): pause on a spurious
 * delivery to a domain (the RT-VM by default), on a guest ISR latency above a bound, on a line blocked longer than a
 * bound. {@link #choice()} throws IllegalArgumentException naming the field when a bound is not a time.
 */
public final class BreakpointControls {

    private final Button spurious;
    private final Combo spuriousDomain;
    private final Button latency;
    private final Text latencyBound;
    private final Combo latencyDomain;
    private final Button lineBlocked;
    private final Text lineBound;

    public BreakpointControls(Composite parent, List<String> domains) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Pause when (breakpoints)");
        g.setLayout(new GridLayout(4, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        spurious = new Button(g, SWT.CHECK);
        spurious.setText("a spurious delivery reaches");
        spuriousDomain = domainCombo(g, domains, BreakpointChoice.RT_VM);
        new Label(g, SWT.NONE);
        new Label(g, SWT.NONE);
        latency = new Button(g, SWT.CHECK);
        latency.setText("guest ISR latency is above");
        latencyBound = new Text(g, SWT.BORDER);
        latencyBound.setText("50 us");
        latencyBound.setLayoutData(new GridData(80, SWT.DEFAULT));
        new Label(g, SWT.NONE).setText("in");
        latencyDomain = domainCombo(g, domains, BreakpointChoice.ANY);
        lineBlocked = new Button(g, SWT.CHECK);
        lineBlocked.setText("a line stays blocked longer than");
        lineBound = new Text(g, SWT.BORDER);
        lineBound.setText("100 us");
        lineBound.setLayoutData(new GridData(80, SWT.DEFAULT));
        new Label(g, SWT.NONE);
        new Label(g, SWT.NONE);
    }

    private static Combo domainCombo(Composite parent, List<String> domains, String initial) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.add(BreakpointChoice.RT_VM);
        c.add(BreakpointChoice.ANY);
        for (String d : domains) {
            c.add(d);
        }
        c.setText(initial);
        return c;
    }

    public Button spuriousButton() {
        return spurious;
    }

    public void setSpurious(boolean on, String domain) {
        spurious.setSelection(on);
        if (domain != null) {
            spuriousDomain.setText(domain);
        }
    }

    public BreakpointChoice choice() {
        String sp = spurious.getSelection() ? spuriousDomain.getText() : null;
        long lat = latency.getSelection() ? bound(latencyBound, "latency bound") : -1;
        long line = lineBlocked.getSelection() ? bound(lineBound, "line-blocked bound") : -1;
        return new BreakpointChoice(sp, lat, latencyDomain.getText(), line);
    }

    private static long bound(Text t, String what) {
        try {
            return TimeParser.parseNs(t.getText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }
}
