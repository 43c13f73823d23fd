package org.natsume.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.natsume.trace.io.AtomicFile;

/**
 * A sweep's output folder: {@code sweep.id} (which sweep it holds), {@code cells/cell-NNNNNN.csv} (one file per
 * finished cell, each written whole), then {@code rows.csv}, {@code summary.csv} and {@code summary.txt} when every
 * cell is done. Every file is written to a temporary name and renamed, so a killed sweep leaves whole files only,
 * and a resumed one skips the cells whose file is there.
 */
public final class SweepOutput {
    public static final String ROWS = "rows.csv";
    public static final String SUMMARY_CSV = "summary.csv";
    public static final String SUMMARY_TXT = "summary.txt";
    private static final String ID = "sweep.id";

    private final Path dir;
    private final SweepPlan plan;

    public SweepOutput(Path dir, SweepPlan plan) {
        this.dir = dir;
        this.plan = plan;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Creates the folder or checks it holds this very sweep.
     *
     * @throws IllegalStateException naming what the folder holds when it is another sweep's or not a sweep's
     */
    public void open() throws IOException {
        Path id = dir.resolve(ID);
        String mine = plan.fingerprint() + " " + plan.spec().name() + "\n";
        if (Files.isRegularFile(id)) {
            String theirs = Files.readString(id, StandardCharsets.UTF_8);
            if (!theirs.equals(mine)) {
                throw new IllegalStateException(dir + " holds the results of another sweep ('" + theirs.strip()
                        + "'; this one is '" + mine.strip() + "'): choose another -o, or delete that folder");
            }
            return;
        }
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException(dir + " is a file, not a folder for results");
            }
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalStateException(dir + " is not empty and holds no sweep: choose an empty or new folder");
                }
            }
        }
        Files.createDirectories(dir.resolve("cells"));
        write(id, mine);
    }

    private Path cellFile(int cell) {
        return dir.resolve("cells").resolve(String.format("cell-%06d.csv", cell));
    }

    /** The rows of a cell finished earlier, if its file is there, is this sweep's and every run is ok. */
    public Optional<List<List<String>>> finished(Cell cell) throws IOException {
        Path f = cellFile(cell.index());
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        List<List<String>> recs = RowCsv.parse(Files.readString(f, StandardCharsets.UTF_8));
        if (recs.isEmpty() || !recs.get(0).equals(RowCsv.header(plan)) || recs.size() != plan.spec().runs() + 1) {
            return Optional.empty();
        }
        int status = plan.axisNames().size() + 3;
        List<List<String>> rows = recs.subList(1, recs.size());
        for (List<String> r : rows) {
            if (!"ok".equals(r.get(status))) {
                return Optional.empty(); // failed runs are tried again: the fix may have been made since
            }
        }
        return Optional.of(List.copyOf(rows));
    }

    /** The cells an engine still has to run: those without a {@link #finished} file, in cell order. */
    public List<Cell> unfinished() throws IOException {
        List<Cell> todo = new ArrayList<>();
        for (Cell c : plan.cells()) {
            if (finished(c).isEmpty()) {
                todo.add(c);
            }
        }
        return todo;
    }

    public void writeCell(Cell cell, List<RunRow> rows) throws IOException {
        StringBuilder b = new StringBuilder(RowCsv.line(RowCsv.header(plan)));
        for (RunRow r : rows) {
            b.append(RowCsv.line(RowCsv.fields(plan, r)));
        }
        write(cellFile(cell.index()), b.toString());
    }

    /** Reads every cell file back, in cell order (all must be there). */
    public List<List<String>> allRows() throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (Cell c : plan.cells()) {
            Path f = cellFile(c.index());
            List<List<String>> recs = RowCsv.parse(Files.readString(f, StandardCharsets.UTF_8));
            out.addAll(recs.subList(1, recs.size()));
        }
        return out;
    }

    /** Writes rows.csv and the summaries from the rows of every cell. */
    public SweepSummary finish(List<List<String>> rows) throws IOException {
        StringBuilder b = new StringBuilder(RowCsv.line(RowCsv.header(plan)));
        for (List<String> r : rows) {
            b.append(RowCsv.line(r));
        }
        write(dir.resolve(ROWS), b.toString());
        SweepSummary s = SweepSummary.of(plan, rows);
        write(dir.resolve(SUMMARY_CSV), s.csv());
        write(dir.resolve(SUMMARY_TXT), s.table());
        return s;
    }

    private static void write(Path f, String text) throws IOException {
        AtomicFile.write(f, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
