package org.natsume.timeline.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.natsume.trace.journey.JourneyTable;

/**
 * Sorts journey rows by one Interrupt Trace column (click on a header), ascending or descending, ties in time order.
 * Keys are numbers (times, latencies, GSIs) or, for named columns, the rank of the cell's text among the distinct
 * texts; rank and row are packed into one long and sorted as primitives, so a million rows sort without boxing.
 */
public final class JourneyOrder {

    private JourneyOrder() {
    }

    /** rows (table rows, in table order) sorted by column; a new array. Empty cells sort first. */
    public static int[] sort(JourneyTable t, int[] rows, JourneyColumn column, boolean ascending) {
        int n = rows.length;
        long[] key = new long[n];
        boolean text = switch (column) {
            case DEVICE, NOTIFIED, SPURIOUS, CPU -> true;
            default -> false;
        };
        if (text) {
            Map<String, Long> ranks = new HashMap<>();
            String[] cells = new String[n];
            for (int k = 0; k < n; k++) {
                cells[k] = column.text(t, rows[k]);
                ranks.putIfAbsent(cells[k], 0L);
            }
            String[] distinct = ranks.keySet().toArray(String[]::new);
            Arrays.sort(distinct, String.CASE_INSENSITIVE_ORDER);
            for (int r = 0; r < distinct.length; r++) {
                ranks.put(distinct[r], (long) r);
            }
            for (int k = 0; k < n; k++) {
                key[k] = ranks.get(cells[k]);
            }
        } else {
            for (int k = 0; k < n; k++) {
                int r = rows[k];
                key[k] = switch (column) {
                    case TIME -> t.firstTimeNs(r);
                    case GSI -> t.gsi(r);
                    case LATENCY -> t.latencyNs(r);
                    case LINE_BLOCKED -> t.lineBlockedNs(r);
                    default -> 0;
                };
            }
        }
        long[] distinct = key.clone();
        Arrays.sort(distinct);
        int d = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || distinct[k] != distinct[k - 1]) {
                distinct[d++] = distinct[k];
            }
        }
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            long rank = Arrays.binarySearch(distinct, 0, d, key[k]);
            if (!ascending) {
                rank = d - 1 - rank;
            }
            packed[k] = rank << 32 | k;
        }
        Arrays.sort(packed);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = rows[(int) packed[k]];
        }
        return out;
    }
}
