package org.natsume.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.InputException;
import org.natsume.cli.UsageException;
import org.natsume.model.io.TopologyStore;
import org.natsume.sim.adapter.ModelAdapter;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.metrics.Stat;
import org.natsume.sim.scenario.JsonReport;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.trace.TraceStore;
import org.natsume.trace.io.TraceFileWriter;

/** {@code ./natsume simulate}: runs one model (file, built-in example or paper scenario) N times and reports. */
public final class SimulateCommand implements Command {

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String synopsis() {
        return "simulate FILE|--example NAME|--scenario ID [--duration S] [--runs N] [--seed N] [--json OUT] [--trace OUT]"
                + " [--keep-worst N [--context MS] [--break-latency US] [--break-blocked US]]";
    }

    @Override
    public String summary() {
        return "simulate a machine model: throughput, interrupts, latency, IPIs per domain (docs/simulation.md)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--example", "--scenario", "--duration", "--runs", "--seed", "--json", "--trace", "--keep-worst",
                "--context", "--break-latency", "--break-blocked");
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        List<String> pos = args.positional();
        int sources = pos.size() + (args.option("--example").isPresent() ? 1 : 0) + (args.option("--scenario").isPresent() ? 1 : 0);
        if (sources != 1 || pos.size() > 1) {
            throw new UsageException("usage: " + synopsis());
        }
        double duration = args.doubleOption("--duration", 10);
        int runs = args.intOption("--runs", 1);
        long seed = args.longOption("--seed", 1);
        if (duration <= 0 || duration > 3600) {
            throw new UsageException("--duration must be in (0, 3600] seconds, not " + duration);
        }
        if (runs < 1 || runs > 10_000) {
            throw new UsageException("--runs must be in 1..10000, not " + runs);
        }
        // outputs are checked before the (possibly long) run, not found unwritable after it
        for (String option : List.of("--json", "--trace")) {
            if (args.option(option).isPresent()) {
                requireFileTarget(option, ctx.resolve(args.option(option).get()));
            }
        }
        SimConfig cfg = load(ctx, args, pos);
        if (cfg.workloads().isEmpty()) {
            throw new InputException(cfg.name() + " has no enabled workload, so there is nothing to measure: add a"
                    + " netperf TCP stream, a UDP flood or a periodic RT task to a domain");
        }
        FlightRecording flight = FlightRecording.of(args, runs);
        if (flight == null) {
            for (String option : FlightRecording.OPTIONS) {
                if (args.option(option).isPresent()) {
                    throw new UsageException(option + " needs --keep-worst N");
                }
            }
        }
        ScenarioResult result;
        if (flight != null) {
            result = flight.run(ctx, cfg, seed, Math.round(duration * 1e9), ctx.resolve(args.option("--trace").get()));
        } else {
            ScenarioRunner runner = new ScenarioRunner(runs, Math.round(duration * 1e9), Simulation.DEFAULT_WARMUP_NS, seed);
            result = runner.runAll(List.of(cfg), Runtime.getRuntime().availableProcessors()).get(cfg.name());
            print(ctx.out(), result);
        }
        if (args.option("--json").isPresent()) {
            Path out = ctx.resolve(args.option("--json").get());
            JsonReport.write(out, List.of(result));
            ctx.out().println("wrote " + out);
        }
        if (args.option("--trace").isPresent() && flight == null) {
            Path out = ctx.resolve(args.option("--trace").get());
            writeTrace(cfg, seed, Math.round(duration * 1e9), out);
            ctx.out().println("wrote trace of run 1 to " + out);
        }
        return ExitCodes.OK;
    }

    private static void requireFileTarget(String option, Path out) throws UsageException {
        if (Files.isDirectory(out)) {
            throw new UsageException(option + " " + out + " is a directory; give a file name");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new UsageException(option + " " + out + ": " + parent + " is not a directory");
        }
    }

    private static SimConfig load(CommandContext ctx, Args args, List<String> pos) throws UsageException {
        try {
            if (args.option("--example").isPresent()) {
                return ModelScenarios.example(args.option("--example").get());
            }
            if (args.option("--scenario").isPresent()) {
                return ModelScenarios.config(ScenarioSpec.parse(args.option("--scenario").get()));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path file = ctx.resolve(pos.get(0));
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        String name = file.getFileName().toString();
        try {
            return ModelAdapter.toSimConfig(TopologyStore.load(file), name);
        } catch (org.natsume.model.io.TopologyLoadException e) {
            throw new InputException(e.getMessage());
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new InputException(m.startsWith(name) ? m : name + ": " + m);
        }
    }

    /** Run 1 again into a trace; the simulation names the trace's lanes itself (its published metadata). */
    private static void writeTrace(SimConfig cfg, long seed, long durationNs, Path out) throws java.io.IOException {
        TraceStore store = new TraceStore();
        new Simulation(cfg, seed, store, null).run(Simulation.DEFAULT_WARMUP_NS, durationNs);
        new TraceFileWriter().write(store, out);
    }

    static void print(PrintStream out, ScenarioResult r) {
        Stat t = r.throughput();
        out.printf(Locale.ROOT, "%s: %d run(s)%n", r.id(), r.runs().size());
        out.printf(Locale.ROOT, "  throughput        %.1f Mb/s (min %.1f, max %.1f, std %.2f, CoV %.4f)%n", t.mean(), t.min(),
                t.max(), t.std(), t.cov());
        if (r.mean(RunSummary::floodMbps) > 0) {
            out.printf(Locale.ROOT, "  UDP flood         %.1f Mb/s delivered%n", r.mean(RunSummary::floodMbps));
        }
        out.printf(Locale.ROOT, "  measured guest    %.0f own-device, %.0f spurious interrupts per run%n",
                r.mean(RunSummary::measuredOwn), r.mean(RunSummary::measuredSpurious));
        out.printf(Locale.ROOT, "  latency (us)      min %.2f mean %.2f p50 %.2f p99 %.2f max %.2f std %.2f%n",
                r.mean(s -> s.latency().min()) / 1e3, r.mean(s -> s.latency().mean()) / 1e3,
                r.mean(s -> s.latency().p50()) / 1e3, r.mean(s -> s.latency().p99()) / 1e3,
                r.mean(s -> s.latency().max()) / 1e3, r.mean(s -> s.latency().std()) / 1e3);
        out.printf(Locale.ROOT, "  IPIs              kick %.0f, remote EOI %.0f, tickle %.0f%n", r.mean(RunSummary::ipiKick),
                r.mean(RunSummary::ipiEoi), r.mean(RunSummary::ipiTickle));
        out.printf(Locale.ROOT, "  line blocked      %.2f ms (waiting for other domains %.2f ms)%n",
                r.mean(RunSummary::lineBlockedNs) / 1e6, r.mean(RunSummary::lineWaitOthersNs) / 1e6);
        for (Map.Entry<String, double[]> e : r.domainMeans().entrySet()) {
            double[] d = e.getValue();
            out.printf(Locale.ROOT, "  %-16s  %.0f own, %.0f spurious interrupts; CPU busy %.1f ms", e.getKey(), d[0], d[1],
                    d[2] / 1e6);
            double credit = d[3] + d[4] + d[5];
            if (credit > 0) {
                out.printf(Locale.ROOT, "; credit BOOST %.1f%% UNDER %.1f%% OVER %.1f%%", 100 * d[3] / credit,
                        100 * d[4] / credit, 100 * d[5] / credit);
            }
            out.println();
        }
    }
}
