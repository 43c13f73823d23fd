package org.natsume.export.dom0less;

import java.util.Locale;
import java.util.Optional;

/**
 * The lexical rules of device-tree source as dtc 1.6 reads it: strings with C escapes, comments that cannot be
 * closed early, node names of the Devicetree Specification (v0.4, 2.2.1: 1-31 characters of {@code [A-Za-z0-9,._+-]},
 * starting with a letter) and cells in hexadecimal.
 */
final class Dts {

    static final int NODE_NAME_MAX = 31;

    private Dts() {
    }

    /**
     * A double-quoted DTS string. dtc decodes {@code \" \\ \n \t \r} and {@code \xHH}; a NUL would end the property's
     * value early, so it is reported (empty) instead.
     */
    static Optional<String> string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 0 -> { return Optional.empty(); }
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    else sb.append(c); // dtc copies UTF-8 bytes as they are
                }
            }
        }
        return Optional.of(sb.append('"').toString());
    }

    /** Text safe inside a C-style comment on one line: controls become '?', and no "*&#47;" can end the comment. */
    static String comment(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return sb.toString().replace("*/", "*_/");
    }

    /** A node name from a model name: other characters become '-', a leading non-letter gets a prefix. */
    static String nodeName(String name, String prefixIfNeeded) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == '.'
                    || c == '_' || c == '+' || c == '-';
            sb.append(ok ? c : '-');
        }
        String s = sb.toString();
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) s = prefixIfNeeded + s;
        return s.length() > NODE_NAME_MAX ? s.substring(0, NODE_NAME_MAX) : s;
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** A 64-bit value as the two cells of {@code #address-cells = <2>} or {@code #size-cells = <2>}. */
    static String cells64(long v) {
        return hex(v >>> 32) + " " + hex(v & 0xffffffffL);
    }

    /** The unit address of a node whose reg starts at {@code v} (hexadecimal, no leading zeros, no 0x). */
    static String unit(long v) {
        return Long.toHexString(v);
    }
}
