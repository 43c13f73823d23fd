package org.natsume.configio.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * String literals for each export syntax (domain.md §7). Every value that comes from the model (names, paths,
 * kernel arguments) goes through one of these, so a quote, space, {@code $()} or newline in a name can neither
 * break the file nor inject anything. Where a syntax cannot carry a character at all the method throws
 * {@link Unquotable} and the exporter turns that into a refusal.
 */
public final class Quoting {

    private Quoting() {
    }

    /**
     * An xl.cfg double-quoted string. libxlutil's lexer ({@code xlu__cfgl_dequote}) accepts the escapes
     * {@code \" \' \\ \a \b \f \n \r \t \v}; its numeric escapes ({@code \xHH}, octal) are rejected or
     * mis-decoded by the 4.17 parser (checked with the real library), so other control characters are refused.
     * Non-ASCII UTF-8 passes through unchanged.
     */
    public static String xl(String value) throws Unquotable {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case 0x0b -> sb.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        throw new Unquotable(String.format(Locale.ROOT,
                                "control character U+%04X cannot be written in an xl.cfg string", (int) c));
                    }
                    sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * A Python 2 byte-string literal for xm configs (Xen 3.4's xend runs Python 2; a file without a coding
     * declaration must be ASCII, so everything outside printable ASCII is written as UTF-8 {@code \xHH} bytes).
     */
    public static String python(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f) sb.append(String.format(Locale.ROOT, "\\x%02x", c));
                    else sb.append((char) c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A POSIX shell word in single quotes; a single quote becomes {@code '\''}. NUL cannot be in an argument. */
    public static String shell(String value) throws Unquotable {
        if (value.indexOf('\0') >= 0) throw new Unquotable("a NUL character cannot be passed to a shell command");
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /**
     * A C string literal. Quotes, backslashes and {@code ?} (trigraphs) are escaped; control characters and
     * non-ASCII bytes become three-digit octal escapes, which cannot run into a following digit. NUL is refused
     * because it would silently truncate the string.
     */
    public static String c(String value) throws Unquotable {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int ch = b & 0xff;
            if (ch == 0) throw new Unquotable("a NUL character would truncate a C string");
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '?' -> sb.append("\\?");
                default -> {
                    if (ch < 0x20 || ch >= 0x7f) sb.append(String.format(Locale.ROOT, "\\%03o", ch));
                    else sb.append((char) ch);
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * XML character data or attribute value with the five predefined entities. XML 1.0 has no way to carry
     * control characters other than tab, newline and carriage return (not even as character references), so those
     * are refused.
     */
    public static String xml(String value) throws Unquotable {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (c < 0x20 || c == 0xfffe || c == 0xffff) {
                        throw new Unquotable(String.format(Locale.ROOT,
                                "character U+%04X is not allowed in XML 1.0", (int) c));
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** A JSON string literal (RFC 8259). */
    public static String json(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Text safe to put inside a one-line comment of any of the formats: control characters become '?', and the
     * comment terminators of C ({@code *}{@code /}) and XML ({@code --}) are broken up. Comments are for humans; the
     * exact value is always in a quoted field next to it.
     */
    public static String comment(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 ? '?' : c);
        }
        String s = sb.toString();
        while (s.contains("*/")) s = s.replace("*/", "*_/");
        while (s.contains("--")) s = s.replace("--", "-_-");
        return s;
    }
}
