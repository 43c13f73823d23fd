package org.natsume.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.ExportResult;
import org.natsume.configio.export.ExportWriter;
import org.natsume.configio.export.Exporters;

/**
 * {@code ./natsume export FILE|--example NAME --target T -o DIR}: writes the deployment files of domain.md §7 (see
 * docs/export.md). {@code --target all} writes every target that accepts the model and lists the refusals. Exit 0
 * when every requested target was written, 1 when a target refused the model (with the reasons), 2 on bad arguments
 * or an unreadable file.
 */
public final class ExportCommand implements Command {

    private static final String TARGET = "--target";
    private static final String OUT = "-o";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "export FILE|--example NAME --target " + String.join("|", Exporters.ids()) + "|all -o DIR";
    }

    @Override
    public String summary() {
        return "write the configuration files of each export target for a topology; exit 1 if a target refuses it";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(TopologyInput.EXAMPLE, TARGET, OUT);
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        String target = args.require(TARGET);
        Path out = ctx.resolve(args.require(OUT));
        List<ConfigExporter> exporters;
        if (target.equals("all")) {
            exporters = Exporters.all();
        } else {
            exporters = List.of(Exporters.byId(target).orElseThrow(() -> new UsageException(
                    "unknown target '" + target + "'; targets: " + String.join(", ", Exporters.ids()) + ", all")));
        }
        Optional<TopologyInput.Loaded> loaded = TopologyInput.loadOrReport(ctx, args, name());
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        TopologyInput.Loaded in = loaded.get();
        org.natsume.topology.Topology topology;
        try {
            topology = Exporters.resolve(in.topology());
        } catch (ExportRefusedException e) {
            ctx.err().println("natsume export: " + in.label() + ": the model cannot be exported:");
            e.reasons().forEach(r -> ctx.err().println("  - " + r));
            return ExitCodes.FINDINGS;
        }
        List<ExportResult> results = new ExportWriter(out).run(topology, exporters);
        int refused = 0;
        for (ExportResult r : results) {
            if (r.refused()) {
                refused++;
                ctx.err().println("natsume export: target '" + r.target() + "' refuses " + in.label() + ":");
                r.refusal().get().reasons().forEach(reason -> ctx.err().println("  - " + reason));
            } else {
                for (Path p : r.written()) ctx.out().println(r.target() + ": " + out.relativize(p));
            }
        }
        ctx.err().println(in.label() + ": " + (results.size() - refused) + " target(s) written to " + out
                + (refused > 0 ? ", " + refused + " refused" : ""));
        return refused > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
