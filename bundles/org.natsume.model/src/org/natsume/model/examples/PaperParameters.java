package org.natsume.model.examples;

import java.util.List;
import java.util.Objects;

import org.natsume.model.KernelProfile;

/**
 * The paper's free parameters, declared once (issue 11 item 7; domain.md §0.1, §0.2, §0.5, §6.1): what the paper
 * does not state, each with its range and its source or reason. The defaults ({@link #DEFAULTS}) are chosen once
 * here, for every scenario; {@link PaperTestbed} reads them and nothing chooses a value per scenario.
 * {@code reproduce-paper --sensitivity} runs the matrix once per {@link Variant} (one parameter moved over its
 * range, the others at their defaults) and prints which findings hold.
 */
public final class PaperParameters {

    /** A 64-byte Ethernet frame: 42 bytes of UDP/IP/Ethernet headers padded to the minimum (domain.md §0.5). */
    public static final int FLOOD_FRAME_BYTES = 64;
    /** 84 bytes on the wire (frame + 8 preamble + 12 inter-frame gap) at 1 Gb/s. */
    public static final long FLOOD_MAX_PPS = 1_488_095;
    /** Lower end of the flood-rate range: below this the flood is no load at all for Dom0 [est]. */
    public static final long FLOOD_MIN_PPS = 100_000;
    /**
     * The flood rate, packets/s. The paper gives none; a user-space {@code sendto} loop of 2009 reaches a few hundred
     * kpps [est] (domain.md §0.5). Bounded by what the paper saw: guest A's vif slows but does not collapse, and the
     * pass-through interrupt counts do not move ({@code PaperBounds} in the simulator checks both). The flood runs "as
     * fast as it can", so the default is the highest rate of the sensitivity grid at which the simulated testbed keeps
     * every bound: 125–175 kpps keep them, 200 kpps halves the vif's RECEIVE throughput, and from 300 kpps Dom0's
     * long softirq passes hold guest B's shared line and its interrupt count falls several-fold (docs/simulation.md).
     */
    public static final long FLOOD_PPS = 175_000;

    /**
     * Dom0's VCPUs as Xen 3.4 makes them: one per online PCPU ({@code opt_dom0_max_vcpus = num_online_cpus()}
     * [xen:3.4 arch/x86/domain_build.c]), unpinned ({@code opt_dom0_vcpus_pin = 0} [xen:3.4 common/domain.c]); 8 with
     * Hyper-Threading on (domain.md §0.2).
     */
    public static final int XEN_3_4_DOM0_VCPUS = 8;
    /**
     * Dom0's VCPU count in the shipped models: Xen 3.4's default. With N > 1 {@link PaperTestbed} builds N unpinned
     * VCPUs, as Xen 3.4 does; 1 is a single VCPU pinned to CPU 0 (a variant of the sensitivity report).
     */
    public static final int DOM0_VCPUS = XEN_3_4_DOM0_VCPUS;
    /** Hyper-Threading: on gives 8 PCPUs (the Core i7 920's default in the BIOS), off 4. The paper does not say. */
    public static final boolean HYPER_THREADING = true;

    /**
     * The guests' kernel. The only Xen kernel the paper names is 2.6.18.8-xen (domain.md §0.1, the strong reading);
     * Debian 5's own 2.6.26-2-xen-686 is the alternative reading.
     */
    public static final KernelProfile GUEST_KERNEL = KernelProfile.LINUX_2618_XEN;
    /**
     * Dom0's kernel: 2.6.18.8-xen from the unified defconfig (NAPI e1000). The paper names the kernel
     * "2.6.18.8-xen"; Xen 3.4's build makes that one by default ("The make command line defaults to building the
     * kernel vmlinuz-2.6.x-xen" [xen:3.4 README]; mk.linux-2.6-xen sets EXTRAVERSION -xen), while the Dom0-only
     * linux-2.6-xen0 build, whose defconfig builds e1000 without NAPI [l18 buildconfigs], is named 2.6.18.8-xen0
     * (mk.linux-2.6-xen0: EXTRAVERSION = -xen0). LINUX_2618_XEN0 stays a sensitivity variant.
     */
    public static final KernelProfile DOM0_KERNEL = KernelProfile.LINUX_2618_XEN;
    /** The native OS of case 1: "debian 5.0 linux (2.6.26-2-686)" (the paper; not free, listed for completeness). */
    public static final KernelProfile NATIVE_KERNEL = KernelProfile.LINUX_2626;

