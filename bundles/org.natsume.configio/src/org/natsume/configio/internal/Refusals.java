package org.natsume.configio.internal;

import java.util.ArrayList;
import java.util.List;

import org.natsume.configio.export.ExportRefusedException;

/** Collects every reason a target refuses a model, so the user sees all of them at once. */
public final class Refusals {

    private final String target;
    private final List<String> reasons = new ArrayList<>();

    public Refusals(String target) {
        this.target = target;
    }

    public void add(String reason) {
        if (!reasons.contains(reason)) reasons.add(reason);
    }

    public boolean isEmpty() {
        return reasons.isEmpty();
    }

    public void throwIfAny() throws ExportRefusedException {
        if (!reasons.isEmpty()) throw new ExportRefusedException(target, reasons);
    }
}
