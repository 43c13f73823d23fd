package org.natsume.cli;

import java.util.List;
import java.util.Set;

/**
 * Turns a command line into a call of one {@link Command} and an exit code. Kept free of OSGi so tests and the
 * application share it; errors reach the user as one line, never as a stack trace (unless NATSUME_DEBUG is set).
 */
public final class Dispatcher {
    private final CommandRegistry registry;

    public Dispatcher(CommandRegistry registry) {
        this.registry = registry;
    }

    public int dispatch(List<String> argv, CommandContext ctx) {
        if (argv.isEmpty()) {
            return dispatch(List.of("help"), ctx);
        }
        String first = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        if (Set.of("--version", "-V", "version").contains(first)) {
            return run(registry.find("version").orElseThrow(), rest, ctx);
        }
        if (Set.of("--help", "-h", "help").contains(first)) {
            return run(registry.find("help").orElseThrow(), rest, ctx);
        }
        return registry.find(first)
                .map(c -> run(c, rest, ctx))
                .orElseGet(() -> {
                    ctx.err().println("natsume: unknown command '" + first + "'. Run './natsume help' for the list.");
                    return ExitCodes.USAGE;
                });
    }

    private static int run(Command command, List<String> rest, CommandContext ctx) {
        try {
            Args args = Args.parse(rest, command.flags(), command.valueOptions());
            return command.run(ctx, args);
        } catch (InputException e) {
            ctx.err().println("natsume " + command.name() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (UsageException e) {
            ctx.err().println("natsume " + command.name() + ": " + e.getMessage());
            ctx.err().println("usage: ./natsume " + command.synopsis());
            return ExitCodes.USAGE;
        } catch (OutOfMemoryError e) {
            ctx.err().println("natsume " + command.name() + ": the Java heap (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB) ran out. Raise it, e.g. NATSUME_HEAP=8g ./natsume " + command.name() + " ... (passed as -Xmx)");
            return ExitCodes.USAGE;
        } catch (Exception | LinkageError e) {
            ctx.err().println("natsume " + command.name() + ": " + describe(e));
            if (System.getenv("NATSUME_DEBUG") != null) {
                e.printStackTrace(ctx.err());
            }
            return ExitCodes.USAGE;
        }
    }

    private static String describe(Throwable e) {
        return ErrorMessages.describe(e);
    }
}
