package org.natsume.timeline.core.query;

/** A search or filter expression that does not parse: the message names the position and what was expected. */
public final class QueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final int position;

    public QueryException(String text, int position, String message) {
        super("at " + (position + 1) + " of '" + text + "': " + message);
        this.position = position;
    }

    /** 0-based character position in the expression. */
    public int position() {
        return position;
    }
}
