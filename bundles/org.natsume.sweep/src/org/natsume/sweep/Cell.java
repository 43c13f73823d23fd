package org.natsume.sweep;

import java.util.List;

import org.natsume.sweep.spec.AxisValue;

/** One point of the sweep: one value of every axis. {@code index} counts cells with the first axis outermost. */
public record Cell(int index, List<AxisValue> values) {

    public Cell {
        values = List.copyOf(values);
    }

    public List<String> labels() {
        return values.stream().map(AxisValue::label).toList();
    }
}
