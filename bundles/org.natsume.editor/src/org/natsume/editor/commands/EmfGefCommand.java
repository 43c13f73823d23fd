package org.natsume.editor.commands;

import org.eclipse.gef.commands.Command;

/**
 * A GEF command that carries an EMF command. Edit policies return these; {@link EmfCommandStack} executes the EMF
 * command on the editing domain's stack, so the GEF methods below only run when someone uses the command outside the
 * stack (GEF's CompoundCommand does, through {@link EmfCommandStack#toEmf}).
 */
public final class EmfGefCommand extends Command {
    private final org.eclipse.emf.common.command.Command emf;

    public EmfGefCommand(org.eclipse.emf.common.command.Command emf) {
        super(emf.getLabel());
        this.emf = emf;
    }

    /** {@code null} stays {@code null} (GEF's "not allowed"). */
    public static Command of(org.eclipse.emf.common.command.Command emf) {
        return emf == null ? null : new EmfGefCommand(emf);
    }

    public org.eclipse.emf.common.command.Command emf() {
        return emf;
    }

    @Override
    public boolean canExecute() {
        return emf.canExecute();
    }

    @Override
    public void execute() {
        emf.execute();
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }
}
