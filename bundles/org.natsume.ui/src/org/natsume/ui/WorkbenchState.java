package org.natsume.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * What the workbench remembers between starts, in one small properties file: the recent files (File menu), the
 * editors open at shutdown (reopened at the next start without files on the command line) and per-topology
 * dialog settings (the Simulate dialog's last run of each file). The file lives in the instance area when the
 * platform has one (a test runtime has its own), else in {@code ~/.natsume/workbench.properties}.
 */
public final class WorkbenchState {
    public static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";
    private static final String OPEN = "open.";
    private static final String ACTIVE = "open.active";
    private static WorkbenchState instance;

    private final Path file;
    private final Properties props = new Properties();

    WorkbenchState(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                ILog.of(WorkbenchState.class).warn("Cannot read " + file + ": " + e.getMessage());
            }
        }
    }

    public static synchronized WorkbenchState get() {
        if (instance == null) {
            instance = new WorkbenchState(defaultFile());
        }
        return instance;
    }

    private static Path defaultFile() {
        Location loc = Platform.getInstanceLocation();
        if (loc != null && loc.isSet() && !loc.isReadOnly()) {
            try {
                return Path.of(loc.getURL().toURI()).resolve(".metadata").resolve("natsume-workbench.properties");
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to the home folder
            }
        }
        return Path.of(System.getProperty("user.home"), ".natsume", "workbench.properties");
    }

    public Path file() {
        return file;
    }

    /** Most recent first, at most {@link #MAX_RECENT}, only files that still exist. */
    public synchronized List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (String s : list(RECENT)) {
            Path p = Path.of(s);
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    public synchronized void addRecent(Path file) {
        String f = file.toAbsolutePath().normalize().toString();
        List<String> l = new ArrayList<>(list(RECENT));
        l.remove(f);
        l.add(0, f);
        setList(RECENT, l.subList(0, Math.min(MAX_RECENT, l.size())));
        save();
    }

    public synchronized void clearRecent() {
        setList(RECENT, List.of());
        save();
    }

    /** The editors' files at the last shutdown, in tab order, and which one was active (may be null). */
    public synchronized List<Path> openFiles() {
        return list(OPEN + "file.").stream().map(Path::of).toList();
    }

    public synchronized Path activeFile() {
        String a = props.getProperty(ACTIVE);
        return a == null ? null : Path.of(a);
    }

    public synchronized void setOpenFiles(List<Path> files, Path active) {
        setList(OPEN + "file.", files.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
        if (active == null) {
            props.remove(ACTIVE);
        } else {
            props.setProperty(ACTIVE, active.toAbsolutePath().normalize().toString());
        }
        save();
    }

    /** A setting remembered for one topology file (key e.g. "simulate.duration"); null when none is stored. */
    public synchronized String fileSetting(Path topology, String key) {
        return props.getProperty("file." + topology.toAbsolutePath().normalize() + "#" + key);
    }

    public synchronized void setFileSetting(Path topology, String key, String value) {
        props.setProperty("file." + topology.toAbsolutePath().normalize() + "#" + key, value);
    }

    /** A setting not tied to a file (e.g. the paper-testbed choices of the Simulate dialog). */
    public synchronized String setting(String key) {
        return props.getProperty("setting." + key);
    }

    public synchronized void setSetting(String key, String value) {
        props.setProperty("setting." + key, value);
    }

    private List<String> list(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; props.getProperty(prefix + i) != null; i++) {
            out.add(props.getProperty(prefix + i));
        }
        return out;
    }

    private void setList(String prefix, List<String> values) {
        props.keySet().removeIf(k -> k.toString().startsWith(prefix) && k.toString().substring(prefix.length()).matches("\\d+"));
        for (int i = 0; i < values.size(); i++) {
            props.setProperty(prefix + i, values.get(i));
        }
    }

    /** Writes the file (temp file + rename); a failure is logged, never shown: remembering is a convenience. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Natsume Workbench: recent files, open editors, dialog settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            ILog.of(WorkbenchState.class).warn("Cannot write " + file + ": " + e.getMessage());
        }
    }
}
