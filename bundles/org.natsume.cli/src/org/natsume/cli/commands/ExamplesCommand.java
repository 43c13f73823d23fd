package org.natsume.cli.commands;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.model.examples.Examples;

/** {@code ./natsume examples}: the built-in topologies, one per line: name, two blanks, description. */
public final class ExamplesCommand implements Command {

    @Override
    public String name() {
        return "examples";
    }

    @Override
    public String synopsis() {
        return "examples";
    }

    @Override
    public String summary() {
        return "list the built-in example topologies (the paper's testbed cases, a synthetic benchmark)";
    }

    @Override
    public int run(CommandContext ctx, Args args) throws UsageException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("examples takes no arguments");
        }
        int width = Examples.names().stream().mapToInt(String::length).max().orElse(0);
        for (Examples.Example e : Examples.all()) {
            ctx.out().println(String.format("%-" + width + "s  %s", e.name(), e.description()));
        }
        return ExitCodes.OK;
    }
}
