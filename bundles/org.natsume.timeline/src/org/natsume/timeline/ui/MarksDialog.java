package org.natsume.timeline.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.natsume.timeline.core.Bookmarks.Bookmark;
import org.natsume.timeline.core.TimeFormat;
import org.natsume.trace.flight.KeptWindow;

/**
 * Lists the trace's bookmarks and, for a flight-recorder trace, the windows it kept (the N worst journeys by latency
 * and by line-blocked time, breakpoint hits). Jump (or a double click) centres the timeline on the entry and selects
 * its journey; Remove deletes a bookmark (saved with the trace by Save Trace As).
 */
final class MarksDialog extends Dialog {

    static final int JUMP = IDialogConstants.CLIENT_ID + 1;
    static final int REMOVE = IDialogConstants.CLIENT_ID + 2;

    private final TimelineSession session;
    private Table table;
    private List<Bookmark> bookmarks;
    private List<KeptWindow> windows;

    MarksDialog(Shell parent, TimelineSession session) {
        super(parent);
        this.session = session;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Bookmarks and Kept Windows");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        Label l = new Label(c, SWT.WRAP);
        l.setText("Bookmarks are saved with the trace (File > Save Trace As). A flight-recorder trace"
                + " (simulate --keep-worst) lists the windows it kept.");
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.widthHint = 760;
        gd.heightHint = 300;
        table.setLayoutData(gd);
        for (String[] col : new String[][] {{"Kind", "130"}, {"Time", "130"}, {"Journey", "100"}, {"Value", "90"}, {"Label / span", "320"}}) {
            TableColumn tc = new TableColumn(table, SWT.LEFT);
            tc.setText(col[0]);
            tc.setWidth(Integer.parseInt(col[1]));
        }
        table.addListener(SWT.DefaultSelection, e -> buttonPressed(JUMP));
        fill();
        return c;
    }

    Table table() {
        return table;
    }

    private void fill() {
        table.removeAll();
        bookmarks = session.bookmarks().list();
        windows = session.keptWindows();
        for (Bookmark b : bookmarks) {
            new TableItem(table, SWT.NONE).setText(new String[] {"bookmark", TimeFormat.instant(b.timeNs()),
                    b.journey() < 0 ? "" : Integer.toString(b.journey()), "", b.label()});
        }
        for (KeptWindow w : windows) {
            new TableItem(table, SWT.NONE).setText(new String[] {"kept: " + w.reason().label(), TimeFormat.instant(w.fromNs()),
                    w.journey() < 0 ? "" : Integer.toString(w.journey()), w.valueNs() > 0 ? TimeFormat.duration(w.valueNs()) : "",
                    TimeFormat.instant(w.fromNs()) + " … " + TimeFormat.instant(w.toNs()) + (w.truncated() ? " (truncated)" : "")});
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, JUMP, "&Jump", true);
        createButton(parent, REMOVE, "&Remove Bookmark", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int id) {
        int i = table.getSelectionIndex();
        if (id == JUMP && i >= 0) {
            jump(i);
        } else if (id == REMOVE && i >= 0 && i < bookmarks.size()) {
            session.bookmarks().remove(bookmarks.get(i));
            session.bookmarksChanged();
            fill();
        } else if (id == IDialogConstants.CLOSE_ID) {
            close();
        }
    }

    /** Centres the timeline on bookmark i, or shows kept window i whole; selects the entry's journey. */
    void jump(int i) {
        if (i >= bookmarks.size()) {
            session.showKeptWindow(windows.get(i - bookmarks.size()));
            return;
        }
        int journey = bookmarks.get(i).journey();
        int row = journey >= 0 ? session.model().journeys().rowOfJourney(journey) : -1;
        if (row >= 0) {
            session.select(row);
        }
        session.goTo(bookmarks.get(i).timeNs());
    }
}
