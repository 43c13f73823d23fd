package org.natsume.ui.properties;

import java.util.Locale;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Integer features that users read and type in hexadecimal, as lspci and the PCI specification print them (vendor
 * 0x8086, class 0x020000): the ecore marks them with {@code hexDigits} in the {@code http://www.natsume.org/model/edit}
 * annotation. The Properties view shows them as {@code 0x8086} and takes {@code 0x8086} or {@code 8086}.
 */
public final class HexValues {
    public static final String EDIT_ANNOTATION = "http://www.natsume.org/model/edit";

    private HexValues() {
    }

    /**
     * Features shown in hex everywhere else (the Outline's "Pin 4: vector 0x30 ... → 0x01", Xen's and Linux's dumps)
     * that the ecore does not annotate: an IO-APIC redirection entry's vector and destination APIC id.
     */
    private static final java.util.Map<String, Integer> BUILT_IN = java.util.Map.of(
            "RedirectionEntry.vector", 2,
            "RedirectionEntry.destination", 2);

    /** The number of hex digits the feature is shown with, or 0 when it is not a hexadecimal feature. */
    public static int digits(Object feature) {
        if (!(feature instanceof EStructuralFeature f)) {
            return 0;
        }
        EAnnotation a = f.getEAnnotation(EDIT_ANNOTATION);
        String d = a == null ? null : a.getDetails().get("hexDigits");
        if (d == null && f.getEContainingClass() != null) {
            return BUILT_IN.getOrDefault(f.getEContainingClass().getName() + "." + f.getName(), 0);
        }
        return d == null ? 0 : Integer.parseInt(d);
    }

    public static String format(int value, int digits) {
        return String.format(Locale.ROOT, "0x%0" + digits + "x", value);
    }

    /**
     * Reads a value typed for a hexadecimal feature: an optional {@code 0x}, then 1 to {@code digits} hex digits.
     *
     * @throws IllegalArgumentException naming what is wrong, for the cell editor's error line
     */
    public static int parse(String text, int digits) {
        String t = text.strip();
        String hex = t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t;
        if (hex.isEmpty() || hex.length() > digits || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("'" + t + "' is not a hexadecimal number of 1 to " + digits
                    + " digits (an optional 0x, then 0-9 and a-f)");
        }
        return Integer.parseUnsignedInt(hex, 16);
    }
}
