package org.natsume.sweep;

import java.util.ArrayList;
import java.util.List;

import org.natsume.model.NatsumeFactory;
import org.natsume.model.SimulationSettings;
import org.natsume.model.TimingValue;
import org.natsume.model.Topology;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.adapter.ModelAdapter;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.scenario.Simulation;

/**
 * The one place where the sweep meets the simulator's input: which parameters exist, in which unit a spec writes
 * them, how a topology becomes something to run, and one run. Everything else in this bundle works on the EMF
 * topology and on {@link RunSummary}, so a change of the simulator's input API is a change of this class alone.
 */
public final class SimBinding {

    private SimBinding() {
    }

    /** Every parameter a spec may address as {@code param.SYMBOL}, in declaration order. */
    public static List<String> parameterSymbols() {
        List<String> out = new ArrayList<>();
        for (TimingParameter p : TimingParameter.settings()) {
            out.add(p.symbol());
        }
        return out;
    }

    public static boolean isParameter(String symbol) {
        return parameterSymbols().contains(symbol);
    }

    /**
     * The unit a value is written in, the one a model's SimulationSettings uses: µs for the simulator's times
     * (like domain.md §5.4), the declared unit otherwise.
     */
    public static String unitOf(String symbol) {
        return TimingParameter.bySymbol(symbol).map(TimingParameter::unit)
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + symbol + "'"));
    }

    /** Sets {@code symbol} in the topology's simulation settings, as a model file would. */
    public static void setParameter(Topology t, String symbol, double value) {
        if (!isParameter(symbol)) {
            throw new IllegalArgumentException("unknown parameter '" + symbol + "'");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(symbol + " must be a non-negative number, not " + value);
        }
        SimulationSettings s = t.getSettings();
        if (s == null) {
            s = NatsumeFactory.eINSTANCE.createSimulationSettings();
            s.setId("settings");
            t.setSettings(s);
        }
        for (TimingValue v : s.getTimings()) {
            if (symbol.equals(v.getSymbol())) {
                v.setValue(value);
                return;
            }
        }
        TimingValue v = NatsumeFactory.eINSTANCE.createTimingValue();
        v.setSymbol(symbol);
        v.setValue(value);
        s.getTimings().add(v);
    }

    /** What the simulator runs for this topology; errors name the element, as {@code simulate}'s do. */
    public static SimConfig toConfig(Topology t, String name) {
        return ModelAdapter.toSimConfig(t, name);
    }

    public static RunSummary run(SimConfig cfg, long seed, long warmupNs, long durationNs) {
        return new Simulation(cfg, seed, null, null).runSummary(seed, warmupNs, durationNs);
    }

    /** The domain names a per-domain metric may use. */
    public static List<String> domainNames(SimConfig cfg) {
        return cfg.domains().stream().map(SimConfig.DomainSpec::name).toList();
    }
}
