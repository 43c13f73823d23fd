package org.natsume.trace.export;

/**
 * JSON string literals (RFC 8259) for the hand-written JSON of the headless bundles: the Perfetto export, the
 * simulation report and {@code describe --json}. Quotes, backslashes and control characters are escaped.
 */
public final class JsonStrings {
    private JsonStrings() {
    }

    /** {@code s} as a quoted JSON string. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        append(sb, s);
        return sb.toString();
    }

    /** Appends {@code s} to {@code sb} as a quoted JSON string. */
    public static void append(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
