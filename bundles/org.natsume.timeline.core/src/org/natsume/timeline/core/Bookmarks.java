package org.natsume.timeline.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.natsume.trace.TraceMetadata;

/**
 * The user's bookmarks on a trace (Trace Compass: bookmarks with a label at a time): add, list, jump. They are saved
 * with the trace, as {@code natsume.bookmark.<k>} properties of its metadata (docs/trace-format.md), so a trace file
 * carries its bookmarks wherever it goes. Kept in time order.
 */
public final class Bookmarks {

    /** One bookmark: a time, the journey it marks (-1 for none) and a label. */
    public record Bookmark(long timeNs, int journey, String label) {
        public Bookmark {
            label = label == null ? "" : label.replace('\n', ' ').replace('\r', ' ');
        }
    }

    public static final String COUNT = "natsume.bookmarks";
    public static final String PREFIX = "natsume.bookmark.";

    private final List<Bookmark> list = new ArrayList<>();

    public synchronized void add(Bookmark b) {
        list.add(b);
        list.sort(Comparator.comparingLong(Bookmark::timeNs));
    }

    public synchronized boolean remove(Bookmark b) {
        return list.remove(b);
    }

    public synchronized List<Bookmark> list() {
        return List.copyOf(list);
    }

    public synchronized int size() {
        return list.size();
    }

    /** The first bookmark after timeNs, or null. */
    public synchronized Bookmark next(long timeNs) {
        for (Bookmark b : list) {
            if (b.timeNs() > timeNs) {
                return b;
            }
        }
        return null;
    }

    /** The last bookmark before timeNs, or null. */
    public synchronized Bookmark previous(long timeNs) {
        Bookmark out = null;
        for (Bookmark b : list) {
            if (b.timeNs() < timeNs) {
                out = b;
            }
        }
        return out;
    }

    /** metadata with these bookmarks in place of any it had. */
    public synchronized TraceMetadata into(TraceMetadata m) {
        TraceMetadata.Builder b = TraceMetadata.builder().scenarioId(m.scenarioId()).seed(m.seed()).durationNs(m.durationNs());
        m.cpuNames().forEach(b::cpu);
        m.domainNames().forEach(b::domain);
        m.gsiNames().forEach(b::gsi);
        m.devices().forEach(d -> b.device(d.name(), d.bdf(), d.ownerDomain()));
        m.properties().forEach((k, v) -> {
            if (!k.equals(COUNT) && !k.startsWith(PREFIX)) {
                b.property(k, v);
            }
        });
        if (!list.isEmpty()) {
            b.property(COUNT, Integer.toString(list.size()));
            for (int k = 0; k < list.size(); k++) {
                Bookmark bm = list.get(k);
                b.property(PREFIX + k, String.format(Locale.ROOT, "%d %d %s", bm.timeNs(), bm.journey(), bm.label()));
            }
        }
        return b.build();
    }

    /** The bookmarks a trace's metadata carries; a malformed entry is an IllegalArgumentException naming it. */
    public static Bookmarks of(TraceMetadata m) {
        Bookmarks out = new Bookmarks();
        int n = m.listedCount(COUNT);
        for (int k = 0; k < n; k++) {
            String v = m.properties().get(PREFIX + k);
            String[] f = v == null ? new String[0] : v.split(" ", 3);
            try {
                out.add(new Bookmark(Long.parseLong(f[0]), Integer.parseInt(f[1]), f.length > 2 ? f[2] : ""));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("trace property " + PREFIX + k + " is not 'timeNs journey label': '" + v + "'");
            }
        }
        return out;
    }
}
