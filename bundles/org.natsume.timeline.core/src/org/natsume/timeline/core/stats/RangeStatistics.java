package org.natsume.timeline.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;
import org.natsume.trace.journey.JourneyTable;
import org.natsume.trace.line.LineTracker;

/**
 * The Statistics view's numbers for the journeys that start in a time range (or a given set of journeys): one row
 * per device, per GSI and per domain (domain.md §6.3) with own and spurious interrupts, latency min / mean / p50 / p99
 * / p99.9 / max (exact: the samples of a range are sorted), line-blocked time and IPIs by kind; each row lists its
 * journeys so a click can select them.
 *
 * <p>Attribution: a journey counts for its device and its GSI; for a domain, each notification counts as own or
 * spurious for the notified domain, and a journey's latency, line-blocked time and IPIs count for the domain that
 * owns its device. Line-blocked time is measured on the events by the shared-line rule
 * ({@link org.natsume.trace.line.SharedLineState}): each blocked episode goes to the journey whose LINE_EOI ended it.
 */
public final class RangeStatistics {

    /** What a row groups by. */
    public enum Group { DEVICE, GSI, DOMAIN }

    /** IPI kinds as the IPI_SEND arg numbers them. */
    public static final String[] IPI_KINDS = {"kick", "remote EOI", "tickle"};

    /** One row of the view. */
    public record Row(Group group, int id, String label, int journeys, long own, long spurious, long latencyCount,
            long minNs, double meanNs, long p50Ns, long p99Ns, long p999Ns, long maxNs, long lineBlockedNs, long[] ipis,
            int[] journeyRows) {
        public long ipi(int kind) {
            return kind < ipis.length ? ipis[kind] : 0;
        }
    }

    private final List<Row> rows;
    private final int journeys;

