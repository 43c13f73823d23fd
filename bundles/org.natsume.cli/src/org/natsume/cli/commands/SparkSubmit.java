package org.natsume.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.natsume.cli.Args;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;

/**
 * {@code sweep --engine spark}: hands the spec to {@code spark-submit} with the job jar built from {@code spark/}
 * (docs/sweeps.md). The workbench does not carry Spark; a machine that runs Spark jobs has {@code spark-submit}.
 */
final class SparkSubmit {
    static final String JOB_CLASS = "org.natsume.spark.SweepJob";

    private SparkSubmit() {
    }

    static int run(CommandContext ctx, Args args, Path spec, Path out) throws Exception {
        String jar = args.option("--spark-jar").orElse(System.getenv("NATSUME_SPARK_JAR"));
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            ctx.err().println("natsume sweep: --engine spark needs the job jar (built by ./mvnw verify as "
                    + "spark/target/natsume-spark-job.jar): give --spark-jar JAR or set NATSUME_SPARK_JAR"
                    + (jar == null ? "" : "; '" + jar + "' is not a file"));
            return ExitCodes.USAGE;
        }
        String submit = sparkSubmit();
        if (submit == null) {
            ctx.err().println("natsume sweep: --engine spark needs spark-submit (Apache Spark 4.x): put it on PATH "
                    + "or set SPARK_HOME; or run the job jar as docs/sweeps.md shows");
            return ExitCodes.USAGE;
        }
        List<String> cmd = new ArrayList<>(List.of(submit, "--class", JOB_CLASS,
                "--master", args.option("--master").orElse("local[*]"), jar, spec.toString(), out.toString()));
        ctx.out().println("running " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int rc = p.waitFor();
        return rc == 0 ? ExitCodes.OK : rc == 2 ? ExitCodes.USAGE : ExitCodes.FINDINGS;
    }

    private static String sparkSubmit() {
        String home = System.getenv("SPARK_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "spark-submit"))) {
            return Path.of(home, "bin", "spark-submit").toString();
        }
        String path = System.getenv("PATH");
        for (String d : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "spark-submit"))) {
                return Path.of(d, "spark-submit").toString();
            }
        }
        return null;
    }
}
