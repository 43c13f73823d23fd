package org.natsume.configio.export;

import java.util.List;

/**
 * Thrown when a target cannot express the model faithfully. Carries every reason found (not only the first), each
 * naming the element (domain, BDF, GSI) and what to change, so the user can fix the model in one pass.
 */
public class ExportRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final List<String> reasons;

    public ExportRefusedException(String target, List<String> reasons) {
        super(format(target, reasons));
        if (reasons.isEmpty()) throw new IllegalArgumentException("a refusal needs at least one reason");
        this.target = target;
        this.reasons = List.copyOf(reasons);
    }

    public String target() {
        return target;
    }

    public List<String> reasons() {
        return reasons;
    }

    private static String format(String target, List<String> reasons) {
        StringBuilder sb = new StringBuilder("target '").append(target).append("' refuses the model:");
        for (String r : reasons) sb.append("\n  - ").append(r);
        return sb.toString();
    }
}
