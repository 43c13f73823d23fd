package org.natsume.timeline.ui;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;

/**
 * The check a settings dialog runs on every keystroke: parse the fields, show the first problem in the dialog's
 * message line (the field's own words, not an exception) and enable OK only when there is none.
 */
public final class SettingsCheck {

    private SettingsCheck() {
    }

    /** Runs {@code parse}; an IllegalArgumentException's message is shown in {@code message} and disables {@code ok}. */
    public static void apply(Runnable parse, Label message, Button ok) {
        String error = null;
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        if (message != null && !message.isDisposed()) {
            message.setText(error == null ? "" : error);
            message.getParent().layout();
        }
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }
}
