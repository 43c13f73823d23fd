package org.natsume.cli;

import java.util.Set;

/**
 * One {@code ./natsume <name>} subcommand. Implementations live in {@code org.natsume.cli.commands}, one per class,
 * and are listed in {@link CommandRegistry}.
 * <p>
 * The dispatcher parses the words after the command name with {@link Args#parse} using {@link #flags()} and
 * {@link #valueOptions()}: <b>declare every option the command reads</b>, or the user gets "unknown option".
 */
public interface Command {

    /** The word the user types, e.g. {@code validate}. */
    String name();

    /** The usage line shown by {@code help}, e.g. {@code validate FILE}. */
    String synopsis();

    /** One line for {@code ./natsume help}. */
    String summary();

    /** Options without a value this command accepts, e.g. {@code --json}. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Options with a value this command accepts, e.g. {@code -o}, {@code --duration}. */
    default Set<String> valueOptions() {
        return Set.of();
    }

    /** Runs the command and returns an exit code ({@link ExitCodes}). Throw {@link UsageException} for bad arguments. */
    int run(CommandContext ctx, Args args) throws Exception;
}
