package org.natsume.sweep.spec;

import java.util.List;

/** A named dimension of the sweep; its name is the results' column. */
public record Axis(String name, List<AxisValue> values) {

    public Axis {
        values = List.copyOf(values);
    }
}
