package org.natsume.cli.commands;

import java.nio.file.Path;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.trace.TraceStore;
import org.natsume.trace.export.CsvExporter;
import org.natsume.trace.export.PerfettoExporter;

/** {@code ./natsume trace-export}: a trace file, or a time range of it, as CSV or as Perfetto trace-event JSON. */
public final class TraceExportCommand implements Command {

    @Override
    public String name() {
        return "trace-export";
    }

    @Override
    public String synopsis() {
        return "trace-export TRACE.ntrace --format csv|perfetto [--from NS] [--to NS] -o OUT";
    }

    @Override
    public String summary() {
        return "export a trace (or the events in [--from, --to) ns) as CSV or as JSON for the Perfetto UI";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--format", "--from", "--to", "-o");
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("usage: " + synopsis());
        }
        String format = args.require("--format");
        if (!format.equals("csv") && !format.equals("perfetto")) {
            throw new UsageException("--format must be csv or perfetto, not '" + format + "'");
        }
        Path out = ctx.resolve(args.require("-o"));
        long from = args.longOption("--from", Long.MIN_VALUE);
        long to = args.longOption("--to", Long.MAX_VALUE);
        if (from >= to) {
            throw new UsageException("--from " + from + " must be before --to " + to);
        }
        Path file = ctx.resolve(args.positional().get(0));
        TraceFiles.existing(file);
        if (out.equals(file)) {
            throw new UsageException("-o " + out + " would overwrite the trace being exported");
        }
        TraceStore store = TraceFiles.read(file);
        long n = format.equals("csv") ? new CsvExporter().export(store, from, to, out)
                : new PerfettoExporter().export(store, from, to, out);
        ctx.out().printf("wrote %s (%s, %,d %s)%n", out, format, n, format.equals("csv") ? "events" : "trace events");
        return ExitCodes.OK;
    }
}
