package org.natsume.cli.commands;

import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.bench.SimBench;
import org.natsume.sim.scenario.ScenarioSpec;

/** {@code ./natsume bench}: kernel events/s (hold benchmark) and simulated s per wall s of C3-S-L-SH. */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "bench [--scenario ID] [--seconds S]";
    }

    @Override
    public String summary() {
        return "measure the simulation: kernel hold benchmark at 1 k / 100 k pending, simulated s per wall s";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--scenario", "--seconds");
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        if (!args.positional().isEmpty()) {
            throw new UsageException("usage: " + synopsis());
        }
        double seconds = args.doubleOption("--seconds", 10);
        if (seconds <= 0 || seconds > 600) {
            throw new UsageException("--seconds must be in (0, 600], not " + seconds);
        }
        String id = args.option("--scenario").orElse("C3-S-L-SH");
        try {
            // a bad id is a usage error before the kernel benchmark spends its seconds, not after
            ScenarioSpec.parse(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            new SimBench(ctx.out()).run(id, ModelScenarios::config, seconds);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return ExitCodes.OK;
    }
}
