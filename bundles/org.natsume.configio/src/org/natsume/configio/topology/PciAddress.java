package org.natsume.configio.topology;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PCI function address {@code SSSS:BB:DD.F} (domain.md §1 "BDF", §4.3). All fields hexadecimal; the segment
 * (PCI "domain") may be left out when it is 0000. lspci prints up to five segment digits on VMD machines
 * ({@code 10000:e0:17.0}), so the segment is kept as an int rather than a short.
 */
public record PciAddress(int segment, int bus, int device, int function) implements Comparable<PciAddress> {

    private static final Pattern FORM =
            Pattern.compile("(?:([0-9a-fA-F]{1,8}):)?([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])");

    public PciAddress {
        if (segment < 0 || segment > 0xFFFFF) throw new IllegalArgumentException("PCI segment out of range: " + segment);
        if (bus < 0 || bus > 0xFF) throw new IllegalArgumentException("PCI bus out of range: " + bus);
        if (device < 0 || device > 0x1F) throw new IllegalArgumentException("PCI device out of range: " + device);
        if (function < 0 || function > 7) throw new IllegalArgumentException("PCI function out of range: " + function);
    }

    /** Parses {@code [SSSS:]BB:DD.F}; throws IllegalArgumentException naming the text when it is not one. */
    public static PciAddress parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PCI address [SSSS:]BB:DD.F: '" + text + "'");
        }
        int seg = m.group(1) == null ? 0 : Integer.parseInt(m.group(1), 16);
        return new PciAddress(seg, Integer.parseInt(m.group(2), 16), Integer.parseInt(m.group(3), 16),
                Integer.parseInt(m.group(4), 16));
    }

    /** Full form with segment, as xl/xm/pciback want it: {@code 0000:05:00.0}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", segment, bus, device, function);
    }

    /** Short form without the segment ({@code 05:00.0}); only meaningful for segment 0. */
    public String shortForm() {
        return String.format(Locale.ROOT, "%02x:%02x.%x", bus, device, function);
    }

    /** Jailhouse's 16-bit encoding {@code (bus << 8) | (dev << 3) | fn} (domain.md §4.3). */
    public int jailhouseId() {
        return (bus << 8) | (device << 3) | function;
    }

    @Override
    public int compareTo(PciAddress o) {
        int c = Integer.compare(segment, o.segment);
        if (c == 0) c = Integer.compare(bus, o.bus);
        if (c == 0) c = Integer.compare(device, o.device);
        if (c == 0) c = Integer.compare(function, o.function);
        return c;
    }
}
