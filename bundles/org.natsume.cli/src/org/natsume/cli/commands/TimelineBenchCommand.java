package org.natsume.cli.commands;

import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.timeline.core.TimelineBench;

/** {@code ./natsume timeline-bench}: how long one timeline frame takes at every zoom level of a large trace. */
public final class TimelineBenchCommand implements Command {

    @Override
    public String name() {
        return "timeline-bench";
    }

    @Override
    public String synopsis() {
        return "timeline-bench [--events N] [--width PX]";
    }

    @Override
    public String summary() {
        return "time one timeline frame at every zoom level of a synthetic trace (default 10 M events, 1600 px)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--events", "--width");
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        if (!args.positional().isEmpty()) {
            throw new UsageException("usage: " + synopsis());
        }
        int events = args.intOption("--events", 10_000_000);
        int width = args.intOption("--width", 1600);
        if (events < 1 || events > 200_000_000) {
            throw new UsageException("--events must be in 1..200000000, not " + events);
        }
        if (width < 1 || width > 100_000) {
            throw new UsageException("--width must be in 1..100000 pixels, not " + width);
        }
        new TimelineBench(ctx.out()).run(events, width);
        return ExitCodes.OK;
    }
}
