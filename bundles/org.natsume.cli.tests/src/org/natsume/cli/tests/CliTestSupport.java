package org.natsume.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.CommandRegistry;
import org.natsume.cli.Dispatcher;
import org.natsume.cli.UsageException;

/** Runs a command line through the real dispatcher, or one command directly, and captures what it prints. */
public final class CliTestSupport {

    /** Exit code plus everything written to stdout and stderr. */
    public record Result(int exitCode, String out, String err) {
    }

    /** A call that prints to a context and returns an exit code. */
    public interface Run {
        int in(CommandContext context) throws Exception;
    }

    private CliTestSupport() {
    }

    public static Result run(Path workingDir, String... argv) {
        try {
            return capture(workingDir, ctx -> new Dispatcher(new CommandRegistry()).dispatch(List.of(argv), ctx));
        } catch (Exception e) {
            throw new IllegalStateException("the dispatcher let an exception through", e);
        }
    }

    /** One command without the dispatcher: a {@link UsageException} reaches the test instead of becoming exit 2. */
    public static Result runCommand(Command command, Path workingDir, String... argv) throws Exception {
        return capture(workingDir,
                ctx -> command.run(ctx, Args.parse(List.of(argv), command.flags(), command.valueOptions())));
    }

    /** Runs {@code run} with a context whose streams are captured. */
    public static Result capture(Path workingDir, Run run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = run.in(new CommandContext(o, e, workingDir));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
