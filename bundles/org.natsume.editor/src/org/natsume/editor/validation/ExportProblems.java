package org.natsume.editor.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.Exporters;
import org.natsume.model.Topology;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Severity;

/**
 * The refusals of the export targets the user last chose in File > Export > Configurations (e.g. Jailhouse on a
 * shared GSI), as Problems view rows next to the validation findings. A refusal is a property of one target, not an
 * error of the model, so it is a WARNING of rule {@code export-TARGET}. They are recomputed in memory (nothing is
 * written) after every command, so a row disappears as soon as the model no longer triggers it.
 */
public final class ExportProblems {
    private final Set<String> targets = new LinkedHashSet<>();
    private List<Finding> findings = List.of();

    /** Remembers the targets of an export and computes their refusals. */
    public void exported(List<ConfigExporter> exporters, Topology t) {
        targets.clear();
        exporters.forEach(e -> targets.add(e.id()));
        recompute(t);
    }

    public void recompute(Topology t) {
        if (targets.isEmpty()) {
            findings = List.of();
            return;
        }
        List<Finding> out = new ArrayList<>();
        org.natsume.topology.Topology read;
        try {
            read = Exporters.resolve(t);
        } catch (ExportRefusedException e) {
            e.reasons().forEach(r -> out.add(finding(t, "export", "No target can read the model: " + r)));
            findings = List.copyOf(out);
            return;
        }
        for (String id : targets) {
            ConfigExporter exporter = Exporters.byId(id).orElse(null);
            if (exporter == null) {
                continue;
            }
            try {
                exporter.export(read);
            } catch (ExportRefusedException e) {
                e.reasons().forEach(r -> out.add(finding(t, "export-" + id, "Export target '" + id
                        + "' refuses the model: " + r)));
            }
        }
        findings = List.copyOf(out);
    }

    private static Finding finding(Topology t, String rule, String message) {
        return new Finding(Severity.WARNING, rule, "/", message, List.of(t));
    }

    public List<Finding> findings() {
        return findings;
    }
}
