package org.natsume.editor.quickfix;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.natsume.editor.commands.TopologyCommands;

/**
 * One way to resolve a validation finding: what the user reads (label, what it changes) and how to build the change
 * as one undoable command. The command is built on demand against the model {@code commands} edits; {@code map}
 * takes an object of the finding's model to its counterpart there (the identity for the editor's own model, a
 * copier's map for the preview's copy). {@code interference} marks fixes whose effect a short simulation shows.
 */
public record QuickFix(String label, String description, boolean interference, Builder builder) {

    /** Builds the fix's command; {@code null} if it no longer applies. */
    @FunctionalInterface
    public interface Builder {
        Command build(TopologyCommands commands, Mapping map);
    }

    /** Finds an object's counterpart in the model being edited. */
    @FunctionalInterface
    public interface Mapping {
        <T extends EObject> T get(T original);
    }

    /** The identity mapping, for fixes applied to the model the finding came from. */
    public static final Mapping SAME = new Mapping() {
        @Override
        public <T extends EObject> T get(T original) {
            return original;
        }
    };

    /** The command for the model the finding came from. */
    public Command command(TopologyCommands commands) {
        return builder.build(commands, SAME);
    }
}
