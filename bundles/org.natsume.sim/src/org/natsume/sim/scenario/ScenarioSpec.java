package org.natsume.sim.scenario;

import java.util.Locale;

import org.natsume.topology.Topology.Direction;

/**
 * One cell of the scenario matrix (domain.md §6.2): case, direction, load, sharing and the two proposals.
 * ID scheme {@code C{case}-{S|R}-{L|N}-{SH|UN}[-P1][-P2]}.
 */
public record ScenarioSpec(int caseNo, Direction direction, boolean load, boolean shared, boolean p1, boolean p2) {

    public ScenarioSpec {
        if (caseNo < 1 || caseNo > 3) {
            throw new IllegalArgumentException("case must be 1, 2 or 3: " + caseNo);
        }
        if ((p1 || p2) && caseNo != 3) {
            throw new IllegalArgumentException("proposals P1/P2 apply to case 3 only");
        }
    }

    public String id() {
        return "C" + caseNo + "-" + (direction == Direction.SEND ? "S" : "R") + "-" + (load ? "L" : "N") + "-"
                + (shared ? "SH" : "UN") + (p1 ? "-P1" : "") + (p2 ? "-P2" : "");
    }

    public static ScenarioSpec parse(String id) {
        String[] p = id.trim().toUpperCase(Locale.ROOT).split("-");
        try {
            if (p.length < 4 || p.length > 6 || !p[0].startsWith("C")) {
                throw new IllegalArgumentException();
            }
            int c = Integer.parseInt(p[0].substring(1));
            Direction d = switch (p[1]) {
                case "S" -> Direction.SEND;
                case "R" -> Direction.RECEIVE;
                default -> throw new IllegalArgumentException();
            };
            boolean load = switch (p[2]) {
                case "L" -> true;
                case "N" -> false;
                default -> throw new IllegalArgumentException();
            };
            boolean sh = switch (p[3]) {
                case "SH" -> true;
                case "UN" -> false;
                default -> throw new IllegalArgumentException();
            };
            boolean p1 = false;
            boolean p2 = false;
            for (int i = 4; i < p.length; i++) {
                if (p[i].equals("P1") && !p1 && !p2) {
                    p1 = true;
                } else if (p[i].equals("P2") && !p2) {
                    p2 = true;
                } else {
                    throw new IllegalArgumentException();
                }
            }
            return new ScenarioSpec(c, d, load, sh, p1, p2);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("proposals")) {
                throw new IllegalArgumentException("scenario '" + id + "': " + e.getMessage());
            }
            throw new IllegalArgumentException("bad scenario id '" + id + "': expected C{1|2|3}-{S|R}-{L|N}-{SH|UN}[-P1][-P2]");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
