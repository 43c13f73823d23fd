package org.natsume.model.bdf;

/**
 * A PCI address: segment (PCI "domain"), bus, device and function (domain.md §1 "BDF", §4.3).
 *
 * <p>The canonical text form is {@code SSSS:BB:DD.F} in lowercase hex ({@code 0000:05:00.0}); every model object,
 * importer and exporter uses {@link #toString()} so that two spellings of one address compare equal as strings.
 * {@link #parse(String)} also accepts the short form {@code BB:DD.F} (segment 0), any hex case and fields with fewer
 * digits ({@code 5:0.0}), as Xen and xl do. The segment has four digits, or five on VMD machines.
 */
public record Bdf(int segment, int bus, int device, int function) implements Comparable<Bdf> {

    /**
     * Segments above 0xffff exist: Linux numbers the domains behind an Intel VMD controller from 0x10000, and lspci
     * prints them with five digits ({@code 10000:e0:17.0}).
     */
    public static final int MAX_SEGMENT = 0xfffff;
    /** Hex digits the segment may have in text: lspci pads to four and prints a fifth on VMD machines. */
    static final int SEGMENT_DIGITS = 5;
    public static final int MAX_BUS = 0xff;
    public static final int MAX_DEVICE = 0x1f;
    public static final int MAX_FUNCTION = 7;

    /** Validates the ranges; throws {@link BdfFormatException} naming the field that is out of range. */
    public Bdf {
        check("segment", segment, MAX_SEGMENT, 4, null);
        check("bus", bus, MAX_BUS, 2, null);
        check("device", device, MAX_DEVICE, 2, null);
        check("function", function, MAX_FUNCTION, 1, null);
    }

    public static Bdf of(int bus, int device, int function) {
        return new Bdf(0, bus, device, function);
    }

    /**
     * Parses {@code SSSS:BB:DD.F} or {@code BB:DD.F} (hex, case-insensitive, surrounding blanks ignored).
     *
     * @throws BdfFormatException if the text is not a BDF; the message says which part is wrong
     */
    public static Bdf parse(String text) {
        if (text == null) {
            throw new BdfFormatException("BDF is missing (null)", null);
        }
        String s = text.strip();
        if (s.isEmpty()) {
            throw new BdfFormatException("BDF is empty; expected SSSS:BB:DD.F or BB:DD.F", text);
        }
        int dot = s.lastIndexOf('.');
        if (dot < 0) {
            throw new BdfFormatException("missing '.' before the function in '" + text + "'; expected SSSS:BB:DD.F or BB:DD.F", text);
        }
        String[] parts = s.substring(0, dot).split(":", -1);
        String fnText = s.substring(dot + 1);
        String segText;
        String busText;
        String devText;
        if (parts.length == 2) {
            segText = null;
            busText = parts[0];
            devText = parts[1];
        } else if (parts.length == 3) {
            segText = parts[0];
            busText = parts[1];
            devText = parts[2];
        } else {
            throw new BdfFormatException("expected SSSS:BB:DD.F or BB:DD.F but found " + (parts.length - 1)
                    + " ':' in '" + text + "'", text);
        }
        int segment = segText == null ? 0 : field("segment", segText, SEGMENT_DIGITS, MAX_SEGMENT, text);
        int bus = field("bus", busText, 2, MAX_BUS, text);
        int device = field("device", devText, 2, MAX_DEVICE, text);
        int function = field("function", fnText, 1, MAX_FUNCTION, text);
        return new Bdf(segment, bus, device, function);
    }

    /** Like {@link #parse(String)} but returns {@code null} instead of throwing. */
    public static Bdf tryParse(String text) {
        try {
            return parse(text);
        } catch (BdfFormatException e) {
            return null;
        }
    }

    /** Returns the canonical form of {@code text}, e.g. {@code 05:00.0} → {@code 0000:05:00.0}. */
    public static String canonical(String text) {
        return parse(text).toString();
    }

    private static int field(String name, String digits, int maxDigits, int max, String input) {
        if (digits.isEmpty()) {
            throw new BdfFormatException(name + " is empty in '" + input + "'", input);
        }
        if (digits.length() > maxDigits) {
            throw new BdfFormatException(name + " '" + digits + "' has more than " + maxDigits + " hex digit"
                    + (maxDigits == 1 ? "" : "s") + " in '" + input + "'", input);
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0) {
                throw new BdfFormatException(name + " '" + digits + "' is not hexadecimal in '" + input + "'", input);
            }
            value = value * 16 + d;
        }
        check(name, value, max, maxDigits, input);
        return value;
    }

    private static void check(String name, int value, int max, int width, String input) {
        if (value < 0 || value > max) {
            String range = hex(0, width) + "-" + hex(max, width);
            String where = input == null ? "" : " in '" + input + "'";
            throw new BdfFormatException(name + " 0x" + Integer.toHexString(value) + " out of range " + range + where,
                    input);
        }
    }

    private static String hex(int value, int width) {
        String h = Integer.toHexString(value);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    /** Canonical form {@code SSSS:BB:DD.F}, lowercase hex, e.g. {@code 0000:05:00.0} (five segment digits above ffff). */
    @Override
    public String toString() {
        return hex(segment, 4) + ":" + shortForm();
    }

    /** Short form without the segment, {@code BB:DD.F}, e.g. {@code 05:00.0} (as lspci prints segment 0). */
    public String shortForm() {
        return hex(bus, 2) + ":" + hex(device, 2) + "." + function;
    }

    /** Jailhouse's 16-bit encoding {@code (bus << 8) | (dev << 3) | fn}; {@code 00:19.0} → {@code 0x00c8}. */
    public int jailhouseId() {
        return (bus << 8) | (device << 3) | function;
    }

    @Override
    public int compareTo(Bdf o) {
        int c = Integer.compare(segment, o.segment);
        if (c == 0) c = Integer.compare(bus, o.bus);
        if (c == 0) c = Integer.compare(device, o.device);
        if (c == 0) c = Integer.compare(function, o.function);
        return c;
    }
}
