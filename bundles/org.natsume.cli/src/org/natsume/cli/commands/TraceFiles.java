package org.natsume.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.natsume.cli.UsageException;
import org.natsume.trace.TraceStore;
import org.natsume.trace.io.TraceFileReader;
import org.natsume.trace.io.TraceFormatException;

/** Opens the TRACE.ntrace argument of the trace commands, turning a missing or damaged file into a usage error. */
final class TraceFiles {

    private TraceFiles() {
    }

    static Path existing(Path file) throws UsageException {
        if (Files.isDirectory(file)) {
            throw new UsageException("trace file " + file + " is a directory; give a .ntrace file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("trace file not found: " + file);
        }
        return file;
    }

    static TraceStore read(Path file) throws UsageException, IOException {
        existing(file);
        try {
            return new TraceFileReader().read(file);
        } catch (TraceFormatException e) {
            throw new UsageException("cannot read trace " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UsageException("trace file not found: " + file, e);
        }
    }
}
