package org.natsume.model.timing;

import java.util.Optional;

import org.natsume.model.NatsumeFactory;
import org.natsume.model.SimulationSettings;
import org.natsume.model.TimingValue;

/**
 * Reads and writes timing parameter values of a {@link SimulationSettings} by symbol (domain.md §5.4). A missing
 * TimingValue means "default": {@link #value} falls back to {@link TimingParameter#defaultValue()}.
 */
public final class Timings {

    private Timings() {
    }

    /** Adds a TimingValue with the default for every settings parameter that is not present yet, in enum order. */
    public static void fillDefaults(SimulationSettings settings) {
        for (TimingParameter p : TimingParameter.settings()) {
            if (find(settings, p.symbol()).isEmpty()) {
                TimingValue v = NatsumeFactory.eINSTANCE.createTimingValue();
                v.setSymbol(p.symbol());
                v.setValue(p.defaultValue());
                settings.getTimings().add(v);
            }
        }
    }

    /** A new SimulationSettings with the documented defaults (10 s, 50 runs, seed 1) and every timing default. */
    public static SimulationSettings defaultSettings() {
        SimulationSettings s = NatsumeFactory.eINSTANCE.createSimulationSettings();
        fillDefaults(s);
        return s;
    }

    public static Optional<TimingValue> find(SimulationSettings settings, String symbol) {
        if (settings == null) {
            return Optional.empty();
        }
        return settings.getTimings().stream().filter(v -> symbol.equals(v.getSymbol())).findFirst();
    }

    /** The value of {@code p} in {@code settings} (or its default when absent), in {@link TimingParameter#unit()}. */
    public static double value(SimulationSettings settings, TimingParameter p) {
        return find(settings, p.symbol()).map(TimingValue::getValue).orElse(p.defaultValue());
    }

    /**
     * The value by symbol, for callers that only know the text.
     *
     * @throws IllegalArgumentException if the symbol is not a known timing parameter
     */
    public static double value(SimulationSettings settings, String symbol) {
        TimingParameter p = TimingParameter.bySymbol(symbol).orElseThrow(() -> new IllegalArgumentException(
                "unknown timing parameter '" + symbol + "'; known: " + java.util.Arrays.stream(TimingParameter.values())
                        .map(TimingParameter::symbol).toList()));
        return value(settings, p);
    }

    /** Sets (or adds) the value of a settings parameter. */
    public static void set(SimulationSettings settings, TimingParameter p, double value) {
        if (!p.isSetting()) {
            throw new IllegalArgumentException(p.symbol() + " is configured by " + p.configuredBy().orElseThrow()
                    + ", not by SimulationSettings");
        }
        TimingValue v = find(settings, p.symbol()).orElseGet(() -> {
            TimingValue n = NatsumeFactory.eINSTANCE.createTimingValue();
            n.setSymbol(p.symbol());
            settings.getTimings().add(n);
            return n;
        });
        v.setValue(value);
    }
}
