package org.natsume.model.kernel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.KernelProfile;
import org.natsume.model.Nic;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;

/**
 * The kernel and driver profiles, declared once (domain.md §0.1; docs/model.md "Kernel and driver profiles"). Each
 * OS instance names a {@link KernelProfile} ({@code Domain.kernelProfile}); a NIC's driver takes its parameters
 * from the profile of the domain that drives it ({@link Ownership#owner}: the pass-through or native domain, else
 * Dom0). The resolved topology, the simulator, the validator and the exporters read the result of
 * {@link #forFunction}; nothing else holds these numbers.
 *
 * <p>The one override rule: a NIC whose {@code itrMode} is set in the model (EMF {@code isSet}; the Properties view's
 * "Restore Default Value" unsets it) runs that InterruptThrottleRate, as the module option would; every other
 * parameter, and the ITR of a NIC whose {@code itrMode} is unset, is the kernel's default.
 *
 * <p>Sources: {@code [l18 ...]} is Linux 2.6.18.8-xen, {@code bronson/linux-2.6.18.8-ovz-xen} at {@code a63dbc8};
 * {@code [l26 ...]} mainline 2.6.26 (the same mirror's later head, 2.6.28-rc4, has the same e1000 7.3.20 and e1000e
 * defaults). Values marked {@code [est]} have no primary source.
 */
public final class KernelProfiles {

    private static final int RING = 256; // E1000_DEFAULT_RXD / _TXD in 7.1.9 and 7.3.20 [l18, l26 e1000.h]

    private static final DriverDefaults E1000_7_1_9 = new DriverDefaults("e1000", "7.1.9-k4-NAPI", 8000, 64, 64, 0,
            128, true, true, RING, RING, "[l18 drivers/net/e1000/e1000_param.c: DEFAULT_ITR 8000, TIDV 64, TADV 64, "
                    + "RDTR 0, RADV 128; e1000_main.c: MSI only for PCIe parts and only with CONFIG_PCI_MSI]");
    private static final DriverDefaults E1000_7_3_20 = new DriverDefaults("e1000", "7.3.20-k2-NAPI", 3, 8, 32, 0, 8,
            true, true, RING, RING, "[l26 drivers/net/e1000/e1000_param.c: DEFAULT_ITR 3, TIDV 8, TADV 32, RDTR 0, "
                    + "RADV 8; NAPI is no longer optional]");
    private static final DriverDefaults E1000E_2_6_26 = new DriverDefaults("e1000e", "0.2.1", 3, 8, 32, 0, 8, true,
            true, RING, RING, "[l26 drivers/net/e1000e/param.c: DEFAULT_ITR 3, TIDV 8, TADV 32, RDTR 0, RADV 8; "
                    + "netdev.c tries MSI first]");
    /*
     * The Nov-2008 2.6.18-xen tree has no e1000e and its e1000 7.1.9 knows no ICH10 part, yet the paper's Dom0
     * drove the 82567LM-2: its tree had a backport. We give that backport e1000e's upstream defaults [est].
     */
    private static final DriverDefaults E1000E_BACKPORT = new DriverDefaults("e1000e", "backport [est]", 3, 8, 32, 0,
            8, true, true, RING, RING, "[est: no e1000e in the 2.6.18-xen tree of Nov 2008; upstream e1000e defaults]");

    private static final Map<KernelProfile, KernelDefaults> PROFILES = new EnumMap<>(KernelProfile.class);

    static {
        String xenU = "[l18 buildconfigs/linux-defconfig_xen_x86_32: # CONFIG_PCI_MSI is not set, CONFIG_HZ=100, "
                + "CONFIG_E1000_NAPI=y]";
        String xen0 = "[l18 buildconfigs/linux-defconfig_xen0_x86_32: # CONFIG_PCI_MSI is not set, CONFIG_HZ=100, "
                + "# CONFIG_E1000_NAPI is not set]";
        add(new KernelDefaults(KernelProfile.LINUX_2618_XEN, "2.6.18.8-xen",
                "Linux 2.6.18.8-xen (Xen 3.4.1's tree, unified Dom0/DomU config)", false, 100,
                List.of(E1000_7_1_9, E1000E_BACKPORT), xenU));
        add(new KernelDefaults(KernelProfile.LINUX_2618_XEN0, "2.6.18.8-xen0",
                "Linux 2.6.18.8-xen (Dom0-only config, e1000 without NAPI)", false, 100,
                List.of(E1000_7_1_9.withoutNapi("7.1.9-k4", xen0), E1000E_BACKPORT), xen0));
        add(new KernelDefaults(KernelProfile.LINUX_2626, "2.6.26-2-686",
                "Debian 5.0 Linux 2.6.26-2-686 (native)", true, 250, List.of(E1000_7_3_20, E1000E_2_6_26),
                "[paper; l26 drivers; est: Debian's 686 config has CONFIG_PCI_MSI=y and CONFIG_HZ=250]"));
        add(new KernelDefaults(KernelProfile.LINUX_2626_XEN, "2.6.26-2-xen-686",
                "Debian 5.0 Linux 2.6.26-2-xen-686 (forward-ported xenlinux)", true, 250,
                List.of(E1000_7_3_20, E1000E_2_6_26),
                "[l26 drivers; est: the forward port's MSI support and CONFIG_HZ=250 are not checked]"));
        add(new KernelDefaults(KernelProfile.LINUX_MODERN, "modern",
                "Modern Linux (pvops Dom0/DomU or native, MSI)", true, 250,
                List.of(E1000_7_3_20, E1000E_2_6_26),
                "[doc: docs.kernel.org e1000/e1000e: InterruptThrottleRate 3, TxIntDelay 8, TxAbsIntDelay 32, "
                        + "RxIntDelay 0; est: RxAbsIntDelay 8 as in 7.3.20]"));
    }

