package org.natsume.configio.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The class and subclass names lspci prints (pci.ids "C" section), both ways: an exported device label reads like the
 * {@code lspci} line the target tools match against ("05:00.0 Ethernet controller: ..."), and a dump taken without
 * {@code -nn} gets its class codes back from the names. Unknown classes print as lspci does without a name:
 * {@code Class 0c80}.
 */
public final class PciClassNames {

    private static final Object[][] TABLE = {
            {0x0000, "Non-VGA unclassified device"}, {0x0001, "VGA compatible unclassified device"},
            {0x0005, "Image coprocessor"},
            {0x0100, "SCSI storage controller"}, {0x0101, "IDE interface"}, {0x0102, "Floppy disk controller"},
            {0x0103, "IPI bus controller"}, {0x0104, "RAID bus controller"}, {0x0105, "ATA controller"},
            {0x0106, "SATA controller"}, {0x0107, "Serial Attached SCSI controller"},
            {0x0108, "Non-Volatile memory controller"}, {0x0109, "Universal Flash Storage controller"},
            {0x0180, "Mass storage controller"},
            {0x0200, "Ethernet controller"}, {0x0201, "Token ring network controller"},
            {0x0202, "FDDI network controller"}, {0x0203, "ATM network controller"}, {0x0204, "ISDN controller"},
            {0x0205, "WorldFip controller"}, {0x0206, "PICMG controller"}, {0x0207, "Infiniband controller"},
            {0x0208, "Fabric controller"}, {0x0280, "Network controller"},
            {0x0300, "VGA compatible controller"}, {0x0301, "XGA compatible controller"}, {0x0302, "3D controller"},
            {0x0380, "Display controller"},
            {0x0400, "Multimedia video controller"}, {0x0401, "Multimedia audio controller"},
            {0x0402, "Computer telephony device"}, {0x0403, "Audio device"}, {0x0480, "Multimedia controller"},
            {0x0500, "RAM memory"}, {0x0501, "FLASH memory"}, {0x0502, "CXL"}, {0x0580, "Memory controller"},
            {0x0600, "Host bridge"}, {0x0601, "ISA bridge"}, {0x0602, "EISA bridge"}, {0x0603, "MicroChannel bridge"},
            {0x0604, "PCI bridge"}, {0x0605, "PCMCIA bridge"}, {0x0606, "NuBus bridge"}, {0x0607, "CardBus bridge"},
            {0x0608, "RACEway bridge"}, {0x0609, "Semi-transparent PCI-to-PCI bridge"},
            {0x060a, "InfiniBand to PCI host bridge"}, {0x0680, "Bridge"},
            {0x0700, "Serial controller"}, {0x0701, "Parallel controller"}, {0x0702, "Multiport serial controller"},
            {0x0703, "Modem"}, {0x0704, "GPIB controller"}, {0x0705, "Smard Card controller"},
            {0x0780, "Communication controller"},
            {0x0800, "PIC"}, {0x0801, "DMA controller"}, {0x0802, "Timer"}, {0x0803, "RTC"},
            {0x0804, "PCI Hot-plug controller"}, {0x0805, "SD Host controller"}, {0x0806, "IOMMU"},
            {0x0880, "System peripheral"}, {0x0899, "Timing Card"},
            {0x0900, "Keyboard controller"}, {0x0901, "Digitizer Pen"}, {0x0902, "Mouse controller"},
            {0x0903, "Scanner controller"}, {0x0904, "Gameport controller"}, {0x0980, "Input device controller"},
            {0x0a00, "Generic Docking Station"}, {0x0a80, "Docking Station"},
            {0x0b00, "386"}, {0x0b01, "486"}, {0x0b02, "Pentium"}, {0x0b10, "Alpha"}, {0x0b20, "Power PC"},
            {0x0b30, "MIPS"}, {0x0b40, "Co-processor"},
            {0x0c00, "FireWire (IEEE 1394)"}, {0x0c01, "ACCESS Bus"}, {0x0c02, "SSA"}, {0x0c03, "USB controller"},
            {0x0c04, "Fibre Channel"}, {0x0c05, "SMBus"}, {0x0c06, "InfiniBand"}, {0x0c07, "IPMI Interface"},
            {0x0c08, "SERCOS interface"}, {0x0c09, "CANBUS"}, {0x0c80, "Serial bus controller"},
            {0x0d00, "IRDA controller"}, {0x0d01, "Consumer IR controller"}, {0x0d10, "RF controller"},
            {0x0d11, "Bluetooth"}, {0x0d12, "Broadband"}, {0x0d20, "802.1a controller"},
            {0x0d21, "802.1b controller"}, {0x0d80, "Wireless controller"},
            {0x0e00, "I2O"}, {0x0f00, "Satellite communications controller"},
            {0x1000, "Network and computing encryption device"}, {0x1010, "Entertainment encryption device"},
            {0x1080, "Encryption controller"},
            {0x1100, "DPIO module"}, {0x1101, "Performance counters"}, {0x1110, "Communication synchronizer"},
            {0x1120, "Signal processing management"}, {0x1180, "Signal processing controller"},
            {0x1200, "Processing accelerators"}, {0x1300, "Non-Essential Instrumentation"},
            {0xff00, "Unassigned class"},
    };
    private static final Map<Integer, String> NAMES = new HashMap<>();
    private static final Map<String, Integer> CODES = new HashMap<>();

    static {
        for (Object[] row : TABLE) {
            NAMES.put((Integer) row[0], (String) row[1]);
            CODES.put(((String) row[1]).toLowerCase(Locale.ROOT), (Integer) row[0]);
        }
    }

    private PciClassNames() {
    }

    /** @param classCode 24-bit class code (class, subclass, prog-if) as the model stores it. */
    public static String of(int classCode) {
        return ofClass((classCode >> 8) & 0xffff);
    }

    /** @param classAndSubclass the 16-bit code lspci prints in {@code [cccc]} */
    public static String ofClass(int classAndSubclass) {
        String n = NAMES.get(classAndSubclass);
        return n != null ? n : String.format(Locale.ROOT, "Class %04x", classAndSubclass);
    }

    /**
     * The 16-bit class code for a name lspci printed: a pci.ids name (older pciutils capitalised some, e.g.
     * "USB Controller") or lspci's {@code Class 0c80} for a class without a name; empty for anything else.
     */
    public static OptionalInt codeOf(String name) {
        String n = name.strip();
        if (n.matches("(?i)Class [0-9a-f]{4}")) {
            return OptionalInt.of(Integer.parseInt(n.substring(6), 16));
        }
        Integer code = CODES.get(n.toLowerCase(Locale.ROOT));
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }
}
