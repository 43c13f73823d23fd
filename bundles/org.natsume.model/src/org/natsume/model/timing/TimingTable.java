package org.natsume.model.timing;

/** Renders {@link TimingParameter} as the Markdown table in docs/model.md, so the docs never drift from the code. */
public final class TimingTable {

    private TimingTable() {
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Symbol | Meaning | Default | Unit | Sweep range | Src | Held by | Basis |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (TimingParameter p : TimingParameter.values()) {
            sb.append("| `").append(p.symbol()).append("` | ").append(p.meaning()).append(" | ")
                    .append(format(p.defaultValue())).append(" | ").append(p.unit()).append(" | ")
                    .append(p.hasSweepRange() ? format(p.sweepMin()) + "–" + format(p.sweepMax()) : "—").append(" | ")
                    .append(p.source()).append(" | ")
                    .append(p.configuredBy().map(c -> "`" + c + "`").orElse("SimulationSettings")).append(" | ")
                    .append(p.basis().isEmpty() ? "—" : p.basis()).append(" |\n");
        }
        return sb.toString();
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
