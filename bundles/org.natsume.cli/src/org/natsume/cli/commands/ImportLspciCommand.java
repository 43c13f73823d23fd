package org.natsume.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.configio.board.BoardFormatException;
import org.natsume.configio.board.BoardImporters;
import org.natsume.configio.board.BoardReader;
import org.natsume.configio.lspci.BoardImport;
import org.natsume.model.io.TopologyStore;

/**
 * {@code ./natsume import-lspci DUMP [--interrupts FILE] -o OUT.natsume}: turns a board's {@code lspci -vvnn} dump
 * (and optionally its {@code /proc/interrupts}) into a topology with the machine's PCI functions, drivers, GSIs and
 * sharers, read by the board importer contributed for {@code --format} (default {@code lspci}). Prints a summary; warnings (skipped lines, assumptions) go to stderr. Exit 2 when an input is unreadable.
 */
public final class ImportLspciCommand implements Command {

    private static final String INTERRUPTS = "--interrupts";
    private static final String FORMAT = "--format";
    private static final String DEFAULT_FORMAT = "lspci";
    private static final String OUT = "-o";
    private static final int MAX_WARNINGS_SHOWN = 20;

    @Override
    public String name() {
        return "import-lspci";
    }

    @Override
    public String synopsis() {
        return "import-lspci DUMP [--interrupts FILE] [--format " + String.join("|", BoardImporters.ids()) + "] -o OUT.natsume";
    }

    @Override
    public String summary() {
        return "import a board from 'lspci -vvnn' (and /proc/interrupts) into a topology file";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(INTERRUPTS, FORMAT, OUT);
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException(args.positional().isEmpty() ? "missing DUMP (the output of 'lspci -vvnn')"
                    : "expected one DUMP, got " + args.positional().size() + " arguments");
        }
        Path out = ctx.resolve(args.require(OUT));
        Path dumpFile = ctx.resolve(args.positional().get(0));
        Optional<Path> irqFile = args.option(INTERRUPTS).map(ctx::resolve);
        String format = args.option(FORMAT).orElse(DEFAULT_FORMAT);
        BoardReader reader = BoardImporters.byId(format).orElseThrow(() -> new UsageException(
                "unknown format '" + format + "'; formats: " + String.join(", ", BoardImporters.ids())));
        readable(dumpFile);
        if (irqFile.isPresent()) readable(irqFile.get());
        BoardImport result;
        try {
            result = reader.read(dumpFile, irqFile);
        } catch (BoardFormatException e) {
            ctx.err().println("natsume import-lspci: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        TopologyStore.save(result.topology(), out);
        ctx.out().print(result.summary());
        int shown = 0;
        for (String w : result.warnings()) {
            if (shown++ == MAX_WARNINGS_SHOWN) {
                ctx.err().println("warning: ... and " + (result.warnings().size() - MAX_WARNINGS_SHOWN) + " more");
                break;
            }
            ctx.err().println("warning: " + w);
        }
        ctx.err().println("wrote " + out);
        return ExitCodes.OK;
    }

    private static Path readable(Path p) throws UsageException {
        if (!Files.isRegularFile(p)) throw new UsageException("cannot read " + p + ": " + (Files.exists(p) ? "not a regular file" : "file not found"));
        return p;
    }
}
