package org.natsume.editor.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.natsume.editor.commands.TopologyCommands;
import org.natsume.editor.diagram.DiagramNotation;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.Topology;
import org.natsume.sim.adapter.ModelAdapter;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.scenario.ScenarioRunner;
import org.natsume.sim.scenario.Simulation;
import org.natsume.trace.TraceSink;

/**
 * What a quick fix changes at run time: the same short simulation (one run, same seed) of the model as it is and of
 * a copy with the fix applied, reduced to the figures an interference fix is about — the spurious PIRQs the RT-VM
 * and all domains receive, the measured guest's p99 interrupt latency and its throughput. The editor's model is never
 * touched.
 */
public final class FixPreview {
    /** Simulated time per side: long enough for thousands of interrupts, short enough to wait for in a dialog. */
    public static final long DURATION_NS = 200_000_000L;

    /** The figures of one side. */
    public record Figures(double p99LatencyUs, long rtVmSpurious, long allSpurious, double throughputMbps) {
    }

    /** Before and after, or why there is nothing to show. */
    public record Result(Optional<Figures> before, Optional<Figures> after, String note) {
    }

    private FixPreview() {
    }

    /** Copies the model twice and applies the fix to one copy; on the UI thread, which owns the model. */
    public static Prepared prepare(Topology model, QuickFix fix) {
        Optional<String> rt = model.getDomains().stream().filter(d -> d.getKind() == DomainKind.RT_VM)
                .map(Domain::getId).findFirst();
        Copy after = copy(model);
        Command c = fix.builder().build(after.commands, after::map);
        boolean applies = c != null && c.canExecute();
        if (applies) {
            after.commands.domain().getCommandStack().execute(c);
        }
        return new Prepared(copy(model).topology, applies ? after.topology : null, rt);
    }

    /** Both sides, ready to simulate on any thread (the copies belong to nobody else). */
    public record Prepared(Topology before, Topology after, Optional<String> rtVm) {
        public Result simulate(org.eclipse.core.runtime.IProgressMonitor monitor) {
            monitor.beginTask("Simulating " + DURATION_NS / 1_000_000 + " ms before and after the fix", 2);
            try {
                Figures b;
                try {
                    b = FixPreview.simulate(before, rtVm);
                } catch (IllegalArgumentException e) {
                    return new Result(Optional.empty(), Optional.empty(), "The model as it is cannot be simulated: "
                            + e.getMessage());
                }
                if (b == null) {
                    return new Result(Optional.empty(), Optional.empty(), "The model has no enabled workload, so a"
                            + " simulation has nothing to measure. Add a netperf stream or a UDP flood to compare.");
                }
                monitor.worked(1);
                if (after == null || monitor.isCanceled()) {
                    return new Result(Optional.of(b), Optional.empty(), after == null
                            ? "The fix does not apply to this model." : "Cancelled.");
                }
                try {
                    return new Result(Optional.of(b), Optional.ofNullable(FixPreview.simulate(after, rtVm)),
                            "One run of " + DURATION_NS / 1_000_000 + " ms simulated time each, same seed.");
                } catch (IllegalArgumentException e) {
                    return new Result(Optional.of(b), Optional.empty(), "After the fix the simulator refuses the"
                            + " model: " + e.getMessage());
                }
            } finally {
                monitor.done();
            }
        }
    }

    /** Prepares and simulates at once (tests, scripts). */
    public static Result run(Topology model, QuickFix fix) {
        return prepare(model, fix).simulate(new org.eclipse.core.runtime.NullProgressMonitor());
    }

    private static Figures simulate(Topology t, Optional<String> rtVm) {
        SimConfig cfg = ModelAdapter.toSimConfig(t, "preview");
        if (cfg.workloads().isEmpty()) {
            return null;
        }
        RunSummary s = new ScenarioRunner(1, DURATION_NS, Simulation.DEFAULT_WARMUP_NS, 1).runOnce(cfg, 0,
                TraceSink.NONE);
        long spurious = rtVm.map(id -> s.domains().get(id)).map(RunSummary.DomainFigures::interruptsSpurious)
                .orElse(0L);
        long all = s.domains().values().stream().mapToLong(RunSummary.DomainFigures::interruptsSpurious).sum();
        return new Figures(s.latency().p99() / 1000.0, spurious, all, s.throughputMbps());
    }

    /** A detached copy of the topology with its own editing domain, and the map from the original's objects. */
    private static final class Copy {
        final EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Topology topology;
        TopologyCommands commands;

        <T extends EObject> T map(T original) {
            @SuppressWarnings("unchecked")
            T mapped = (T) copier.get(original);
            return mapped == null ? original : mapped;
        }
    }

    private static Copy copy(Topology model) {
        Copy c = new Copy();
        c.topology = (Topology) c.copier.copy(model);
        c.copier.copyReferences();
        Resource r = new ResourceImpl();
        r.getContents().add(c.topology);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
                new BasicCommandStack());
        c.commands = new TopologyCommands(domain, c.topology, DiagramNotation.of(r));
        return c;
    }

    /** The figures as table rows: name, before, after. */
    /** How many rows {@link #rows} gives (the dialog's table is made this tall). */
    public static final int ROWS = 4;

    public static List<String[]> rows(Result r) {
        return List.of(
                row("Spurious PIRQs to the RT-VM", r, f -> Long.toString(f.rtVmSpurious())),
                row("Spurious PIRQs, all domains", r, f -> Long.toString(f.allSpurious())),
                row("p99 interrupt latency (measured guest)", r, f -> String.format("%.1f µs", f.p99LatencyUs())),
                row("Throughput", r, f -> String.format("%.1f Mb/s", f.throughputMbps())));
    }

    private static String[] row(String name, Result r, java.util.function.Function<Figures, String> text) {
        return new String[] {name, r.before().map(text).orElse("—"), r.after().map(text).orElse("—")};
    }
}
