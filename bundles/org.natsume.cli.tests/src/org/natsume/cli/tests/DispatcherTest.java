package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandRegistry;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.cli.tests.CliTestSupport.Result;

class DispatcherTest {
    private static final Path CWD = Path.of(".");

    @ParameterizedTest
    @ValueSource(strings = { "--version", "-V", "version" })
    void versionPrintsTheProductVersion(String spelling) {
        Result r = CliTestSupport.run(CWD, spelling);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Natsume Workbench "), r.out());
        assertTrue(r.out().contains("Java " + Runtime.version().feature()), r.out());
    }

    @Test
    void versionRunsWithoutLoadingSwt() {
        CliTestSupport.run(CWD, "--version");
        // the CLI bundle is headless: it must not even see SWT's classes
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.eclipse.swt.widgets.Display", false, Command.class.getClassLoader()));
    }

    @Test
    void helpListsEveryRegisteredCommandAndTheExitCodes() {
        Result r = CliTestSupport.run(CWD, "help");
        assertEquals(ExitCodes.OK, r.exitCode());
        for (Command c : new CommandRegistry().all()) {
            assertTrue(r.out().contains(c.synopsis()), "help lacks " + c.name());
        }
        assertTrue(r.out().contains("exit codes: 0 ok"), r.out());
    }

    @Test
    void noArgumentsShowsHelp() {
        Result r = CliTestSupport.run(CWD);
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().contains("commands:"));
    }

    @Test
    void helpForOneCommandShowsItsUsage() {
        Result r = CliTestSupport.run(CWD, "help", "version");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().startsWith("usage: ./natsume --version"), r.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Result r = CliTestSupport.run(CWD, "frobnicate");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void unknownOptionIsAUsageErrorNamingTheOption() {
        Result r = CliTestSupport.run(CWD, "help", "--bogus");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown option --bogus"), r.err());
        assertTrue(r.err().contains("usage: ./natsume help"), r.err());
    }

    @Test
    void argsParseFlagsValuesAndPositionals() throws UsageException {
        Args a = Args.parse(List.of("in.natsume", "--json", "-o", "out", "--runs=5", "--", "-literal"),
                Set.of("--json"), Set.of("-o", "--runs"));
        assertTrue(a.flag("--json"));
        assertEquals("out", a.require("-o"));
        assertEquals(5, a.intOption("--runs", 1));
        assertEquals(7L, a.longOption("--seed", 7L));
        assertEquals(List.of("in.natsume", "-literal"), a.positional());
        assertFalse(a.option("--missing").isPresent());
    }

    @Test
    void argsRejectBadValues() {
        assertThrows(UsageException.class, () -> Args.parse(List.of("-o"), Set.of(), Set.of("-o")));
        assertThrows(UsageException.class, () -> Args.parse(List.of("--json=1"), Set.of("--json"), Set.of()));
        assertThrows(UsageException.class, () -> Args.parse(List.of("-o", "a", "-o", "b"), Set.of(), Set.of("-o")));
        UsageException e = assertThrows(UsageException.class,
                () -> Args.parse(List.of("--runs", "many"), Set.of(), Set.of("--runs")).intOption("--runs", 1));
        assertTrue(e.getMessage().contains("'many'"), e.getMessage());
        assertThrows(UsageException.class,
                () -> Args.parse(List.of("--d", "NaN"), Set.of(), Set.of("--d")).doubleOption("--d", 1));
        assertThrows(UsageException.class, () -> Args.parse(List.of(), Set.of(), Set.of()).require("-o"));
    }

    @Test
    void commandNamesAreUnique() {
        List<Command> all = new CommandRegistry().all();
        assertEquals(all.size(), all.stream().map(Command::name).distinct().count());
    }
}
