package org.natsume.trace.flight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.natsume.trace.TraceMetadata;

/**
 * One stretch of a run that a flight-recorder trace keeps: why (one of the N worst journeys by latency or by
 * line-blocked time, or a breakpoint hit), the journey and its value, and the kept span [fromNs, toNs]. Listed in the
 * trace's metadata as properties {@code natsume.flight.window.<k>} (docs/trace-format.md).
 */
public record KeptWindow(Reason reason, int journey, long valueNs, long fromNs, long toNs, boolean truncated) {

    /** Why a window was kept. */
    public enum Reason {
        LATENCY("latency"), LINE_BLOCKED("line blocked"), BREAKPOINT("breakpoint");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final String PREFIX = "natsume.flight.window.";
    public static final String COUNT = "natsume.flight.windows";

    /** The property value: reason journey value from to truncated. */
    String encode() {
        return String.format(Locale.ROOT, "%s %d %d %d %d %s", reason.name(), journey, valueNs, fromNs, toNs, truncated);
    }

    /** The windows a flight-recorder trace lists, in their listed order; empty for an ordinary trace. */
    public static List<KeptWindow> of(TraceMetadata m) {
        List<KeptWindow> out = new ArrayList<>();
        int n = m.listedCount(COUNT);
        for (int k = 0; k < n; k++) {
            String v = m.properties().get(PREFIX + k);
            if (v == null) {
                throw new IllegalArgumentException("trace lists " + n + " kept windows but property " + PREFIX + k + " is missing");
            }
            String[] f = v.trim().split(" ");
            try {
                out.add(new KeptWindow(Reason.valueOf(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                        Long.parseLong(f[4]), Boolean.parseBoolean(f[5])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("trace property " + PREFIX + k + " is not 'REASON journey value from to"
                        + " truncated': '" + v + "'");
            }
        }
        return out;
    }
}
