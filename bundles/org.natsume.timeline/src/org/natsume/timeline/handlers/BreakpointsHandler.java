package org.natsume.timeline.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.timeline.core.breakpoint.BreakpointCondition;
import org.natsume.timeline.live.BreakpointChoice;
import org.natsume.timeline.live.LiveRun;
import org.natsume.timeline.ui.BreakpointControls;
import org.natsume.timeline.ui.TimelineSession;

/**
 * Run > Breakpoints...: arms more breakpoints on the live run (they apply from its next event), or removes the armed
 * ones so that Resume runs to the end.
 */
public final class BreakpointsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        TimelineSession s = TimelineSession.current();
        LiveRun run = s == null ? null : s.run();
        if (run == null || !run.isLive()) {
            MessageDialog.openInformation(window.getShell(), "Breakpoints",
                    "Breakpoints pause a live run. Start one with Run > Simulate... (its dialog also sets breakpoints).");
            return null;
        }
        BreakpointDialog d = new BreakpointDialog(window.getShell(), s);
        if (d.open() == Dialog.OK) {
            if (d.clear) {
                for (BreakpointCondition c : run.breakpoints().conditions()) {
                    run.breakpoints().remove(c);
                }
            }
            try {
                for (BreakpointCondition c : d.choice.resolve(s.store().metadata())) {
                    run.breakpoints().add(c);
                }
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(window.getShell(), "Breakpoints", e.getMessage());
            }
        }
        return null;
    }

    private static final class BreakpointDialog extends Dialog {
        private final TimelineSession session;
        private BreakpointControls controls;
        BreakpointChoice choice = BreakpointChoice.NONE;
        boolean clear;
        private org.eclipse.swt.widgets.Button clearButton;

        BreakpointDialog(Shell shell, TimelineSession session) {
            super(shell);
            this.session = session;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("Add Breakpoints");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            List<BreakpointCondition> armed = session.breakpoints();
            new Label(area, org.eclipse.swt.SWT.WRAP).setText(armed.isEmpty() ? "No breakpoints armed."
                    : "Armed: " + String.join("; ", armed.stream().map(BreakpointCondition::describe).toList()));
            clearButton = new org.eclipse.swt.widgets.Button(area, org.eclipse.swt.SWT.CHECK);
            clearButton.setText("Remove the armed breakpoints first");
            clearButton.setEnabled(!armed.isEmpty());
            controls = new BreakpointControls(area, session.store().metadata().domainNames());
            return area;
        }

        @Override
        protected void okPressed() {
            try {
                choice = controls.choice();
                clear = clearButton.getSelection();
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(getShell(), "Breakpoints", e.getMessage());
                return;
            }
            super.okPressed();
        }
    }
}
