package org.natsume.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.sweep.LocalEngine;
import org.natsume.sweep.SweepOutput;
import org.natsume.sweep.SweepPlan;
import org.natsume.sweep.SweepSummary;
import org.natsume.sweep.spec.SpecException;
import org.natsume.sweep.spec.SweepSpecParser;

/**
 * {@code ./natsume sweep SPEC -o OUT}: a design-space sweep (docs/sweeps.md). The spec is read and checked whole
 * before anything runs (exit 2 naming line and key); the local engine runs the cells on all cores, resumable; the
 * Spark engine hands the same spec to {@code spark-submit}. Exit 1 when a cell failed (the others still ran).
 */
public final class SweepCommand implements Command {

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String synopsis() {
        return "sweep SPEC.json -o OUT [--engine local|spark] [--threads N] [--master URL] [--spark-jar JAR] "
                + "[--parquet URI] [--check]";
    }

    @Override
    public String summary() {
        return "run a design-space sweep (topologies x parameters x seeds) on all cores or on Spark; resumable";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--check");
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("-o", "--engine", "--threads", "--master", "--spark-jar", "--parquet");
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException(args.positional().isEmpty() ? "missing SPEC" : "expected one SPEC");
        }
        String engine = args.option("--engine").orElse("local");
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new UsageException("--engine is local or spark, not '" + engine + "'");
        }
        int threads = args.intOption("--threads", Runtime.getRuntime().availableProcessors());
        if (threads < 1 || threads > 1024) {
            throw new UsageException("--threads must be in 1..1024, not " + threads);
        }
        Path specFile = ctx.resolve(args.positional().get(0));
        SweepPlan plan;
        try {
            plan = SweepPlan.of(SweepSpecParser.parse(specFile));
        } catch (SpecException e) {
            ctx.err().println("natsume sweep: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        int cells = plan.cells().size();
        String shape = String.format(Locale.ROOT, "%d cells x %d runs x %s s simulated", cells, plan.spec().runs(),
                org.natsume.sweep.RowCsv.number(plan.spec().durationS()));
        if (args.flag("--check")) {
            ctx.out().println(plan.spec().source() + ": ok, " + shape + " on " + plan.spec().topologyLabel());
            return ExitCodes.OK;
        }
        Path out = ctx.resolve(args.require("-o"));
        if (engine.equals("spark")) {
            return SparkSubmit.run(ctx, args, specFile, out);
        }
        ctx.out().println(plan.spec().name() + ": " + shape + " on " + threads + " threads -> " + out);
        long t0 = System.nanoTime();
        LocalEngine.Outcome o;
        try {
            o = new LocalEngine(plan, new SweepOutput(out, plan), threads,
                    new ProgressBar(ctx.err(), System.console() != null)).run();
        } catch (IllegalStateException e) {
            ctx.err().println("natsume sweep: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        SweepSummary s = o.summary();
        ctx.out().println();
        ctx.out().print(s.table());
        ctx.out().println();
        ctx.out().printf(Locale.ROOT, "%d cells run in %s (%.1f cells/min), %d read back; wrote %s, %s, %s%n",
                o.cellsRun(), ProgressBar.duration(wall), o.cellsRun() == 0 ? 0 : o.cellsRun() / (wall / 60),
                o.cellsSkipped(), out.resolve(SweepOutput.ROWS), out.resolve(SweepOutput.SUMMARY_CSV),
                out.resolve(SweepOutput.SUMMARY_TXT));
        List<String> failed = s.failureReports();
        for (String f : failed) {
            ctx.err().println("natsume sweep: " + f);
        }
        if (!failed.isEmpty() && !Files.exists(out.resolve(SweepOutput.ROWS))) {
            return ExitCodes.USAGE;
        }
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
