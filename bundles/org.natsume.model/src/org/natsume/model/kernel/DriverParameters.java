package org.natsume.model.kernel;

import java.util.Objects;

/**
 * A NIC's driver parameters as resolved for one topology (docs/model.md, "Kernel and driver profiles"): the
 * defaults of the driver in the kernel of the domain that drives the NIC, with the NIC's own ITR setting on top
 * when the model sets one. Plain values, no EMF, so the resolved topology, the simulator, the validator and the
 * exporters all carry the same record.
 *
 * @param kernel the effective kernel profile's name (e.g. {@code LINUX_2618_XEN}), never BY_ROLE
 * @param driver the driver name (e1000, e1000e, or what the model names)
 * @param version the driver version string of that kernel, empty for a driver the profiles do not declare
 * @param itrMode InterruptThrottleRate in effect: 0 off, 1 dynamic, 3 dynamic conservative, 4 simplified,
 *        100–100000 fixed interrupts/s
 * @param itrFromModel true when {@code itrMode} is the NIC's explicit model setting, false when it is the default
 * @param tidvUnits transmit interrupt delay, 1.024-µs units
 * @param tadvUnits transmit absolute interrupt delay, 1.024-µs units
 * @param rdtrUnits receive delay timer, 1.024-µs units (0 = interrupt at once, RADV inactive)
 * @param radvUnits receive absolute interrupt delay, 1.024-µs units
 * @param msiAvailable the driver can take MSI here: the kernel has {@code CONFIG_PCI_MSI}, the driver asks for it
 *        and the function has the capability
 * @param napi the driver polls (NAPI); false = it cleans the RX ring inside the interrupt handler
 * @param hz the kernel's {@code CONFIG_HZ}
 */
public record DriverParameters(String kernel, String driver, String version, int itrMode, boolean itrFromModel,
        int tidvUnits, int tadvUnits, int rdtrUnits, int radvUnits, boolean msiAvailable, boolean napi, int hz,
        int rxRing, int txRing) {

    public DriverParameters {
        Objects.requireNonNull(kernel, "kernel");
        driver = driver == null ? "" : driver;
        version = version == null ? "" : version;
    }

    /** True for the dynamic modes (1, 3) that e1000_set_itr reprograms after every interrupt's work. */
    public boolean dynamicItr() {
        return itrMode == 1 || itrMode == 3;
    }

    /** The fixed rate in interrupts/s, or 0 when the mode is off or dynamic. */
    public int fixedItrRate() {
        return itrMode >= 100 ? itrMode : 0;
    }

    /** A register delay in ns (the e1000 delay timers count 1.024 µs). */
    public static long delayNs(int units) {
        return units * 1024L;
    }
}
