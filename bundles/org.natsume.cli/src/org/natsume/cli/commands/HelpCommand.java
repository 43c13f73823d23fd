package org.natsume.cli.commands;

import java.util.Optional;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.CommandRegistry;
import org.natsume.cli.ExitCodes;

/** {@code ./natsume help [COMMAND]}: the list of commands, or one command's usage. */
public final class HelpCommand implements Command {
    private static final int SYNOPSIS_COLUMN = 24;
    private final CommandRegistry registry;

    public HelpCommand(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String synopsis() {
        return "help [COMMAND]";
    }

    @Override
    public String summary() {
        return "list the commands, or show how to use one";
    }

    @Override
    public int run(CommandContext ctx, Args args) {
        if (!args.positional().isEmpty()) {
            String name = args.positional().get(0);
            Optional<Command> command = registry.find(name);
            if (command.isEmpty()) {
                ctx.err().println("natsume help: no command named '" + name + "'");
                return ExitCodes.USAGE;
            }
            ctx.out().println("usage: ./natsume " + command.get().synopsis());
            ctx.out().println("  " + command.get().summary());
            return ExitCodes.OK;
        }
        ctx.out().println("usage: ./natsume [FILE.natsume]     open the workbench (needs a display)");
        ctx.out().println("       ./natsume COMMAND [ARGS]     run a headless command");
        ctx.out().println();
        ctx.out().println("commands:");
        for (Command c : registry.all()) {
            // a long synopsis gets a line of its own, so the summaries stay readable in an 80-column terminal
            if (c.synopsis().length() > SYNOPSIS_COLUMN) {
                ctx.out().printf("  %s%n  %-" + SYNOPSIS_COLUMN + "s  %s%n", c.synopsis(), "", c.summary());
            } else {
                ctx.out().printf("  %-" + SYNOPSIS_COLUMN + "s  %s%n", c.synopsis(), c.summary());
            }
        }
        ctx.out().println();
        ctx.out().println("exit codes: 0 ok (warnings allowed), 1 findings (errors, refusals), 2 bad usage or input");
        return ExitCodes.OK;
    }
}
