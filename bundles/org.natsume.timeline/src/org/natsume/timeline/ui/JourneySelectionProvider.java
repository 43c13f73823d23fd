package org.natsume.timeline.ui;

import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.natsume.timeline.JourneySelection;
import org.natsume.trace.journey.Journey;

/** Publishes the session's selected journey as a {@link JourneySelection} to the workbench selection service. */
final class JourneySelectionProvider implements ISelectionProvider {

    private final CopyOnWriteArrayList<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        listeners.add(l);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        listeners.remove(l);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection s) {
        selection = s == null ? StructuredSelection.EMPTY : s;
        SelectionChangedEvent e = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(e);
        }
    }

    /** Publishes the session's selected journey (or nothing) if it differs from what is published. */
    void publish(TimelineSession s) {
        int row = s == null ? -1 : s.model().selectedRow();
        if (row < 0) {
            if (!selection.isEmpty()) {
                setSelection(StructuredSelection.EMPTY);
            }
            return;
        }
        Journey j = s.model().journeys().journey(row);
        JourneySelection js = JourneySelection.of(j, s.store().metadata());
        Object old = selection instanceof StructuredSelection ss ? ss.getFirstElement() : null;
        if (!js.equals(old)) {
            setSelection(new StructuredSelection(js));
        }
    }
}
