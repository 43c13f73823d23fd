package org.natsume.configio.lspci;

import java.util.List;

import org.natsume.model.Topology;

/**
 * The result of importing a board: the topology (a Machine, no hypervisor or domains yet), what was found, and every
 * warning (lines skipped, assumptions made) so the CLI and UI can show the user what to check.
 *
 * @param sharedGsis GSIs with more than one INTx sharer, e.g. "GSI 19: 0000:00:1a.2, 0000:00:1d.1, 0000:00:1f.2".
 */
public record BoardImport(Topology topology, int functionCount, int nicCount, int lineCount, List<String> sharedGsis,
        List<String> warnings, int skippedLines) {

    public BoardImport {
        sharedGsis = List.copyOf(sharedGsis);
        warnings = List.copyOf(warnings);
    }

    /** A few lines for a terminal. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(functionCount).append(" PCI functions, ").append(nicCount).append(" NICs, ").append(lineCount)
                .append(" interrupt lines (").append(sharedGsis.size()).append(" shared)\n");
        sharedGsis.forEach(s -> sb.append("  shared ").append(s).append('\n'));
        if (skippedLines > 0) sb.append(skippedLines).append(" lines not understood and skipped\n");
        if (!warnings.isEmpty()) sb.append(warnings.size()).append(" warnings\n");
        return sb.toString();
    }
}
