package org.natsume.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.natsume.sweep.SweepPlan;
import org.natsume.sweep.spec.SpecException;
import org.natsume.sweep.spec.SweepSpecParser;

/**
 * A plan as text, the form it travels to the executors in: the spec as written and the base topology as XMI, so an
 * executor needs no file of the submitting machine. Each executor JVM rebuilds the plan once and checks that its
 * fingerprint is the driver's (an executor with another Natsume version would otherwise write other rows).
 */
record PlanText(String source, String spec, String baseXmi, String fingerprint) implements Serializable {

    private static final Map<PlanText, SweepPlan> PLANS = new ConcurrentHashMap<>();

    static PlanText of(SweepPlan plan) {
        return new PlanText(plan.spec().source(), plan.spec().text(), plan.baseXmi(), plan.fingerprint());
    }

    SweepPlan plan() {
        return PLANS.computeIfAbsent(this, PlanText::rebuild);
    }

    private static SweepPlan rebuild(PlanText t) {
        SweepPlan p;
        try {
            p = SweepPlan.of(SweepSpecParser.parse(t.source, t.spec, null), t.baseXmi);
        } catch (SpecException e) {
            throw new IllegalStateException("the executor cannot rebuild the plan: " + e.getMessage(), e);
        }
        if (!p.fingerprint().equals(t.fingerprint)) {
            throw new IllegalStateException("the executor's plan has the fingerprint " + p.fingerprint()
                    + ", the driver's " + t.fingerprint + ": driver and executors run different Natsume jars");
        }
        return p;
    }
}
