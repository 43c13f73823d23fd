package org.natsume.sweep.spec;

import java.util.List;

/** One value of an axis: its label (the column value in the results) and the settings it applies. */
public record AxisValue(String label, List<Setting> settings, int line) {

    public AxisValue {
        settings = List.copyOf(settings);
    }
}
