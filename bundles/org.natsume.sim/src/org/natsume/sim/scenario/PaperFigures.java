package org.natsume.sim.scenario;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.metrics.Stat;

/** Prints results in the layout of the paper's figures: one row per configuration, one column per workload. */
public final class PaperFigures {
    private static final String[] ROWS = {"C1-%s-%s-SH", "C1-%s-%s-UN", "C2-%s-%s-SH", "C2-%s-%s-UN", "C3-%s-%s-SH",
        "C3-%s-%s-UN", "C3-%s-%s-SH-P1", "C3-%s-%s-SH-P2", "C3-%s-%s-SH-P1-P2"};
    private static final String[] COLS = {"S-N", "S-L", "R-N", "R-L"};

    private PaperFigures() {
    }

    public static void print(PrintStream out, Map<String, ScenarioResult> r) {
        table(out, r, "Throughput of guest B, Mb/s (mean +- std, CoV)", s -> {
            Stat t = s.throughput();
            return String.format(Locale.ROOT, "%.1f+-%.1f (%.3f)", t.mean(), t.std(), t.cov());
        });
        out.println();
        table(out, r, "Interrupts delivered to guest B per run: own-device / spurious", s -> String.format(Locale.ROOT,
                "%.0f / %.0f", s.mean(RunSummary::measuredOwn), s.mean(RunSummary::measuredSpurious)));
        out.println();
        table(out, r, "Guest-B device interrupt latency, us: mean / p99 / max", s -> String.format(Locale.ROOT,
                "%.1f / %.1f / %.1f", s.mean(x -> x.latency().mean()) / 1e3, s.mean(x -> x.latency().p99()) / 1e3,
                s.mean(x -> x.latency().max()) / 1e3));
    }

    /** One figure: a row per configuration, a column per direction and load, "-" for a scenario not run. */
    private static void table(PrintStream out, Map<String, ScenarioResult> r, String title,
            Function<ScenarioResult, String> cell) {
        out.println(title);
        header(out);
        for (String row : ROWS) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-14s", row.replace("-%s-%s", "")));
            for (String col : COLS) {
                String[] c = col.split("-");
                ScenarioResult s = r.get(String.format(row, c[0], c[1]));
                b.append(String.format(Locale.ROOT, "%26s", s == null ? "-" : cell.apply(s)));
            }
            out.println(b);
        }
    }

    private static void header(PrintStream out) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-14s", "config"));
        for (String c : COLS) {
            b.append(String.format(Locale.ROOT, "%26s", c));
        }
        out.println(b);
    }
}
