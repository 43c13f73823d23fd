package org.natsume.configio.lspci;

import java.util.List;

/**
 * A parsed {@code lspci -vvnn} dump: every function in file order, and the warnings for lines that were skipped
 * (each naming its line), so an importer can report "N lines not understood" instead of failing.
 */
public record LspciDump(String file, List<LspciFunction> functions, List<String> warnings, int skippedLines) {

    public LspciDump {
        functions = List.copyOf(functions);
        warnings = List.copyOf(warnings);
    }
}
