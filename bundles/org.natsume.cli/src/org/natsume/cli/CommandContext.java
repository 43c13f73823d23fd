package org.natsume.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** What a command may touch: its two output streams and the user's working directory. */
public final class CommandContext {
    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDir;

    public CommandContext(PrintStream out, PrintStream err, Path workingDir) {
        this.out = out;
        this.err = err;
        this.workingDir = workingDir;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Resolves a path the user typed against the directory {@code ./natsume} was started from. */
    public Path resolve(String userPath) {
        return workingDir.resolve(userPath).normalize();
    }
}
