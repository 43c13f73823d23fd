package org.natsume.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.natsume.model.examples.PaperParameters;
import org.natsume.model.examples.PaperParameters.Choice;
import org.natsume.model.examples.PaperParameters.FreeParameter;
import org.natsume.model.examples.PaperParameters.Variant;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.ScenarioResult;

/**
 * How robust each finding of domain.md §6.4 is to the paper's free parameters (issue 11 item 7): the whole matrix
 * once per {@link Variant} of {@link PaperParameters#all()} — one parameter moved over its range, the others at
 * their defaults — and {@link Findings#evaluate} and {@link PaperBounds#evaluate} of each result set. A choice the
 * simulator cannot build yet (e.g. an unpinned multi-VCPU Dom0) or a parameter not declared yet is reported as not
 * run, with the reason. Equal choices are run once.
 */
public final class Sensitivity {

    /** One variant's outcome: the verdict of every finding and of the paper's bounds, or why it was not run. */
    public record Row(Variant variant, boolean isDefault, List<Findings.Check> checks, List<PaperBounds.Bound> bounds,
            Optional<String> notRun) {
    }

    private final ScenarioRunner runner;
    private final List<ScenarioSpec> specs;
    private final int threads;
    private final Function<Choice, Function<ScenarioSpec, SimConfig>> builder;

    /** @param builder the matrix's configs for one choice (ModelScenarios::config bound to the choice) */
    public Sensitivity(ScenarioRunner runner, List<ScenarioSpec> specs, int threads,
            Function<Choice, Function<ScenarioSpec, SimConfig>> builder) {
        this.runner = runner;
        this.specs = List.copyOf(specs);
        this.threads = threads;
        this.builder = builder;
    }

    public List<Row> run(List<FreeParameter> parameters) {
        Map<Choice, Row> done = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (FreeParameter p : parameters) {
            for (Variant v : p.variants()) {
                Row cached = done.get(v.choice());
                Row r = cached != null ? new Row(v, cached.isDefault(), cached.checks(), cached.bounds(), cached.notRun())
                        : runOne(v);
                done.putIfAbsent(v.choice(), r);
                rows.add(r);
            }
        }
        return rows;
    }

    private Row runOne(Variant v) {
        boolean isDefault = v.choice().equals(PaperParameters.DEFAULTS);
        if (!Double.isNaN(v.choice().watchdogHoldoffUs())
                && TimingParameter.bySymbol(PaperParameters.WATCHDOG_HOLDOFF_SYMBOL).isEmpty()) {
            return new Row(v, isDefault, List.of(), List.of(), Optional.of("timing parameter "
                    + PaperParameters.WATCHDOG_HOLDOFF_SYMBOL + " is not declared yet"));
        }
        List<SimConfig> cfgs = new ArrayList<>();
        try {
            Function<ScenarioSpec, SimConfig> b = builder.apply(v.choice());
            for (ScenarioSpec s : specs) {
                cfgs.add(b.apply(s));
            }
        } catch (IllegalArgumentException e) {
            return new Row(v, isDefault, List.of(), List.of(), Optional.of("not simulated: " + e.getMessage()));
        }
        Map<String, ScenarioResult> results = runner.runAll(cfgs, threads);
        return new Row(v, isDefault, Findings.evaluate(results), PaperBounds.evaluate(results), Optional.empty());
    }
}
