package org.natsume.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStatistics;
import org.natsume.trace.TraceStore;

/** {@code ./natsume trace-info TRACE.ntrace}: what a trace file holds (domain.md §6.3 counts). */
public final class TraceInfoCommand implements Command {

    @Override
    public String name() {
        return "trace-info";
    }

    @Override
    public String synopsis() {
        return "trace-info TRACE.ntrace";
    }

    @Override
    public String summary() {
        return "show a trace file's scenario, lanes, event counts by kind, journeys, spurious notifications and size";
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("usage: " + synopsis());
        }
        Path file = ctx.resolve(args.positional().get(0));
        TraceStore store = TraceFiles.read(file);
        TraceMetadata m = store.metadata();
        TraceStatistics st = TraceStatistics.of(store);
        PrintStream out = ctx.out();
        long fileBytes = Files.size(file);
        out.printf("file          %s (%,d bytes)%n", file.getFileName(), fileBytes);
        out.printf("scenario      %s, seed %d, duration %,d ns%n", m.scenarioId().isEmpty() ? "(none)" : m.scenarioId(), m.seed(),
                m.durationNs());
        out.println("cpus          " + numbered(m.cpuNames().toArray(String[]::new)));
        out.println("domains       " + numbered(m.domainNames().toArray(String[]::new)));
        StringBuilder gsis = new StringBuilder();
        for (Map.Entry<Integer, String> e : m.gsiNames().entrySet()) {
            gsis.append(gsis.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        out.println("gsis          " + (gsis.isEmpty() ? "(none)" : gsis));
        for (int d = 0; d < m.devices().size(); d++) {
            TraceMetadata.Device dev = m.devices().get(d);
            out.printf("device %-6d %s %s, owner %s%n", d, dev.name(), dev.bdf(),
                    dev.ownerDomain() < 0 ? "(none)" : m.domainName(dev.ownerDomain()));
        }
        for (Map.Entry<String, String> e : m.properties().entrySet()) {
            out.printf("property      %s = %s%n", e.getKey(), e.getValue());
        }
        out.printf("events        %,d from %,d ns to %,d ns%n", st.events(), st.startNs(), st.endNs());
        for (TraceKind k : TraceKind.values()) {
            if (st.count(k) > 0) {
                out.printf("  %-14s %,d%n", k.name(), st.count(k));
            }
        }
        out.printf("journeys      %,d%n", st.journeys());
        out.printf("spurious      %,d notifications in %,d journeys%n", st.spuriousNotifications(), st.journeysWithSpurious());
        if (st.events() > 0) {
            out.printf("bytes/event   %.2f in memory, %.2f in the file%n", (double) store.retainedBytes() / st.events(),
                    (double) fileBytes / st.events());
        }
        return ExitCodes.OK;
    }

    private static String numbered(String[] names) {
        if (names.length == 0) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            b.append(i == 0 ? "" : ", ").append(i).append(' ').append(names[i]);
        }
        return b.toString();
    }
}
