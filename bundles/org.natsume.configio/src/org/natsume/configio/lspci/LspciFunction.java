package org.natsume.configio.lspci;

import java.util.List;
import java.util.Optional;

import org.natsume.model.bdf.Bdf;

/**
 * One PCI function as {@code lspci -vvnn} prints it (domain.md §2.1 PciFunction, §4.3), before it is mapped onto the
 * model. Optional parts are empty when lspci did not print them (e.g. capabilities without root rights).
 *
 * @param classCode 16-bit class and subclass, the {@code [0200]} after the class name.
 * @param irq       the IRQ from {@code Interrupt: pin A routed to IRQ 16}; 255 or 0 mean "not routed".
 * @param capabilitiesReadable false when lspci printed {@code Capabilities: <access denied>} (not run as root).
 * @param intxDisabled true for {@code Control: ... DisINTx+}: the function may not assert INTx; the kernel sets this
 *                     when it enables MSI/MSI-X, which tells the mode even when the capabilities are not readable.
 */
public record LspciFunction(int line, Bdf address, String className, int classCode, Optional<Integer> progIf,
        String description, int vendorId, int deviceId, Optional<String> revision, Optional<String> subsystem,
        Optional<Character> intxPin, Optional<Integer> irq, Optional<Msi> msi, Optional<MsiX> msix,
        Optional<String> driverInUse, List<String> kernelModules, Optional<BusRange> bridgeBuses,
        boolean capabilitiesReadable, boolean unknownHeaderType, boolean intxDisabled) {

    public LspciFunction {
        kernelModules = List.copyOf(kernelModules);
    }

    /** {@code MSI: Enable+ Count=1/1 Maskable- 64bit+}: count is enabled/supported vectors. */
    public record Msi(boolean enabled, int enabledVectors, int supportedVectors, boolean is64bit) { }

    /** {@code MSI-X: Enable+ Count=16 Masked-}. */
    public record MsiX(boolean enabled, int tableSize) { }

    /** {@code Bus: primary=00, secondary=05, subordinate=05}. */
    public record BusRange(int primary, int secondary, int subordinate) { }

    /** Class 02 subclass 00: Ethernet controller, the model's Nic (domain.md §2.1). */
    public boolean isEthernet() {
        return classCode == 0x0200;
    }

    /** Class 06 subclass 04 (PCI-to-PCI) or 07 (CardBus) bridge with a secondary bus. */
    public boolean isBridge() {
        return (classCode == 0x0604 || classCode == 0x0607) && bridgeBuses.isPresent();
    }

    /** True when the IRQ lspci shows is a real routing (not 0 and not 255, which mean "not connected"). */
    public boolean hasRoutedIrq() {
        return irq.isPresent() && irq.get() != 0 && irq.get() != 255;
    }
}
