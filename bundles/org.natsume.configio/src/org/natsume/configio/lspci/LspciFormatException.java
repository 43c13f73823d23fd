package org.natsume.configio.lspci;

/**
 * The input is not usable lspci / /proc/interrupts text: empty, binary, not lspci at all, or cut off. The message
 * names the file and the line (1-based; 0 when the problem is the whole file).
 */
public class LspciFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public LspciFormatException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
