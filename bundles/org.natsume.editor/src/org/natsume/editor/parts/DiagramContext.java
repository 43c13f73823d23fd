package org.natsume.editor.parts;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.natsume.editor.commands.TopologyCommands;
import org.natsume.editor.diagram.DiagramIndex;
import org.natsume.editor.fanout.FanOutHighlight;
import org.natsume.editor.validation.LiveValidation;
import org.natsume.model.Topology;

/**
 * What every edit part of one editor shares: the topology, the command factory, and the derived state that is
 * recomputed after each command (the diagram index, the live validation, the fan-out highlight of the selection).
 */
public final class DiagramContext {
    private final TopologyCommands commands;
    private final Consumer<String> status;
    private DiagramIndex index;
    private LiveValidation validation = LiveValidation.EMPTY;
    private FanOutHighlight highlight = FanOutHighlight.NONE;

    public DiagramContext(TopologyCommands commands, Consumer<String> status) {
        this.commands = commands;
        this.status = status;
        rebuild();
    }

    public Topology topology() {
        return commands.topology();
    }

    public TopologyCommands commands() {
        return commands;
    }

    public DiagramIndex index() {
        return index;
    }

    public LiveValidation validation() {
        return validation;
    }

    public FanOutHighlight highlight() {
        return highlight;
    }

    /** Recomputes the index, the findings and the highlight of the current subject after a model change. */
    public void rebuild() {
        index = new DiagramIndex(topology());
        validation = LiveValidation.of(topology());
        highlight = highlight.subject() == null || highlight.subject().eResource() == null ? FanOutHighlight.NONE
                : FanOutHighlight.of(topology(), highlight.subject());
    }

    /** Highlights the domains that receive the interrupts of {@code subject}. */
    public void highlight(EObject subject) {
        highlight = subject == null ? FanOutHighlight.NONE : FanOutHighlight.of(topology(), subject);
    }

    /** Shows a message (or clears it with {@code null}) in the status line. */
    public void status(String message) {
        status.accept(message);
    }
}
