package org.natsume.sweep.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed sweep specification (docs/sweeps.md): what to vary, how often to run each cell, what to keep.
 *
 * @param example    the built-in example the base topology is, or null when {@code file} is given
 * @param file       the base topology's file (resolved against the spec's folder), or null
 * @param fixed      settings applied to the base topology before any axis
 * @param durationS  measured simulated seconds per run, after {@code warmupS}
 * @param metrics    the metric columns, in order ({@link org.natsume.sweep.MetricCatalog})
 * @param lines      the line of each top-level key, for messages
 * @param text       the spec as written (what a Spark task receives)
 */
public record SweepSpec(String source, String name, String example, Path file, List<Setting> fixed, List<Axis> axes,
        int runs, double durationS, double warmupS, long seed, List<String> metrics, Map<String, Integer> lines, String text) {

    public SweepSpec {
        fixed = List.copyOf(fixed);
        axes = List.copyOf(axes);
        metrics = List.copyOf(metrics);
        lines = Map.copyOf(lines);
    }

    /** The line a top-level key was written on, 0 if it was not written. */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** The base topology as the user wrote it: {@code example:NAME} or the file's path. */
    public String topologyLabel() {
        return example != null ? "example:" + example : String.valueOf(file);
    }
}
