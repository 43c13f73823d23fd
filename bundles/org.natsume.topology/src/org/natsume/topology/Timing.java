package org.natsume.topology;

import java.util.Arrays;

import org.natsume.model.timing.TimingParameter;

/**
 * The value of every {@link TimingParameter} of one topology, in the parameter's {@link TimingParameter#baseUnit()}
 * (ns for times), as the simulator counts. Defaults come from the one declaration; a model's SimulationSettings
 * override them. Immutable; {@link #with} copies.
 */
public final class Timing {
    private final long[] values;

    private Timing(long[] values) {
        this.values = values;
    }

    public static Timing defaults() {
        TimingParameter[] ps = TimingParameter.values();
        long[] v = new long[ps.length];
        for (TimingParameter p : ps) {
            v[p.ordinal()] = p.defaultBase();
        }
        return new Timing(v);
    }

    /** The value in {@link TimingParameter#baseUnit()}. */
    public long get(TimingParameter p) {
        return values[p.ordinal()];
    }

    /** A copy with {@code p} set to {@code value}, given in {@link TimingParameter#baseUnit()}. */
    public Timing with(TimingParameter p, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(p.symbol() + " must not be negative: " + value);
        }
        long[] v = values.clone();
        v[p.ordinal()] = value;
        return new Timing(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timing t && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
