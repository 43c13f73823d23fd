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
import org.natsume.model.examples.PaperParameters;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.scenario.Findings;
import org.natsume.sim.scenario.JsonReport;
import org.natsume.sim.scenario.PaperBounds;
import org.natsume.sim.scenario.PaperFigures;
import org.natsume.sim.scenario.Sensitivity;
import org.natsume.sim.scenario.ScenarioMatrix;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;

/**
 * {@code ./natsume reproduce-paper}: the scenario matrix of domain.md §6.2, run on the models the product ships
 * (ModelScenarios, the one paper testbed), in parallel, printed in the paper's figure layout, then each finding of
 * §6.4 with the numbers. Exit 1 when a finding is not shown. {@code --sensitivity} instead runs the matrix once per
 * value of each free parameter (PaperParameters) and prints which findings hold.
 */
public final class ReproducePaperCommand implements Command {

    @Override
    public String name() {
        return "reproduce-paper";
    }

    @Override
    public String synopsis() {
        return "reproduce-paper [--runs N] [--duration S] [--seed N] [--json OUT] [--sensitivity]";
    }

    @Override
    public String summary() {
        return "run the paper's 36-scenario matrix and check its findings (exit 1 if one is not shown)";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--sensitivity");
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
        boolean sensitivity = args.flag("--sensitivity");
        // the sensitivity report runs the matrix once per variant, so it defaults to fewer, shorter runs
        int runs = args.intOption("--runs", sensitivity ? 2 : ScenarioMatrix.DEFAULT_RUNS);
        double duration = args.doubleOption("--duration", sensitivity ? 2 : ScenarioMatrix.DEFAULT_DURATION_SECONDS);
        long seed = args.longOption("--seed", 1);
        if (runs < 1 || runs > 1000) {
            throw new UsageException("--runs must be in 1..1000, not " + runs);
        }
        if (duration <= 0 || duration > 600) {
            throw new UsageException("--duration must be in (0, 600] seconds, not " + duration);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ScenarioRunner runner = new ScenarioRunner(runs, Math.round(duration * 1e9), Simulation.DEFAULT_WARMUP_NS, seed);
        if (sensitivity) {
            if (args.option("--json").isPresent()) {
                throw new UsageException("--json writes the default matrix's results; it does not go with --sensitivity");
            }
            return sensitivity(ctx, runner, runs, duration, threads);
        }
        Function<ScenarioSpec, SimConfig> builder = ModelScenarios::config;
        long t0 = System.nanoTime();
        Map<String, ScenarioResult> results = runner.runMatrix(ScenarioMatrix.all(), builder, threads);
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
        ctx.out().println();
        ctx.out().println("Bounds on the flood rate from what the paper saw (domain.md section 0.5), at flood_pps "
                + PaperParameters.FLOOD_PPS + ":");
        for (PaperBounds.Bound b : PaperBounds.evaluate(results)) {
            ctx.out().printf(Locale.ROOT, "  %s [%s] %s%n       %s%n", b.name(), b.holds() ? "HOLDS" : "BROKEN", b.claim(),
                    b.numbers());
        }
        if (args.option("--json").isPresent()) {
            Path out = ctx.resolve(args.option("--json").get());
            JsonReport.write(out, List.copyOf(results.values()));
            ctx.out().println("wrote " + out);
        }
        return all ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static int sensitivity(CommandContext ctx, ScenarioRunner runner, int runs, double duration, int threads) {
        long t0 = System.nanoTime();
        List<Sensitivity.Row> rows = new Sensitivity(runner, ScenarioMatrix.all(), threads,
                choice -> spec -> ModelScenarios.config(spec, choice)).run(PaperParameters.all());
        double wall = (System.nanoTime() - t0) / 1e9;
        ctx.out().printf(Locale.ROOT, "Sensitivity of the findings of domain.md section 6.4 to the free parameters "
                + "(PaperParameters): %d scenarios x %d runs x %.1f s per value, %.1f s wall%n", ScenarioMatrix.all().size(),
                runs, duration, wall);
        ctx.out().println("Each row moves one parameter, the others at their defaults (* = the default). "
                + "S = shown, - = not shown, . = not evaluated.");
        ctx.out().println("Bounds (domain.md section 0.5; a value that breaks one is outside what the paper saw): "
                + "vs = the vif slows, vh = the vif keeps half, pc = pass-through interrupt counts stay; "
                + "+ = holds, x = broken.");
        int findings = rows.stream().mapToInt(r -> r.checks().size()).max().orElse(0);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-18s %-26s", "parameter", "value"));
        for (int i = 1; i <= findings; i++) {
            head.append(String.format(Locale.ROOT, " %2d", i));
        }
        head.append("   vs vh pc");
        ctx.out().println(head);
        for (Sensitivity.Row r : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-18s %-26s", r.variant().parameter(),
                    (r.isDefault() ? "*" : " ") + r.variant().value()));
            if (r.notRun().isPresent()) {
                line.append("  not run: ").append(r.notRun().get());
            } else {
                for (Findings.Check c : r.checks()) {
                    line.append("  ").append(switch (c.verdict()) {
                        case SHOWN -> "S";
                        case NOT_SHOWN -> "-";
                        default -> ".";
                    });
                }
                line.append("  ");
                for (PaperBounds.Bound b : r.bounds()) {
                    line.append("  ").append(b.holds() ? "+" : "x");
                }
            }
            ctx.out().println(line);
        }
        ctx.out().println();
        ctx.out().println("Free parameters (range; source):");
        for (PaperParameters.FreeParameter p : PaperParameters.all()) {
            ctx.out().printf(Locale.ROOT, "  %-18s default %s; %s; %s%n", p.name(), p.defaultValue(), p.range(), p.source());
        }
        return ExitCodes.OK;
    }
}
