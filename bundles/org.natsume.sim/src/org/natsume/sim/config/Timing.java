package org.natsume.sim.config;

import java.util.Arrays;

/** Values of every {@link TimingParam}, defaults from domain.md §5.4. Immutable; {@link #with} copies. */
public final class Timing {
    private final long[] values;

    private Timing(long[] values) {
        this.values = values;
    }

    public static Timing defaults() {
        TimingParam[] ps = TimingParam.values();
        long[] v = new long[ps.length];
        for (TimingParam p : ps) {
            v[p.ordinal()] = p.defaultValue;
        }
        return new Timing(v);
    }

    public long get(TimingParam p) {
        return values[p.ordinal()];
    }

    public Timing with(TimingParam p, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(p.symbol + " must not be negative: " + value);
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
