package org.natsume.cli.commands;

import java.nio.file.Path;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.trace.bench.TraceBench;

/** {@code ./natsume trace-bench}: memory per event and speed of the trace store, LOD, journey table and file. */
public final class TraceBenchCommand implements Command {

    @Override
    public String name() {
        return "trace-bench";
    }

    @Override
    public String synopsis() {
        return "trace-bench [--events N] [--no-file]";
    }

    @Override
    public String summary() {
        return "measure the trace store on a synthetic trace (default 10 M events): bytes/event, build and frame times";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--no-file");
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--events");
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        if (!args.positional().isEmpty()) {
            throw new UsageException("usage: " + synopsis());
        }
        int events = args.intOption("--events", 10_000_000);
        if (events < 1 || events > 200_000_000) {
            throw new UsageException("--events must be in 1..200000000, not " + events);
        }
        Path scratch = args.flag("--no-file") ? null : Path.of(System.getProperty("java.io.tmpdir"));
        new TraceBench(ctx.out()).run(events, scratch);
        return ExitCodes.OK;
    }
}
