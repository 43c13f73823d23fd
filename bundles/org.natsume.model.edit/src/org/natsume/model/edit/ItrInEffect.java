package org.natsume.model.edit;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.natsume.model.KernelProfile;
import org.natsume.model.Nic;
import org.natsume.model.Topology;
import org.natsume.model.kernel.DriverParameters;
import org.natsume.model.kernel.KernelProfiles;

/**
 * The Properties view's {@code Nic.itrMode} row shows the InterruptThrottleRate the driver runs, and why. Unset, the
 * attribute's literal default (3) is not what runs: the default of the driver in the kernel of the domain that
 * drives the NIC is ({@link KernelProfiles}; 2.6.18-xen's e1000 runs a fixed 8,000/s), so the row shows that value and
 * the driver and kernel it comes from. Set, it shows the value and that the NIC sets it. Editing starts from the value
 * shown; "Restore Default Value" still unsets the attribute.
 */
final class ItrInEffect {

    private ItrInEffect() {
    }

    /** The {@code Nic.itrMode} row, showing the ITR in effect. */
    static IItemPropertyDescriptor row(Object nic, IItemPropertyDescriptor descriptor) {
        return new Row(nic, descriptor);
    }

    /** The resolved driver parameters of the NIC, empty when it is outside a topology or no domain drives it. */
    static Optional<DriverParameters> resolved(Nic nic) {
        return EcoreUtil.getRootContainer(nic) instanceof Topology t ? KernelProfiles.forFunction(t, nic)
                : Optional.empty();
    }

    /** The value and what it means where the NIC runs, e.g. "8000 (fixed 8,000 interrupts/s: the default of ...)". */
    static String text(Nic nic) {
        Optional<DriverParameters> p = resolved(nic);
        int itr = p.map(DriverParameters::itrMode).orElse(nic.getItrMode());
        String meaning = meaning(itr);
        String origin;
        if (nic.isSetItrMode()) {
            origin = "set on this NIC";
        } else if (p.isPresent()) {
            origin = defaultOf(p.get());
        } else {
            origin = "until a domain drives this NIC, whose kernel then decides";
        }
        return itr + " (" + (meaning.isEmpty() ? origin : meaning + ": " + origin) + ")";
    }

    private static String defaultOf(DriverParameters p) {
        String kernel = KernelProfiles.of(KernelProfile.getByName(p.kernel())).release();
        String driver = p.version().isEmpty() ? p.driver() : p.driver() + " " + p.version();
        return "the default of " + driver + " in " + kernel;
    }

    /** InterruptThrottleRate's modes as e1000's and e1000e's parameter docs name them. */
    static String meaning(int itr) {
        return switch (itr) {
            case 0 -> "off";
            case 1 -> "dynamic";
            case 3 -> "dynamic conservative";
            case 4 -> "simplified";
            default -> itr >= 100 ? String.format(Locale.ROOT, "fixed %,d interrupts/s", itr) : "";
        };
    }

    private static final class Row extends ItemPropertyDescriptorDecorator {
        Row(Object object, IItemPropertyDescriptor descriptor) {
            super(object, descriptor);
        }

        @Override
        public Object getPropertyValue(Object thisObject) {
            // resolution applies the override rule, so a set ITR comes back as itself
            Optional<DriverParameters> p = resolved((Nic) thisObject);
            return p.isPresent() ? p.get().itrMode() : super.getPropertyValue(thisObject);
        }

        @Override
        public IItemLabelProvider getLabelProvider(Object thisObject) {
            Nic nic = (Nic) thisObject;
            return new IItemLabelProvider() {
                @Override
                public String getText(Object value) {
                    return text(nic);
                }

                @Override
                public Object getImage(Object value) {
                    return null;
                }
            };
        }
    }
}
