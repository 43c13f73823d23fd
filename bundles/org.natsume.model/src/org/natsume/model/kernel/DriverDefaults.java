package org.natsume.model.kernel;

import java.util.Objects;

/**
 * One NIC driver's module-parameter defaults as one kernel builds it (domain.md §0.1). Delays are in the
 * registers' units of 1.024 µs, as the driver's options are.
 *
 * @param itr InterruptThrottleRate: 0 off, 1 dynamic, 3 dynamic conservative, 4 simplified, 100–100000 a fixed
 *        rate in interrupts/s ({@code DEFAULT_ITR})
 * @param tidv transmit interrupt delay ({@code DEFAULT_TIDV}); e1000 sets IDE on every TX descriptor
 * @param tadv transmit absolute interrupt delay ({@code DEFAULT_TADV})
 * @param rdtr receive interrupt delay timer ({@code DEFAULT_RDTR}); 0 in every profile, which also leaves RADV idle
 * @param radv receive absolute interrupt delay ({@code DEFAULT_RADV})
 * @param napi the driver is built with NAPI (poll with device interrupts off); false = RX cleaned in the ISR
 * @param usesMsi the driver asks for MSI when the kernel has {@code CONFIG_PCI_MSI} and the function has the
 *        capability (e1000 7.1.9: PCIe parts only; e1000e: always tries)
 * @param rxRing RxDescriptors default ({@code E1000_DEFAULT_RXD})
 * @param txRing TxDescriptors default ({@code E1000_DEFAULT_TXD})
 * @param source where the numbers come from, in domain.md's tag style
 */
public record DriverDefaults(String driver, String version, int itr, int tidv, int tadv, int rdtr, int radv,
        boolean napi, boolean usesMsi, int rxRing, int txRing, String source) {

    public DriverDefaults {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
    }

    /** The same driver built without NAPI (a kernel config that leaves {@code CONFIG_E1000_NAPI} unset). */
    public DriverDefaults withoutNapi(String version, String source) {
        return new DriverDefaults(driver, version, itr, tidv, tadv, rdtr, radv, false, usesMsi, rxRing, txRing, source);
    }
}
