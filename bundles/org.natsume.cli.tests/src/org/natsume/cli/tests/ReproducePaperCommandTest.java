package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.commands.ReproducePaperCommand;
import org.natsume.cli.tests.CliTestSupport.Result;

/** reproduce-paper runs the shipped models only: there is no hand-built testbed behind a flag (issue 11 item 6). */
class ReproducePaperCommandTest {
    private static final Path CWD = Path.of(".").toAbsolutePath();

    @Test
    void thereIsNoHandBuiltPath() {
        ReproducePaperCommand c = new ReproducePaperCommand();
        assertFalse(c.flags().contains("--hand-built"));
        assertFalse(c.synopsis().contains("hand-built"));
        Result r = CliTestSupport.run(CWD, "reproduce-paper", "--hand-built");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown option --hand-built"), r.err());
    }

    @Test
    void sensitivityIsAFlagAndRefusesJson() {
        assertTrue(new ReproducePaperCommand().flags().contains("--sensitivity"));
        Result r = CliTestSupport.run(CWD, "reproduce-paper", "--sensitivity", "--json", "x.json");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("does not go with --sensitivity"), r.err());
    }
}
