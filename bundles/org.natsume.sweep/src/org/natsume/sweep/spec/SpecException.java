package org.natsume.sweep.spec;

/**
 * A sweep spec that cannot run, found before anything runs: names the file, the line and the key
 * ({@code spec.json:12: axes[1].set: unknown parameter 'param.t_foo'}).
 */
public final class SpecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String key;

    public SpecException(String source, int line, String key, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + (key == null ? "" : key + ": ") + message);
        this.line = line;
        this.key = key;
    }

    public int line() {
        return line;
    }

    /** The key path, e.g. {@code axes[1].values[2]}; null for a JSON syntax error. */
    public String key() {
        return key;
    }
}
