package org.natsume.timeline.paper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.scenario.Findings;
import org.natsume.sim.scenario.PaperBounds;
import org.natsume.sim.scenario.JsonReport;
import org.natsume.sim.scenario.ScenarioMatrix;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.timeline.chart.PaperResults;

/**
 * Run > Reproduce Paper...: what {@code ./natsume reproduce-paper} runs — the 36 scenarios of domain.md §6.2 built
 * from the model ({@link ModelScenarios}), {@link ScenarioRunner} on all cores, then {@link Findings} — as a job with
 * one progress step per scenario. Run i of a scenario uses seed {@code seed + i} whichever scenarios run with it, so
 * running the matrix one scenario at a time gives the command's numbers and lets the user cancel between scenarios.
 */
public final class ReproducePaperJob extends Job {

    /** Job family, so tests and the UI can find or join the run. */
    public static final Object FAMILY = ReproducePaperJob.class;

    /** What the run produced: the report as the Charts view reads it, the findings, the settings and the wall time. */
    public record Outcome(PaperResults report, String json, List<Findings.Check> findings,
            List<PaperBounds.Bound> bounds, Settings settings, double wallSeconds) {
        public long shown() {
            return findings.stream().filter(c -> c.verdict() == Findings.Verdict.SHOWN).count();
        }

        public String summary() {
            return String.format(Locale.ROOT, "%d scenarios x %d runs x %s s simulated in %.1f s: %d of %d findings shown",
                    report.all().size(), settings.runs(), fmt(settings.durationSeconds()), wallSeconds, shown(), findings.size());
        }
    }

    /** The reproduce-paper settings; the defaults are the command's. */
    public record Settings(int runs, double durationSeconds, long seed) {
        public static final Settings DEFAULT = new Settings(ScenarioMatrix.DEFAULT_RUNS,
                ScenarioMatrix.DEFAULT_DURATION_SECONDS, 1);

        public Settings {
            if (runs < 1 || runs > 1000) {
                throw new IllegalArgumentException("Runs must be in 1..1000, not " + runs + ".");
            }
            if (!(durationSeconds > 0) || durationSeconds > 600) {
                throw new IllegalArgumentException("Duration must be in (0, 600] seconds, not " + fmt(durationSeconds) + ".");
            }
        }
    }

    private final Settings settings;
    private final List<ScenarioSpec> specs;
    private final Consumer<Outcome> onDone;
    private volatile Outcome outcome;

    public ReproducePaperJob(Settings settings, Consumer<Outcome> onDone) {
        this(settings, ScenarioMatrix.all(), onDone);
    }

    /** specs: a subset of the matrix (tests); onDone runs on the job's thread. */
    public ReproducePaperJob(Settings settings, List<ScenarioSpec> specs, Consumer<Outcome> onDone) {
        super("Reproduce paper (" + settings.runs() + " runs x " + fmt(settings.durationSeconds()) + " s)");
        this.settings = settings;
        this.specs = List.copyOf(specs);
        this.onDone = onDone;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    public Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int threads = Runtime.getRuntime().availableProcessors();
        ScenarioRunner runner = new ScenarioRunner(settings.runs(), Math.round(settings.durationSeconds() * 1e9),
                Simulation.DEFAULT_WARMUP_NS, settings.seed());
        monitor.beginTask("Reproducing the paper's matrix on " + threads + " threads", specs.size());
        long t0 = System.nanoTime();
        Map<String, ScenarioResult> results = new LinkedHashMap<>();
        try {
            int k = 0;
            for (ScenarioSpec spec : specs) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                monitor.subTask(String.format(Locale.ROOT, "scenario %d of %d: %s", ++k, specs.size(), spec.id()));
                results.putAll(runner.runMatrix(List.of(spec), ModelScenarios::config, threads));
                monitor.worked(1);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            String json = JsonReport.toJson(results.values());
            Outcome o = new Outcome(PaperResults.parse(json), json, Findings.evaluate(results),
                    PaperBounds.evaluate(results), settings, wall);
            outcome = o;
            if (onDone != null) {
                onDone.accept(o);
            }
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            return new Status(IStatus.ERROR, "org.natsume.timeline", "Reproduce paper failed: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
        } finally {
            monitor.done();
        }
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
