package org.natsume.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application behind {@code ./natsume <command>}. It never loads SWT or the workbench, so it runs
 * without a display; the launcher turns the returned Integer into the process exit code.
 */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> argv = raw == null ? List.of() : Arrays.asList(raw);
        Path cwd = Path.of(System.getProperty("natsume.cwd", System.getProperty("user.dir")));
        int code = new Dispatcher(new CommandRegistry())
                .dispatch(argv, new CommandContext(System.out, System.err, cwd));
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // commands run to completion on the start thread; nothing to interrupt
    }
}
