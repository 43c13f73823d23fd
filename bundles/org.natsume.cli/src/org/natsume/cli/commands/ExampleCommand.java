package org.natsume.cli.commands;

import java.nio.file.Path;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyStore;

/** {@code ./natsume example NAME -o FILE}: writes a built-in topology as a .natsume file (atomically). */
public final class ExampleCommand implements Command {

    @Override
    public String name() {
        return "example";
    }

    @Override
    public String synopsis() {
        return "example NAME -o FILE";
    }

    @Override
    public String summary() {
        return "write a built-in example topology to a .natsume file";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("-o");
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("expected one example NAME; run './natsume examples' for the list");
        }
        String out = args.require("-o");
        Topology t;
        try {
            t = Examples.load(args.positional().get(0));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path file = ctx.resolve(out);
        TopologyStore.save(t, file);
        ctx.out().println("wrote " + out);
        return ExitCodes.OK;
    }
}
