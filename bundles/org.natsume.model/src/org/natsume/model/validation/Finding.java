package org.natsume.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One validation result: severity, the rule that produced it, the model path of the main object (e.g.
 * {@code /domains[guestB]/attachments[guestB-nic-b]}), a message that says what is wrong and how to fix it, and every
 * object involved (the main object first).
 */
public record Finding(Severity severity, String rule, String path, String message, List<EObject> objects) {

    public Finding {
        objects = List.copyOf(objects);
    }

    /** The same finding at another severity (a rule's declared ceiling, {@link ValidationRules.Rule#severity}). */
    public Finding withSeverity(Severity s) {
        return new Finding(s, rule, path, message, objects);
    }

    /** {@code SEVERITY path: message}, the CLI's line format. */
    @Override
    public String toString() {
        return severity + " " + path + ": " + message;
    }
}
