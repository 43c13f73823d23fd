package org.natsume.cli;

/** The exit codes every command shares, documented in {@code ./natsume help} and docs/cli.md. */
public final class ExitCodes {
    /** Success; for checks: no errors (warnings allowed). */
    public static final int OK = 0;
    /** The command ran and found problems (validation errors, a refused export, an unmet finding). */
    public static final int FINDINGS = 1;
    /** Bad usage or bad input: unknown command or option, unreadable or malformed file. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
