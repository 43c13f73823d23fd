package org.natsume.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** Severity of a {@link Finding}; maps onto EMF {@link Diagnostic} severities. */
public enum Severity {
    ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }
}
