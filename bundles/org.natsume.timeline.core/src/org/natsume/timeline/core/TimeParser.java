package org.natsume.timeline.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a time the user types for "Go to time" or a breakpoint bound: a number with an optional unit ns, us/µs, ms
 * or s (default µs, the unit of domain.md §6.3's latencies), e.g. "12.5 ms", "300us", "1500 ns". Not in
 * timeline.core, which only formats times.
 */
public final class TimeParser {

    private static final Pattern TIME = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*(ns|us|µs|ms|s)?\\s*");

    private TimeParser() {
    }

    /** The time in ns; IllegalArgumentException naming the text and the expected form when it is not a time. */
    public static long parseNs(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time: expected a number with ns, µs, ms or s, e.g. 12.5 ms");
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "us" : m.group(2);
        double scale = switch (unit) {
            case "ns" -> 1;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            default -> 1e3;
        };
        double ns = v * scale;
        if (ns > Long.MAX_VALUE / 2.0) {
            throw new IllegalArgumentException("'" + text + "' is too large a time");
        }
        return Math.round(ns);
    }
}
