package org.natsume.sweep.spec;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.natsume.sweep.MetricCatalog;

/**
 * Reads a sweep spec (docs/sweeps.md) and checks its shape: known keys, types, non-empty axes, unique labels and
 * axis names, ranges of runs and duration. What needs the topology (addresses, metrics of domains) is checked by
 * {@link org.natsume.sweep.SweepPlan}. Every error names the file, the line and the key.
 */
public final class SweepSpecParser {

    private static final Set<String> TOP = Set.of("name", "description", "topology", "set", "axes", "runs", "duration",
            "warmup", "seed", "metrics");
    private static final int MAX_CELLS = 1_000_000;

    private final String source;

    private SweepSpecParser(String source) {
        this.source = source;
    }

    public static SweepSpec parse(Path file) throws SpecException {
        String text;
        try {
            text = Files.readString(file);
        } catch (MalformedInputException e) {
            throw new SpecException(file.toString(), 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new SpecException(file.toString(), 0, null, "cannot read the spec: "
                    + (Files.exists(file) ? e.getMessage() : "file not found"));
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(file.toString(), text, dir);
    }

    /** @param baseDir the folder a relative topology file is resolved against */
    public static SweepSpec parse(String source, String text, Path baseDir) throws SpecException {
        return new SweepSpecParser(source).spec(JsonNode.parse(source, text), baseDir, text);
    }

    private SpecException error(JsonNode at, String key, String message) {
        return new SpecException(source, at.line(), key, message);
    }

    private SweepSpec spec(JsonNode root, Path baseDir, String text) throws SpecException {
        if (root.kind() != JsonNode.Kind.OBJECT) {
            throw error(root, null, "a sweep spec is a JSON object");
        }
        Map<String, JsonNode> m = root.members();
        Map<String, Integer> lines = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : m.entrySet()) {
            if (!TOP.contains(e.getKey())) {
                throw error(e.getValue(), e.getKey(), "unknown key (known: name, description, topology, set, axes, "
                        + "runs, duration, warmup, seed, metrics)");
            }
            lines.put(e.getKey(), e.getValue().line());
        }
        String name = m.containsKey("name") ? string(m.get("name"), "name") : "sweep";
        JsonNode topo = m.get("topology");
        if (topo == null) {
            throw error(root, "topology", "missing: give {\"example\": NAME} or {\"file\": PATH}");
        }
        String example = null;
        Path file = null;
        if (topo.kind() != JsonNode.Kind.OBJECT || topo.members().size() != 1) {
            throw error(topo, "topology", "expected {\"example\": NAME} or {\"file\": PATH}");
        }
        Map.Entry<String, JsonNode> t = topo.members().entrySet().iterator().next();
        switch (t.getKey()) {
            case "example" -> example = string(t.getValue(), "topology.example");
            case "file" -> file = baseDir == null ? Path.of(string(t.getValue(), "topology.file"))
                    : baseDir.resolve(string(t.getValue(), "topology.file")).normalize();
            default -> throw error(t.getValue(), "topology." + t.getKey(), "unknown key (known: example, file)");
        }
        List<Setting> fixed = m.containsKey("set") ? settings(m.get("set"), "set") : List.of();
        int runs = (int) whole(m, "runs", 1, 1, 100_000);
        double duration = positive(m, "duration", 1.0, 600);
        double warmup = m.containsKey("warmup") ? number(m.get("warmup"), "warmup") : 0.05;
        if (warmup < 0 || warmup > 60) {
            throw error(m.get("warmup"), "warmup", "must be in 0..60 seconds, not " + warmup);
        }
        long seed = whole(m, "seed", 1, Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
        List<Axis> axes = m.containsKey("axes") ? axes(m.get("axes")) : List.of();
        List<String> metrics = m.containsKey("metrics") ? metrics(m.get("metrics")) : MetricCatalog.DEFAULTS;
        return new SweepSpec(source, name, example, file, fixed, axes, runs, duration, warmup, seed, metrics, lines, text);
    }

    private List<Axis> axes(JsonNode node) throws SpecException {
        if (node.kind() != JsonNode.Kind.ARRAY) {
            throw error(node, "axes", "expected a list of axes");
        }
        List<Axis> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long cells = 1;
        for (int i = 0; i < node.elements().size(); i++) {
            JsonNode a = node.elements().get(i);
            String key = "axes[" + i + "]";
            if (a.kind() != JsonNode.Kind.OBJECT) {
                throw error(a, key, "an axis is an object {\"name\", \"set\", \"values\"}");
            }
            for (Map.Entry<String, JsonNode> e : a.members().entrySet()) {
                if (!Set.of("name", "set", "values").contains(e.getKey())) {
                    throw error(e.getValue(), key + "." + e.getKey(), "unknown key (known: name, set, values)");
                }
            }
            String address = a.members().containsKey("set") ? string(a.members().get("set"), key + ".set") : null;
            String name = a.members().containsKey("name") ? string(a.members().get("name"), key + ".name") : address;
            if (name == null) {
                throw error(a, key + ".name", "missing: an axis whose values are objects needs a name");
            }
            if (!name.matches("[A-Za-z0-9_.:+-]+") || List.of("cell", "run", "seed", "status", "error").contains(name)) {
                throw error(a, key + ".name", "'" + name + "' cannot be a column name (letters, digits, _ . : + -; "
                        + "not cell, run, seed, status, error)");
            }
            if (!names.add(name)) {
                throw error(a, key + ".name", "two axes are named '" + name + "'");
            }
            JsonNode vs = a.members().get("values");
            if (vs == null) {
                throw error(a, key + ".values", "missing");
            }
            if (vs.kind() != JsonNode.Kind.ARRAY) {
                throw error(vs, key + ".values", "expected a list");
            }
            if (vs.elements().isEmpty()) {
                throw error(vs, key + ".values", "empty axis '" + name + "': give at least one value");
            }
            List<AxisValue> values = new ArrayList<>();
            Set<String> labels = new HashSet<>();
            for (int j = 0; j < vs.elements().size(); j++) {
                AxisValue v = axisValue(vs.elements().get(j), key + ".values[" + j + "]", address);
                if (!labels.add(v.label())) {
                    throw error(vs.elements().get(j), key + ".values[" + j + "]", "label '" + v.label()
                            + "' is used twice in axis '" + name + "'");
                }
                values.add(v);
            }
            cells *= values.size();
            if (cells > MAX_CELLS) {
                throw error(a, key, "the sweep has more than " + MAX_CELLS + " cells");
            }
            out.add(new Axis(name, values));
        }
        // an empty "axes" list is allowed: one cell, the base topology (a plain replicated run)
        return out;
    }

    private AxisValue axisValue(JsonNode v, String key, String address) throws SpecException {
        if (v.kind() == JsonNode.Kind.OBJECT) {
            Map<String, JsonNode> m = v.members();
            for (Map.Entry<String, JsonNode> e : m.entrySet()) {
                if (!Set.of("label", "set", "value").contains(e.getKey())) {
                    throw error(e.getValue(), key + "." + e.getKey(), "unknown key (known: label, value, set)");
                }
            }
            List<Setting> settings = new ArrayList<>();
            if (m.containsKey("value")) {
                if (address == null) {
                    throw error(m.get("value"), key + ".value", "the axis has no \"set\" address for a value");
                }
                settings.add(setting(address, m.get("value"), key + ".value"));
            }
            if (m.containsKey("set")) {
                settings.addAll(settings(m.get("set"), key + ".set"));
            }
            if (settings.isEmpty()) {
                throw error(v, key, "a value object needs \"value\" or \"set\"");
            }
            String label = m.containsKey("label") ? string(m.get("label"), key + ".label")
                    : String.join(";", settings.stream().map(Setting::valueText).toList());
            return new AxisValue(label, settings, v.line());
        }
        if (address == null) {
            throw error(v, key, "the axis has no \"set\" address: write the value as {\"label\": .., \"set\": {..}}");
        }
        Setting s = setting(address, v, key);
        return new AxisValue(s.valueText(), List.of(s), v.line());
    }

    private List<Setting> settings(JsonNode node, String key) throws SpecException {
        if (node.kind() != JsonNode.Kind.OBJECT) {
            throw error(node, key, "expected an object {\"ADDRESS\": VALUE, ...}");
        }
        List<Setting> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.members().entrySet()) {
            out.add(setting(e.getKey(), e.getValue(), key + "." + e.getKey()));
        }
        return out;
    }

    private Setting setting(String address, JsonNode v, String key) throws SpecException {
        List<String> values = new ArrayList<>();
        if (v.kind() == JsonNode.Kind.ARRAY) {
            if (v.elements().isEmpty()) {
                throw error(v, key, "an empty list sets nothing");
            }
            for (JsonNode e : v.elements()) {
                values.add(scalar(e, key));
            }
        } else {
            values.add(scalar(v, key));
        }
        return new Setting(address, values, key, v.line());
    }

    private String scalar(JsonNode v, String key) throws SpecException {
        return switch (v.kind()) {
            case STRING, NUMBER, BOOLEAN -> v.text();
            default -> throw error(v, key, "expected a string, number or true/false");
        };
    }

    private List<String> metrics(JsonNode node) throws SpecException {
        if (node.kind() != JsonNode.Kind.ARRAY || node.elements().isEmpty()) {
            throw error(node, "metrics", "expected a non-empty list of metric names");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.elements().size(); i++) {
            String name = string(node.elements().get(i), "metrics[" + i + "]");
            if (out.contains(name)) {
                throw error(node.elements().get(i), "metrics[" + i + "]", "metric '" + name + "' is listed twice");
            }
            out.add(name);
        }
        return out;
    }

    private String string(JsonNode v, String key) throws SpecException {
        if (v.kind() != JsonNode.Kind.STRING || v.text().isBlank()) {
            throw error(v, key, "expected a non-empty string");
        }
        return v.text();
    }

    private double number(JsonNode v, String key) throws SpecException {
        if (!v.isNumber()) {
            throw error(v, key, "expected a number");
        }
        return v.number();
    }

    private long whole(Map<String, JsonNode> m, String key, long dflt, long min, long max) throws SpecException {
        if (!m.containsKey(key)) {
            return dflt;
        }
        double d = number(m.get(key), key);
        if (d != Math.rint(d) || d < min || d > max) {
            throw error(m.get(key), key, "must be a whole number in " + min + ".." + max + ", not " + m.get(key).text());
        }
        return (long) d;
    }

    private double positive(Map<String, JsonNode> m, String key, double dflt, double max) throws SpecException {
        if (!m.containsKey(key)) {
            return dflt;
        }
        double d = number(m.get(key), key);
        if (!(d > 0) || d > max) {
            throw error(m.get(key), key, "must be in (0, " + max + "] seconds, not " + m.get(key).text());
        }
        return d;
    }
}
