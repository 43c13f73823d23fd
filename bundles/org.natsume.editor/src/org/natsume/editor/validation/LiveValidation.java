package org.natsume.editor.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.Topology;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Severity;
import org.natsume.model.validation.TopologyValidator;

/**
 * The model's findings for the current state of a topology (domain.md §2–§5 rules, via {@link TopologyValidator}),
 * indexed by every object a finding names, so the diagram can badge each figure involved and the Problems view can
 * list them. Recomputed after every command; the validator is linear in the model size.
 */
public final class LiveValidation {
    public static final LiveValidation EMPTY = new LiveValidation(List.of());

    private final List<Finding> findings;
    private final Map<EObject, List<Finding>> byObject = new HashMap<>();

    private LiveValidation(List<Finding> findings) {
        this.findings = List.copyOf(findings);
        for (Finding f : findings) {
            for (EObject o : f.objects()) {
                byObject.computeIfAbsent(o, k -> new java.util.ArrayList<>()).add(f);
            }
        }
    }

    public static LiveValidation of(Topology topology) {
        return new LiveValidation(TopologyValidator.validate(topology));
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> on(EObject o) {
        return byObject.getOrDefault(o, List.of());
    }

    /** The worst severity of the findings that name {@code o}, or {@code null}. */
    public Severity worst(EObject o) {
        Severity worst = null;
        for (Finding f : on(o)) {
            if (worst == null || f.severity().ordinal() < worst.ordinal()) {
                worst = f.severity();
            }
        }
        return worst;
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
