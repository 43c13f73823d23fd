package org.natsume.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.natsume.cli.commands.HelpCommand;
import org.natsume.cli.commands.VersionCommand;

/** Every subcommand of {@code ./natsume}, in the order {@code help} lists them. Add one line per new command. */
public final class CommandRegistry {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public CommandRegistry() {
        List<Command> all = List.of(
                new HelpCommand(this),
                new org.natsume.cli.commands.ValidateCommand(),
                new org.natsume.cli.commands.DescribeCommand(),
                new org.natsume.cli.commands.ExamplesCommand(),
                new org.natsume.cli.commands.ExampleCommand(),
                new org.natsume.cli.commands.ModelBenchCommand(),
                new org.natsume.cli.commands.ExportCommand(),
                new org.natsume.cli.commands.ImportLspciCommand(),
                new org.natsume.cli.commands.TraceInfoCommand(),
                new org.natsume.cli.commands.TraceExportCommand(),
                new org.natsume.cli.commands.TraceBenchCommand(),
                new org.natsume.cli.commands.TimelineBenchCommand(),
                new org.natsume.cli.commands.SimulateCommand(),
                new org.natsume.cli.commands.ReproducePaperCommand(),
                new org.natsume.cli.commands.SweepCommand(),
                new org.natsume.cli.commands.BenchCommand(),
                new VersionCommand());
        for (Command c : all) {
            if (commands.put(c.name(), c) != null) {
                throw new IllegalStateException("two commands are named " + c.name());
            }
        }
    }

    public Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    public List<Command> all() {
        return List.copyOf(commands.values());
    }
}
