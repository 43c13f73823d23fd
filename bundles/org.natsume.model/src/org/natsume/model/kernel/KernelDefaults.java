package org.natsume.model.kernel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.natsume.model.KernelProfile;

/**
 * What one kernel profile is (domain.md §0.1): its release, its build options that matter to interrupts
 * ({@code CONFIG_PCI_MSI}, {@code CONFIG_HZ}) and the defaults of the NIC drivers it builds.
 *
 * @param pciMsi the kernel is built with {@code CONFIG_PCI_MSI}; without it no driver can use MSI or MSI-X
 * @param hz {@code CONFIG_HZ}, the guest timer tick (carried for exporters and traces; the simulator has no guest tick)
 */
public record KernelDefaults(KernelProfile profile, String release, String label, boolean pciMsi, int hz,
        List<DriverDefaults> drivers, String source) {

    public KernelDefaults {
        Objects.requireNonNull(profile, "profile");
        drivers = List.copyOf(drivers);
    }

    /** The defaults of the named driver (e1000, e1000e) as this kernel builds it. */
    public Optional<DriverDefaults> driver(String name) {
        return drivers.stream().filter(d -> d.driver().equals(name)).findFirst();
    }
}
