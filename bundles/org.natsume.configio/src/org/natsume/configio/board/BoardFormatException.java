package org.natsume.configio.board;

/**
 * A board dump is not usable text of its format: empty, binary, another format, or cut off. The message names the
 * file and the line (1-based; 0 when the problem is the whole file).
 */
public class BoardFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public BoardFormatException(String file, int line, String problem) {
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
