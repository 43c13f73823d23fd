package org.natsume.cli.commands;

import java.util.Optional;

import org.natsume.cli.Args;
import org.natsume.cli.CommandContext;
import org.natsume.cli.UsageException;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyLoadException;
import org.natsume.model.io.TopologyStore;

/** The topology a model command works on: {@code FILE} or {@code --example NAME}, exactly one of them. */
final class TopologyInput {

    static final String EXAMPLE = "--example";

    /** The loaded topology and a label for messages (the path as typed, or {@code example:NAME}). */
    record Loaded(Topology topology, String label) {
    }

    private TopologyInput() {
    }

    /**
     * Loads the topology, or prints {@code natsume COMMAND: cannot read ...} and returns empty: the command then exits
     * with {@link org.natsume.cli.ExitCodes#USAGE}. Usage errors (no FILE, both FILE and --example) are thrown.
     */
    static Optional<Loaded> loadOrReport(CommandContext ctx, Args args, String command) throws UsageException {
        try {
            return Optional.of(load(ctx, args));
        } catch (TopologyLoadException e) {
            ctx.err().println("natsume " + command + ": cannot read " + e.getMessage());
            return Optional.empty();
        }
    }

    static Loaded load(CommandContext ctx, Args args) throws UsageException, TopologyLoadException {
        Optional<String> example = args.option(EXAMPLE);
        if (example.isPresent()) {
            if (!args.positional().isEmpty()) {
                throw new UsageException("give either FILE or --example NAME, not both");
            }
            try {
                return new Loaded(Examples.load(example.get()), "example:" + example.get());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (args.positional().size() != 1) {
            throw new UsageException(args.positional().isEmpty() ? "missing FILE (or --example NAME)"
                    : "expected one FILE, got " + args.positional().size() + " arguments");
        }
        String file = args.positional().get(0);
        return new Loaded(TopologyStore.load(ctx.resolve(file)), file);
    }
}
