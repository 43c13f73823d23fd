package org.natsume.model.validation;

import org.natsume.model.SimulationSettings;
import org.natsume.model.TimingValue;
import org.natsume.model.Topology;

/** Timing parameters are durations, rates and counts (domain.md §5.4): none of them is negative. */
public final class TimingRule implements TopologyRule {

    @Override
    public String id() {
        return "timing";
    }

    @Override
    public void check(Topology t, Findings out) {
        SimulationSettings s = t.getSettings();
        if (s == null) {
            return;
        }
        for (TimingValue v : s.getTimings()) {
            if (v.getValue() < 0 || Double.isNaN(v.getValue())) {
                out.add(Severity.ERROR, this, "Timing parameter '" + v.getSymbol() + "' is " + v.getValue()
                        + "; timing parameters are never negative. Correct it or remove it to use the default.", v);
            }
        }
    }
}
