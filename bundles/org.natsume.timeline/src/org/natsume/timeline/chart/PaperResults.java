package org.natsume.timeline.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.natsume.trace.export.JsonReader;

/**
 * The numbers of a {@code reproduce-paper} JSON report (the sim's {@code JsonReport}: {@code scenarios[]} with
 * {@code id}, {@code throughputMbps.mean/std} and {@code measuredGuest.interruptsOwn/interruptsSpurious}) that the
 * paper's figures plot (domain.md §6.2, §6.3). Scenarios are keyed by their id, e.g. C3-R-L-SH.
 */
public final class PaperResults {

    /** One scenario's plotted values. NaN where the report has null. */
    public record Scenario(String id, double throughputMean, double throughputStd, double interruptsOwn, double interruptsSpurious) {
    }

    private final Map<String, Scenario> byId;

    private PaperResults(Map<String, Scenario> byId) {
        this.byId = byId;
    }

    public static PaperResults read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static PaperResults parse(String json) {
        Object root = JsonReader.parse(json);
        if (!(root instanceof Map<?, ?> m) || !(m.get("scenarios") instanceof List<?> list)) {
            throw new IllegalArgumentException("not a reproduce-paper report: expected an object with a \"scenarios\" array");
        }
        Map<String, Scenario> out = new LinkedHashMap<>();
        int k = 0;
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> s) || !(s.get("id") instanceof String id)) {
                throw new IllegalArgumentException("scenario " + k + " has no \"id\"");
            }
            out.put(id, new Scenario(id, num(s, "throughputMbps", "mean"), num(s, "throughputMbps", "std"),
                    num(s, "measuredGuest", "interruptsOwn"), num(s, "measuredGuest", "interruptsSpurious")));
            k++;
        }
        return new PaperResults(out);
    }

    private static double num(Map<?, ?> s, String object, String field) {
        if (s.get(object) instanceof Map<?, ?> o && o.get(field) instanceof Double d) {
            return d;
        }
        return Double.NaN;
    }

    public Scenario get(String id) {
        return byId.get(id);
    }

    public List<Scenario> all() {
        return new ArrayList<>(byId.values());
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }
}
