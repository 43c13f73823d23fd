package org.natsume.editor.commands;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * GEF's command stack, backed by the EMF editing domain's {@link BasicCommandStack}: GEF tools, GEF's Undo/Redo/Delete
 * actions and the editor's dirty marker all work on the one EMF stack that the Properties view and the editor's own
 * EMF commands use too. A GEF command that wraps an EMF command ({@link EmfGefCommand}) is executed as that EMF command;
 * any other GEF command (a compound from GEF's Delete action, say) is adapted.
 */
public final class EmfCommandStack extends CommandStack {
    private final BasicCommandStack emf;

    public EmfCommandStack(BasicCommandStack emf) {
        this.emf = emf;
        emf.addCommandStackListener(e -> notifyListeners());
    }

    public BasicCommandStack emf() {
        return emf;
    }

    @Override
    public void execute(Command command) {
        if (command == null || !command.canExecute()) {
            return;
        }
        emf.execute(toEmf(command));
    }

    static org.eclipse.emf.common.command.Command toEmf(Command command) {
        if (command instanceof EmfGefCommand wrapper) {
            return wrapper.emf();
        }
        if (command instanceof org.eclipse.gef.commands.CompoundCommand compound && compound.size() == 1
                && compound.getCommands().get(0) instanceof EmfGefCommand only) {
            return only.emf(); // GEF's Delete action wraps the one command the first selected part answers with
        }
        return new AbstractCommand(command.getLabel()) {
            @Override
            protected boolean prepare() {
                return command.canExecute();
            }

            @Override
            public void execute() {
                command.execute();
            }

            @Override
            public boolean canUndo() {
                return command.canUndo();
            }

            @Override
            public void undo() {
                command.undo();
            }

            @Override
            public void redo() {
                command.redo();
            }
        };
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public boolean canRedo() {
        return emf.canRedo();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }

    @Override
    public Command getUndoCommand() {
        return labelOnly(emf.getUndoCommand());
    }

    @Override
    public Command getRedoCommand() {
        return labelOnly(emf.getRedoCommand());
    }

    private static Command labelOnly(org.eclipse.emf.common.command.Command c) {
        return c == null ? null : new Command(c.getLabel() == null ? "" : c.getLabel()) {
        };
    }

    @Override
    public boolean isDirty() {
        return emf.isSaveNeeded();
    }

    @Override
    public void markSaveLocation() {
        emf.saveIsDone();
        notifyListeners();
    }

    @Override
    public void flush() {
        emf.flush();
    }
}