    private KernelProfiles() {
    }

    private static void add(KernelDefaults k) {
        PROFILES.put(k.profile(), k);
    }

    /** Every declared profile, BY_ROLE excluded, in enum order. */
    public static List<KernelDefaults> all() {
        return List.copyOf(PROFILES.values());
    }

    /** The defaults of a concrete profile; BY_ROLE is resolved first with {@link #effective}. */
    public static KernelDefaults of(KernelProfile p) {
        KernelDefaults k = PROFILES.get(p);
        if (k == null) {
            throw new IllegalArgumentException("kernel profile " + p + " is resolved by role, not declared");
        }
        return k;
    }

    /**
     * BY_ROLE (the default of a file that names no kernel) is the paper's kernel for the role (domain.md §0.1):
     * Debian's 2.6.26-2-686 for an OS on bare metal, 2.6.18.8-xen for every Xen domain.
     */
    public static KernelProfile effective(KernelProfile p, DomainKind kind) {
        if (p == null || p == KernelProfile.BY_ROLE) {
            return kind == DomainKind.NATIVE ? KernelProfile.LINUX_2626 : KernelProfile.LINUX_2618_XEN;
        }
        return p;
    }

    /** The concrete kernel a domain runs. */
    public static KernelDefaults kernelOf(Domain d) {
        return of(effective(d.getKernelProfile(), d.getKind()));
    }

    /**
     * The parameters of a driver in a kernel. A driver the profiles do not declare keeps the model's ITR value,
     * no interrupt delays, NAPI, and MSI as the kernel and the capability allow.
     *
     * @param explicitItr the NIC's ITR when the model sets it (the override rule), else empty
     * @param modelItr the model's ITR value (used only for a driver the profiles do not declare)
     * @param rxRing the NIC's RX ring as the model sets it (Nic.rxRingSize, whose default is the drivers' 256)
     */
    public static DriverParameters resolve(KernelDefaults k, String driver, boolean msiCapable, OptionalInt explicitItr,
            int modelItr, int rxRing, int txRing) {
        Optional<DriverDefaults> dd = driver == null ? Optional.empty() : k.driver(driver);
        if (dd.isEmpty()) {
            return new DriverParameters(k.profile().getName(), driver, "", explicitItr.orElse(modelItr),
                    explicitItr.isPresent(), 0, 0, 0, 0, k.pciMsi() && msiCapable, true, k.hz(), rxRing, txRing);
        }
        DriverDefaults d = dd.get();
        return new DriverParameters(k.profile().getName(), d.driver(), d.version(), explicitItr.orElse(d.itr()),
                explicitItr.isPresent(), d.tidv(), d.tadv(), d.rdtr(), d.radv(), k.pciMsi() && d.usesMsi() && msiCapable,
                d.napi(), k.hz(), rxRing, txRing);
    }

    /**
     * A NIC's resolved parameters in a topology: the kernel of the domain that drives it ({@link Ownership#owner}),
     * the NIC's own ITR when set. Empty for a function that is not a NIC or that no domain drives.
     */
    public static Optional<DriverParameters> forFunction(Topology t, PciFunction f) {
        if (!(f instanceof Nic n)) {
            return Optional.empty();
        }
        return Ownership.owner(t, f).map(owner -> resolve(kernelOf(owner), n.getDriver(),
                n.isMsiCapable() || n.isMsixCapable(), n.isSetItrMode() ? OptionalInt.of(n.getItrMode()) : OptionalInt.empty(),
                n.getItrMode(), n.getRxRingSize(), n.getTxRingSize()));
    }

    /**
     * True when the domain driving {@code f} runs a kernel built without {@code CONFIG_PCI_MSI}: no driver there can
     * take MSI or MSI-X. False when no domain drives it.
     */
    public static boolean ownerLacksMsi(Topology t, PciFunction f) {
        return Ownership.owner(t, f).map(o -> !kernelOf(o).pciMsi()).orElse(false);
    }
}