    /**
     * The e1000 watchdog's interrupts-off hold-off (every 2 s, of the order of 100 µs [est], domain.md §0.1): a
     * TimingParameter declared by the Dom0 work (symbol below); {@link PaperTestbed} sets it only when a sensitivity
     * variant asks and the symbol is declared, otherwise the TimingParameter's own default holds.
     */
    public static final String WATCHDOG_HOLDOFF_SYMBOL = "t_e1000_watchdog";
    public static final double WATCHDOG_HOLDOFF_MIN_US = 30;
    public static final double WATCHDOG_HOLDOFF_MAX_US = 300;

    /**
     * One choice of every free parameter.
     *
     * @param watchdogHoldoffUs NaN = the TimingParameter's default
     */
    public record Choice(long floodPps, int dom0Vcpus, boolean hyperThreading, KernelProfile guestKernel,
            KernelProfile dom0Kernel, double watchdogHoldoffUs) {
        public Choice {
            if (floodPps <= 0 || floodPps > FLOOD_MAX_PPS) {
                throw new IllegalArgumentException("flood rate must be in 1.." + FLOOD_MAX_PPS + " pps (64-B frames "
                        + "at 1 Gb/s), not " + floodPps);
            }
            if (dom0Vcpus < 1 || dom0Vcpus > (hyperThreading ? 8 : 4)) {
                throw new IllegalArgumentException("Dom0 VCPUs must be 1.." + (hyperThreading ? 8 : 4)
                        + " (one per online PCPU at most), not " + dom0Vcpus);
            }
            Objects.requireNonNull(guestKernel, "guestKernel");
            Objects.requireNonNull(dom0Kernel, "dom0Kernel");
        }

        public Choice withFloodPps(long v) {
            return new Choice(v, dom0Vcpus, hyperThreading, guestKernel, dom0Kernel, watchdogHoldoffUs);
        }

        public Choice withDom0Vcpus(int v) {
            return new Choice(floodPps, v, hyperThreading, guestKernel, dom0Kernel, watchdogHoldoffUs);
        }

        public Choice withHyperThreading(boolean v) {
            return new Choice(floodPps, Math.min(dom0Vcpus, v ? 8 : 4), v, guestKernel, dom0Kernel, watchdogHoldoffUs);
        }

        public Choice withGuestKernel(KernelProfile v) {
            return new Choice(floodPps, dom0Vcpus, hyperThreading, v, dom0Kernel, watchdogHoldoffUs);
        }

        public Choice withDom0Kernel(KernelProfile v) {
            return new Choice(floodPps, dom0Vcpus, hyperThreading, guestKernel, v, watchdogHoldoffUs);
        }

        public Choice withWatchdogHoldoffUs(double v) {
            return new Choice(floodPps, dom0Vcpus, hyperThreading, guestKernel, dom0Kernel, v);
        }

        /** PCPUs Xen brings online: 8 with Hyper-Threading, 4 without. */
        public int onlinePcpus() {
            return hyperThreading ? 8 : 4;
        }
    }

    /** The defaults every shipped model and every scenario uses. */
    public static final Choice DEFAULTS = new Choice(FLOOD_PPS, DOM0_VCPUS, HYPER_THREADING, GUEST_KERNEL, DOM0_KERNEL,
            Double.NaN);

    /** A free parameter: its name, default, range and where the range comes from. */
    public record FreeParameter(String name, String defaultValue, String range, String source, List<Variant> variants) {
        public FreeParameter {
            variants = List.copyOf(variants);
        }
    }

    /** One value of one free parameter, the others at their defaults. */
    public record Variant(String parameter, String value, Choice choice) {
    }

    private PaperParameters() {
    }