    private RangeStatistics(List<Row> rows, int journeys) {
        this.rows = rows;
        this.journeys = journeys;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Journeys counted. */
    public int journeys() {
        return journeys;
    }

    public List<Row> rows(Group g) {
        return rows.stream().filter(r -> r.group() == g).toList();
    }

    /** Statistics of the journeys whose first event lies in [fromNs, toNs). */
    public static RangeStatistics of(JourneyTable table, long fromNs, long toNs) {
        int first = table.rowAtOrAfter(fromNs);
        int end = table.rowAtOrAfter(toNs);
        int[] selected = new int[Math.max(0, end - first)];
        for (int k = 0; k < selected.length; k++) {
            selected[k] = first + k;
        }
        return of(table, selected);
    }

    /** Statistics of the given journey rows (in table order). */
    public static RangeStatistics of(JourneyTable table, int[] journeyRows) {
        TraceStore store = table.store();
        TraceMetadata m = store.metadata();
        long[] blocked = blockedByRow(table, journeyRows);
        Map<Long, Acc> acc = new LinkedHashMap<>();
        for (int k = 0; k < journeyRows.length; k++) {
            int row = journeyRows[k];
            int device = table.device(row);
            int gsi = table.gsi(row);
            int owner = m.ownerOf(device);
            long latency = table.latencyNs(row);
            long[] ipis = ipis(store, table.journeyId(row));
            long notified = table.notifiedMask(row);
            long spurious = table.spuriousMask(row);
            long own = Long.bitCount(notified & ~spurious);
            long spur = Long.bitCount(spurious);
            if (device >= 0) {
                acc(acc, Group.DEVICE, device).add(row, own, spur, latency, blocked[k], ipis);
            }
            if (gsi >= 0) {
                acc(acc, Group.GSI, gsi).add(row, own, spur, latency, blocked[k], ipis);
            }
            for (long bits = notified; bits != 0; bits &= bits - 1) {
                int d = Long.numberOfTrailingZeros(bits);
                boolean isSpurious = (spurious & 1L << d) != 0;
                Acc a = acc(acc, Group.DOMAIN, d);
                a.add(row, isSpurious ? 0 : 1, isSpurious ? 1 : 0, -1, 0, null);
            }
            if (owner >= 0 && (notified & 1L << owner) == 0) {
                acc(acc, Group.DOMAIN, owner).add(row, 0, 0, -1, 0, null);
            }
            if (owner >= 0) {
                acc(acc, Group.DOMAIN, owner).addOwned(latency, blocked[k], ipis);
            }
        }
        List<Row> out = new ArrayList<>();
        for (Group g : Group.values()) {
            acc.values().stream().filter(a -> a.group == g).sorted((a, b) -> Integer.compare(a.id, b.id))
                    .forEach(a -> out.add(a.row(label(m, g, a.id))));
        }
        return new RangeStatistics(List.copyOf(out), journeyRows.length);
    }

    private static String label(TraceMetadata m, Group g, int id) {
        return switch (g) {
            case DEVICE -> m.deviceLabel(id);
            case GSI -> m.gsiName(id);
            case DOMAIN -> m.domainName(id);
        };
    }

    private static Acc acc(Map<Long, Acc> acc, Group g, int id) {
        return acc.computeIfAbsent((long) g.ordinal() << 32 | id, k -> new Acc(g, id));
    }

    /** IPIs sent on a journey's path, by kind. */
    private static long[] ipis(TraceStore s, int journey) {
        long[] out = new long[IPI_KINDS.length];
        for (int i = s.journeyFirstEvent(journey); i >= 0; i = s.nextInJourney(i)) {
            if (s.kind(i) == TraceKind.IPI_SEND) {
                int k = (int) s.arg(i);
                if (k >= 0 && k < out.length) {
                    out[k]++;
                }
            }
        }
        return out;
    }

    /**
     * Blocked time each selected row's LINE_EOI ended, by stepping every line through the shared rule from the first
     * event of the first selected journey to the last event of the last one.
     */
    private static long[] blockedByRow(JourneyTable table, int[] rows) {
        long[] out = new long[rows.length];
        if (rows.length == 0) {
            return out;
        }
        TraceStore s = table.store();
        Map<Integer, Integer> byJourney = new java.util.HashMap<>();
        int lastEvent = 0;
        for (int k = 0; k < rows.length; k++) {
            int j = table.journeyId(rows[k]);
            byJourney.put(j, k);
            lastEvent = Math.max(lastEvent, s.journeyLastEvent(j));
        }
        int from = table.firstEvent(rows[0]);
        LineTracker lines = new LineTracker();
        for (int i = from; i <= lastEvent; i++) {
            lines.event(s.timeNs(i), s.kindOrdinal(i), s.gsi(i), s.arg(i), s.journey(i), (g, since, eoi, j) -> {
                Integer k = byJourney.get(j);
                if (k != null) {
                    out[k] += eoi - since;
                }
            });
        }
        return out;
    }

    private static final class Acc {
        final Group group;
        final int id;
        int[] rows = new int[16];
        int n;
        long own;
        long spurious;
        long[] latencies = new long[16];
        int latencyCount;
        long blocked;
        final long[] ipis = new long[IPI_KINDS.length];

        Acc(Group group, int id) {
            this.group = group;
            this.id = id;
        }

        void add(int row, long own, long spurious, long latency, long blockedNs, long[] ipi) {
            if (n == 0 || rows[n - 1] != row) {
                if (n == rows.length) {
                    rows = Arrays.copyOf(rows, n * 2);
                }
                rows[n++] = row;
            }
            this.own += own;
            this.spurious += spurious;
            if (group != Group.DOMAIN) {
                addOwned(latency, blockedNs, ipi);
            }
        }

        void addOwned(long latency, long blockedNs, long[] ipi) {
            if (latency >= 0) {
                if (latencyCount == latencies.length) {
                    latencies = Arrays.copyOf(latencies, latencyCount * 2);
                }
                latencies[latencyCount++] = latency;
            }
            blocked += blockedNs;
            if (ipi != null) {
                for (int k = 0; k < ipis.length; k++) {
                    ipis[k] += ipi[k];
                }
            }
        }

        Row row(String label) {
            long[] l = Arrays.copyOf(latencies, latencyCount);
            Arrays.sort(l);
            double mean = 0;
            for (long v : l) {
                mean += v;
            }
            mean = l.length == 0 ? 0 : mean / l.length;
            return new Row(group, id, label, n, own, spurious, l.length, l.length == 0 ? -1 : l[0], mean, rank(l, 0.5),
                    rank(l, 0.99), rank(l, 0.999), l.length == 0 ? -1 : l[l.length - 1], blocked, ipis.clone(),
                    Arrays.copyOf(rows, n));
        }

        /** Nearest-rank quantile, -1 without samples. */
        static long rank(long[] sorted, double q) {
            if (sorted.length == 0) {
                return -1;
            }
            return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))];
        }
    }
}
