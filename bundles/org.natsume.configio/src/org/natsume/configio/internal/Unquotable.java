package org.natsume.configio.internal;

/** A value a target's syntax cannot carry safely; the message says which character and why. */
public final class Unquotable extends Exception {

    private static final long serialVersionUID = 1L;

    public Unquotable(String message) {
        super(message);
    }
}
