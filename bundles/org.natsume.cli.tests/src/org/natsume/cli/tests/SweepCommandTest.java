package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.cli.Args;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.commands.SparkSubmit;
import org.natsume.cli.commands.SweepCommand;
import org.natsume.cli.tests.CliTestSupport.Result;

/**
 * {@code sweep}: a bad spec exits 2 naming line and key before anything runs; {@code --engine spark} without
 * spark-submit exits 2 saying what is missing, and with one hands it the job jar and every jar of the job's lib
 * folder as {@code --jars} (a stand-in spark-submit records what it was given).
 */
class SweepCommandTest {
    static final String SPEC = """
            {"name": "cli",
             "topology": {"example": "paper-case3-passthrough-shared"},
             "axes": [{"set": "proposals", "values": ["stock", "P2"]}],
             "runs": 1, "duration": 0.01}
            """;

    @TempDir
    Path dir;

    @Test
    void aBadSpecExitsTwoNamingLineAndKey() throws Exception {
        Files.writeString(dir.resolve("bad.json"), SPEC.replace("\"P2\"", "\"P9\""));
        Result r = CliTestSupport.run(dir, "sweep", "bad.json", "-o", "out");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("bad.json:3: "), r.err());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
        Files.writeString(dir.resolve("ok.json"), SPEC);
        Result ok = CliTestSupport.run(dir, "sweep", "ok.json", "--check");
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("2 cells x 1 runs"), ok.out());
    }

    @Test
    void sparkEngineNeedsSparkSubmitAndGetsEveryLibraryJar() throws Exception {
        Path jar = Files.writeString(dir.resolve("natsume-spark-job.jar"), "job");
        Path lib = Files.createDirectories(dir.resolve("natsume-spark-job").resolve("lib"));
        Files.writeString(lib.resolve("org.natsume.model-0.1.0.jar"), "m");
        Files.writeString(lib.resolve("org.natsume.sim-0.1.0.jar"), "s");
        Path spec = Files.writeString(dir.resolve("ok.json"), SPEC);
        Path out = dir.resolve("out");
        SweepCommand sweep = new SweepCommand();
        Args args = Args.parse(List.of("ok.json", "-o", "out", "--engine", "spark", "--master", "local[2]",
                "--spark-jar", jar.toString()), sweep.flags(), sweep.valueOptions());

        Result none = capture(ctx -> SparkSubmit.run(ctx, args, spec, out, Map.of("PATH", dir.toString())));
        assertEquals(ExitCodes.USAGE, none.exitCode());
        assertTrue(none.err().contains("needs spark-submit (Apache Spark 4.x): put it on PATH or set SPARK_HOME"),
                none.err());

        Path bin = Files.createDirectories(dir.resolve("spark-home").resolve("bin"));
        Path got = dir.resolve("args.txt");
        Path submit = Files.writeString(bin.resolve("spark-submit"),
                "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '" + got + "'\n");
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        Result ran = capture(ctx -> SparkSubmit.run(ctx, args, spec, out,
                Map.of("SPARK_HOME", dir.resolve("spark-home").toString())));
        assertEquals(ExitCodes.OK, ran.exitCode(), ran.err());
        assertEquals(List.of("--class", "org.natsume.spark.SweepJob", "--master", "local[2]", "--jars",
                lib.resolve("org.natsume.model-0.1.0.jar") + "," + lib.resolve("org.natsume.sim-0.1.0.jar"),
                jar.toString(), spec.toString(), out.toString()), Files.readAllLines(got));

        Files.delete(lib.resolve("org.natsume.model-0.1.0.jar"));
        Files.delete(lib.resolve("org.natsume.sim-0.1.0.jar"));
        Result noLib = capture(ctx -> SparkSubmit.run(ctx, args, spec, out,
                Map.of("SPARK_HOME", dir.resolve("spark-home").toString())));
        assertEquals(ExitCodes.USAGE, noLib.exitCode());
        assertTrue(noLib.err().contains("the job jar's libraries are missing"), noLib.err());
    }

    private Result capture(CliTestSupport.Run call) throws Exception {
        return CliTestSupport.capture(dir, call);
    }
}
