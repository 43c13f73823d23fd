package org.natsume.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.scenario.Findings;
import org.natsume.sim.scenario.JsonReport;
import org.natsume.sim.scenario.PaperFigures;
import org.natsume.sim.scenario.PaperTestbed;
import org.natsume.sim.scenario.ScenarioMatrix;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;

/**
 * {@code ./natsume reproduce-paper}: the scenario matrix of domain.md §6.2 in parallel, printed in the paper's
 * figure layout, then each finding of §6.4 with the numbers. Exit 1 when a finding is not shown.
 */
public final class ReproducePaperCommand implements Command {

    @Override
    public String name() {
        return "reproduce-paper";
    }

    @Override
    public String synopsis() {
        return "reproduce-paper [--runs N] [--duration S] [--seed N] [--json OUT] [--hand-built]";
    }

    @Override
    public String summary() {
        return "run the paper's 36-scenario matrix and check its findings (exit 1 if one is not shown)";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--hand-built");
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--runs", "--duration", "--seed", "--json");
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        if (!args.positional().isEmpty()) {
            throw new UsageException("usage: " + synopsis());
        }
        int runs = args.intOption("--runs", 10);
        double duration = args.doubleOption("--duration", 5);
        long seed = args.longOption("--seed", 1);
        if (runs < 1 || runs > 1000) {
            throw new UsageException("--runs must be in 1..1000, not " + runs);
        }
        if (duration <= 0 || duration > 600) {
            throw new UsageException("--duration must be in (0, 600] seconds, not " + duration);
        }
        Function<ScenarioSpec, SimConfig> builder = args.flag("--hand-built") ? PaperTestbed::config : ModelScenarios::config;
        int threads = Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        Map<String, ScenarioResult> results = new ScenarioRunner(runs, Math.round(duration * 1e9),
                Simulation.DEFAULT_WARMUP_NS, seed).runMatrix(ScenarioMatrix.all(), builder, threads);
        double wall = (System.nanoTime() - t0) / 1e9;
        ctx.out().printf(Locale.ROOT, "%d scenarios x %d runs x %.1f s simulated on %d threads in %.1f s%n%n",
                results.size(), runs, duration, threads, wall);
        PaperFigures.print(ctx.out(), results);
        ctx.out().println();
        ctx.out().println("Findings of domain.md section 6.4:");
        boolean all = true;
        for (Findings.Check c : Findings.evaluate(results)) {
            ctx.out().printf(Locale.ROOT, "  %d. [%s] %s%n       %s%n", c.number(), c.verdict(), c.claim(), c.numbers());
            all &= c.verdict() != Findings.Verdict.NOT_SHOWN;
        }
        if (args.option("--json").isPresent()) {
            Path out = ctx.resolve(args.option("--json").get());
            JsonReport.write(out, List.copyOf(results.values()));
            ctx.out().println("wrote " + out);
        }
        return all ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
