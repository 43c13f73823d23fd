package org.natsume.topology.emf;

import java.util.List;

/**
 * The model cannot be resolved: it has no machine, a BDF does not parse, an attachment names no function. Carries
 * every problem found, each naming the element, so the user can fix the model in one pass.
 */
public final class TopologyReadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public TopologyReadException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("a read failure needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
