package org.natsume.cli;

/**
 * The arguments were right but what they name cannot be used (a missing file, a model the simulator refuses): the
 * CLI prints the message without the usage line, which would only suggest the command was mistyped, and exits with
 * {@link ExitCodes#USAGE}.
 */
public class InputException extends UsageException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
