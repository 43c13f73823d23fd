package org.natsume.cli;

/** Bad arguments or unusable input: the CLI prints the message and exits with {@link ExitCodes#USAGE}. */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
