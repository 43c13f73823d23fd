package org.natsume.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.natsume.model.NatsumePackage;
import org.natsume.model.Topology;

/**
 * The EMF face of {@link TopologyValidator}: EMF's structural checks (multiplicities, unique ids, ...) for every
 * object, plus the Natsume rules once per {@link Topology}. Each Diagnostic's data lists the objects involved, main
 * object first, and its message says how to fix the problem. Register with {@link #register()}; the editor's
 * Diagnostician and {@link #diagnose(Topology)} then use it.
 */
public final class NatsumeEValidator extends EObjectValidator {

    public static final NatsumeEValidator INSTANCE = new NatsumeEValidator();

    /** Diagnostic source of the Natsume rules. */
    public static final String DIAGNOSTIC_SOURCE = "org.natsume.model";

    private NatsumeEValidator() {
    }

    /** Registers this validator for the Natsume package (idempotent; works with and without OSGi). */
    public static void register() {
        EValidator.Registry.INSTANCE.put(NatsumePackage.eINSTANCE, INSTANCE);
    }

    /** Validates a whole topology with a Diagnostician that uses this validator. */
    public static Diagnostic diagnose(Topology topology) {
        register();
        return Diagnostician.INSTANCE.validate(topology);
    }

    @Override
    protected EPackage getEPackage() {
        return NatsumePackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = super.validate(eClass, eObject, diagnostics, context);
        if (eObject instanceof Topology topology) {
            for (Finding f : TopologyValidator.validate(topology)) {
                ok &= f.severity() != Severity.ERROR;
                if (diagnostics != null) {
                    diagnostics.add(new BasicDiagnostic(f.severity().diagnosticSeverity(), DIAGNOSTIC_SOURCE,
                            ValidationRules.rules().stream().map(r -> r.rule().id()).toList().indexOf(f.rule()),
                            f.path() + ": " + f.message(), f.objects().toArray()));
                }
            }
        }
        return ok;
    }
}
