package org.natsume.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.model.Topology;
import org.natsume.model.analysis.FanOut;
import org.natsume.model.examples.Examples;
import org.natsume.model.examples.SyntheticTopology;
import org.natsume.model.io.TopologyStore;
import org.natsume.model.validation.TopologyValidator;

/**
 * {@code ./natsume model-bench [--devices N] [--repeat R]}: times building, validating, fan-out analysis, saving and
 * loading a synthetic topology (median of R runs after one warm-up). Speed is measured here, never asserted in tests.
 */
public final class ModelBenchCommand implements Command {

    @Override
    public String name() {
        return "model-bench";
    }

    @Override
    public String synopsis() {
        return "model-bench [--devices N] [--repeat R]";
    }

    @Override
    public String summary() {
        return "time build/validate/fan-out/save/load of a synthetic topology (default 500 devices)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--devices", "--repeat");
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        int devices = args.intOption("--devices", 500);
        int repeat = args.intOption("--repeat", 5);
        if (devices < 1 || devices > SyntheticTopology.MAX_DEVICES) {
            throw new UsageException("--devices must be between 1 and " + SyntheticTopology.MAX_DEVICES);
        }
        if (repeat < 1) {
            throw new UsageException("--repeat must be at least 1");
        }
        Path dir = Files.createTempDirectory("natsume-model-bench");
        Path file = dir.resolve("synthetic.natsume");
        try {
            long[][] ns = new long[5][repeat];
            int findings = 0;
            for (int r = -1; r < repeat; r++) {
                long t0 = System.nanoTime();
                Topology t = Examples.synthetic(devices);
                long t1 = System.nanoTime();
                findings = TopologyValidator.validate(t).size();
                long t2 = System.nanoTime();
                FanOut.compute(t);
                long t3 = System.nanoTime();
                TopologyStore.save(t, file);
                long t4 = System.nanoTime();
                TopologyStore.load(file);
                long t5 = System.nanoTime();
                if (r >= 0) {
                    long[] d = { t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4 };
                    for (int i = 0; i < 5; i++) {
                        ns[i][r] = d[i];
                    }
                }
            }
            ctx.out().println("synthetic topology: " + devices + " PCI functions, " + findings + " findings, file "
                    + Files.size(file) / 1024 + " KiB; median of " + repeat + " runs:");
            String[] names = { "build", "validate", "fan-out", "save", "load" };
            for (int i = 0; i < 5; i++) {
                long[] v = ns[i].clone();
                Arrays.sort(v);
                ctx.out().println(String.format("  %-9s %8.2f ms", names[i], v[v.length / 2] / 1e6));
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        return ExitCodes.OK;
    }
}
