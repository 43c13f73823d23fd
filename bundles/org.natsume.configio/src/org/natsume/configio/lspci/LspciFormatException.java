package org.natsume.configio.lspci;

import org.natsume.configio.board.BoardFormatException;

/**
 * The input is not usable lspci / /proc/interrupts text: empty, binary, not lspci at all, or cut off. The message
 * names the file and the line (1-based; 0 when the problem is the whole file).
 */
public class LspciFormatException extends BoardFormatException {

    private static final long serialVersionUID = 1L;

    public LspciFormatException(String file, int line, String problem) {
        super(file, line, problem);
    }
}
