package org.natsume.cli.commands;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Severity;
import org.natsume.model.validation.TopologyValidator;

/**
 * {@code ./natsume validate FILE}: runs the topology rules (docs/model.md) and prints one {@code SEVERITY path:
 * message} line per finding. Exit 0 when there are no errors (warnings and infos allowed), 1 with errors, 2 when the
 * file cannot be read.
 */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "validate FILE | validate --example NAME";
    }

    @Override
    public String summary() {
        return "check a topology (shared GSIs, pinning, attachments, BDFs); exit 1 on errors";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(TopologyInput.EXAMPLE);
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        Optional<TopologyInput.Loaded> loaded = TopologyInput.loadOrReport(ctx, args, name());
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        TopologyInput.Loaded in = loaded.get();
        List<Finding> findings = TopologyValidator.validate(in.topology());
        for (Finding f : findings) {
            ctx.out().println(f);
        }
        long errors = count(findings, Severity.ERROR);
        long warnings = count(findings, Severity.WARNING);
        long infos = count(findings, Severity.INFO);
        ctx.err().println(in.label() + ": " + errors + " error(s), " + warnings + " warning(s), " + infos
                + " info(s)");
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
