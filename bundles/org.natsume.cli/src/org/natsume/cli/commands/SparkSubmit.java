package org.natsume.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.natsume.cli.Args;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;

/**
 * {@code sweep --engine spark}: hands the spec to {@code spark-submit} with the job built from {@code spark/}
 * (docs/sweeps.md): the job jar, and as {@code --jars} every jar of the {@code lib/} folder beside it — each Natsume
 * bundle jar whole, since code outside OSGi finds extensions through every {@code plugin.xml} on the class path. The
 * workbench does not carry Spark; a machine that runs Spark jobs has {@code spark-submit}, and spark-submit gives
 * the driver and the executors the {@code --add-opens} flags Spark needs on Java 17+.
 */
public final class SparkSubmit {
    public static final String JOB_CLASS = "org.natsume.spark.SweepJob";

    private SparkSubmit() {
    }

    /** {@code X/natsume-spark-job.jar} has its libraries in {@code X/natsume-spark-job/lib/} (spark/pom.xml). */
    public static Path libFolder(Path jar) {
        return jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "")).resolve("lib");
    }

    static int run(CommandContext ctx, Args args, Path spec, Path out) throws Exception {
        return run(ctx, args, spec, out, System.getenv());
    }

    /** @param env where {@code SPARK_HOME}, {@code PATH} and {@code NATSUME_SPARK_JAR} are read */
    public static int run(CommandContext ctx, Args args, Path spec, Path out, Map<String, String> env)
            throws Exception {
        String given = args.option("--spark-jar").orElse(env.get("NATSUME_SPARK_JAR"));
        Path jar = given == null ? null : ctx.resolve(given);
        if (jar == null || !Files.isRegularFile(jar)) {
            ctx.err().println("natsume sweep: --engine spark needs the job jar (built by ./mvnw verify as "
                    + "spark/target/natsume-spark-job.jar): give --spark-jar JAR or set NATSUME_SPARK_JAR"
                    + (jar == null ? "" : "; '" + jar + "' is not a file"));
            return ExitCodes.USAGE;
        }
        List<String> libs = libs(libFolder(jar));
        if (libs.isEmpty()) {
            ctx.err().println("natsume sweep: the job jar's libraries are missing: " + libFolder(jar)
                    + " holds no jar (./mvnw verify writes them there; copy that folder with the jar)");
            return ExitCodes.USAGE;
        }
        String submit = sparkSubmit(env);
        if (submit == null) {
            ctx.err().println("natsume sweep: --engine spark needs spark-submit (Apache Spark 4.x): put it on PATH "
                    + "or set SPARK_HOME; or run the job jar as docs/sweeps.md shows");
            return ExitCodes.USAGE;
        }
        List<String> cmd = new ArrayList<>(List.of(submit, "--class", JOB_CLASS));
        args.option("--master").ifPresent(m -> cmd.addAll(List.of("--master", m)));
        cmd.addAll(List.of("--jars", String.join(",", libs), jar.toString(), spec.toString(), out.toString()));
        args.option("--parquet").ifPresent(p -> cmd.addAll(List.of("--parquet", p)));
        ctx.out().println("running " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int rc = p.waitFor();
        return rc == 0 ? ExitCodes.OK : rc == 2 ? ExitCodes.USAGE : ExitCodes.FINDINGS;
    }

    private static List<String> libs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".jar")).map(Path::toString).sorted().toList();
        }
    }

    private static String sparkSubmit(Map<String, String> env) {
        String home = env.get("SPARK_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "spark-submit"))) {
            return Path.of(home, "bin", "spark-submit").toString();
        }
        String path = env.get("PATH");
        for (String d : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "spark-submit"))) {
                return Path.of(d, "spark-submit").toString();
            }
        }
        return null;
    }
}