    /** Every free parameter with the values {@code --sensitivity} runs (a few per range, ends included). */
    public static List<FreeParameter> all() {
        Choice d = DEFAULTS;
        return List.of(
                new FreeParameter("flood_pps", Long.toString(FLOOD_PPS), FLOOD_MIN_PPS + ".." + FLOOD_MAX_PPS + " pps",
                        "domain.md §0.5: a 2009 user-space sendto loop, a few hundred kpps [est]; at most 1.488 Mpps",
                        List.of(v("flood_pps", "100000", d.withFloodPps(100_000)),
                                v("flood_pps", "125000", d.withFloodPps(125_000)),
                                v("flood_pps", "150000", d.withFloodPps(150_000)),
                                v("flood_pps", "175000", d.withFloodPps(175_000)),
                                v("flood_pps", "200000", d.withFloodPps(200_000)),
                                v("flood_pps", "300000", d.withFloodPps(300_000)),
                                v("flood_pps", "600000", d.withFloodPps(600_000)),
                                v("flood_pps", "1488095", d.withFloodPps(FLOOD_MAX_PPS)))),
                new FreeParameter("dom0_vcpus", Integer.toString(DOM0_VCPUS), "1..8 (Xen 3.4 default: "
                        + XEN_3_4_DOM0_VCPUS + ", unpinned)", "domain.md §0.2 [xen:3.4 domain_build.c, domain.c]",
                        List.of(v("dom0_vcpus", "1 (pinned to CPU 0)", d.withDom0Vcpus(1)),
                                v("dom0_vcpus", "2 (unpinned)", d.withDom0Vcpus(2)),
                                v("dom0_vcpus", "8 (unpinned, Xen 3.4)", d.withDom0Vcpus(8)))),
                new FreeParameter("hyper_threading", Boolean.toString(HYPER_THREADING), "on (8 PCPUs) | off (4)",
                        "the paper does not say; the Core i7 920 ships with it on",
                        List.of(v("hyper_threading", "on", d.withHyperThreading(true)),
                                v("hyper_threading", "off", d.withHyperThreading(false)))),
                new FreeParameter("guest_kernel", GUEST_KERNEL.getName(), "LINUX_2618_XEN | LINUX_2626_XEN",
                        "domain.md §0.1: 2.6.18.8-xen is the only Xen kernel the paper names; 2.6.26-xen the alternative",
                        List.of(v("guest_kernel", "LINUX_2618_XEN", d.withGuestKernel(KernelProfile.LINUX_2618_XEN)),
                                v("guest_kernel", "LINUX_2626_XEN", d.withGuestKernel(KernelProfile.LINUX_2626_XEN)))),
                new FreeParameter("dom0_kernel", DOM0_KERNEL.getName(), "LINUX_2618_XEN | LINUX_2618_XEN0",
                        "domain.md §0.1: the paper's 2.6.18.8-xen is the unified defconfig's name (NAPI e1000); the Dom0-only "
                                + "xen0 build (no NAPI) would be 2.6.18.8-xen0 [xen:3.4 README, buildconfigs]",
                        List.of(v("dom0_kernel", "LINUX_2618_XEN", d.withDom0Kernel(KernelProfile.LINUX_2618_XEN)),
                                v("dom0_kernel", "LINUX_2618_XEN0", d.withDom0Kernel(KernelProfile.LINUX_2618_XEN0)))),
                new FreeParameter("watchdog_holdoff", "TimingParameter " + WATCHDOG_HOLDOFF_SYMBOL,
                        WATCHDOG_HOLDOFF_MIN_US + ".." + WATCHDOG_HOLDOFF_MAX_US + " µs",
                        "domain.md §0.1: statistics and PHY reads under a spinlock, ~100 µs [est]",
                        List.of(v("watchdog_holdoff", WATCHDOG_HOLDOFF_MIN_US + " µs",
                                        d.withWatchdogHoldoffUs(WATCHDOG_HOLDOFF_MIN_US)),
                                v("watchdog_holdoff", WATCHDOG_HOLDOFF_MAX_US + " µs",
                                        d.withWatchdogHoldoffUs(WATCHDOG_HOLDOFF_MAX_US)))));
    }

    private static Variant v(String parameter, String value, Choice c) {
        return new Variant(parameter, value, c);
    }
}
