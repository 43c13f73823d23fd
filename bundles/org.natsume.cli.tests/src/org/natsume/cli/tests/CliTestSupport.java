package org.natsume.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.natsume.cli.CommandContext;
import org.natsume.cli.CommandRegistry;
import org.natsume.cli.Dispatcher;

/** Runs a command line through the real dispatcher and captures what it prints, for command tests. */
public final class CliTestSupport {

    /** Exit code plus everything written to stdout and stderr. */
    public record Result(int exitCode, String out, String err) {
    }

    private CliTestSupport() {
    }

    public static Result run(Path workingDir, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new Dispatcher(new CommandRegistry())
                    .dispatch(List.of(argv), new CommandContext(o, e, workingDir));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
