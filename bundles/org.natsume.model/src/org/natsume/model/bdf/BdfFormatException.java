package org.natsume.model.bdf;

/**
 * Thrown by {@link Bdf#parse(String)} when a PCI address is malformed or a field is out of range. The message names
 * the offending part and repeats the input, e.g. {@code device 0x20 out of range 00-1f in '00:20.0'}.
 */
public final class BdfFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String input;

    public BdfFormatException(String message, String input) {
        super(message);
        this.input = input;
    }

    /** The text that failed to parse (may be {@code null}). */
    public String input() {
        return input;
    }
}
