package org.natsume.configio.internal;

import java.util.Locale;
import java.util.Map;

/**
 * The class names lspci prints for the PCI classes found on the boards this workbench models (pci.ids), so an
 * exported device label reads like the {@code lspci} line the target tools match against ("05:00.0 Ethernet
 * controller: ..."). Unknown classes print as lspci does without a name: {@code Class 0c80}.
 */
public final class PciClassNames {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x0100, "SCSI storage controller"), Map.entry(0x0101, "IDE interface"),
            Map.entry(0x0104, "RAID bus controller"), Map.entry(0x0106, "SATA controller"),
            Map.entry(0x0107, "Serial Attached SCSI controller"), Map.entry(0x0108, "Non-Volatile memory controller"),
            Map.entry(0x0200, "Ethernet controller"), Map.entry(0x0280, "Network controller"),
            Map.entry(0x0300, "VGA compatible controller"), Map.entry(0x0302, "3D controller"),
            Map.entry(0x0401, "Multimedia audio controller"), Map.entry(0x0403, "Audio device"),
            Map.entry(0x0600, "Host bridge"), Map.entry(0x0601, "ISA bridge"), Map.entry(0x0604, "PCI bridge"),
            Map.entry(0x0780, "Communication controller"), Map.entry(0x0700, "Serial controller"),
            Map.entry(0x0800, "PIC"), Map.entry(0x0880, "System peripheral"), Map.entry(0x0c03, "USB controller"),
            Map.entry(0x0c05, "SMBus"), Map.entry(0x1180, "Signal processing controller"));

    private PciClassNames() {
    }

    /** @param classCode 24-bit class code (class, subclass, prog-if) as the model stores it. */
    public static String of(int classCode) {
        int cls = (classCode >> 8) & 0xffff;
        String n = NAMES.get(cls);
        return n != null ? n : String.format(Locale.ROOT, "Class %04x", cls);
    }
}
