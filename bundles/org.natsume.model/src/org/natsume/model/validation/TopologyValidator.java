package org.natsume.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.natsume.model.Topology;

/**
 * Runs every contributed {@link TopologyRule} ({@link ValidationRules}) over a topology (domain.md §2–§5). The plain
 * entry point for the CLI, the editor, the exporters and the simulation; {@link NatsumeEValidator} exposes the same
 * findings as EMF Diagnostics.
 */
public final class TopologyValidator {

    private TopologyValidator() {
    }

    public static List<Finding> validate(Topology topology) {
        return validate(topology, ValidationRules.rules());
    }

    /** The findings of {@code rules}, each capped at its rule's declared severity. */
    public static List<Finding> validate(Topology topology, List<ValidationRules.Rule> rules) {
        List<Finding> out = new ArrayList<>();
        for (ValidationRules.Rule r : rules) {
            Findings of = new Findings();
            r.rule().check(topology, of);
            for (Finding f : of.list()) {
                out.add(f.severity().compareTo(r.severity()) < 0 ? f.withSeverity(r.severity()) : f);
            }
        }
        return List.copyOf(out);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
