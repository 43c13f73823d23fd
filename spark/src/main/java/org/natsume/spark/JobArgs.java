package org.natsume.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code SPEC OUT [--master URL] [--parquet URI]}, the arguments of {@code ./natsume sweep} that a job uses. */
record JobArgs(Path spec, Path out, String master, String parquet) {

    static final String USAGE = "usage: SweepJob SPEC.json OUT [--master URL] [--parquet URI]  (docs/sweeps.md)";

    /** @throws IllegalArgumentException saying what is wrong with the arguments */
    static JobArgs parse(String... args) {
        List<String> pos = new ArrayList<>();
        String master = null;
        String parquet = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--master") || a.equals("--parquet")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                if (a.equals("--master")) {
                    master = args[++i];
                } else {
                    parquet = args[++i];
                }
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + a);
            } else {
                pos.add(a);
            }
        }
        if (pos.size() != 2) {
            throw new IllegalArgumentException("expected SPEC and OUT, got " + pos.size() + " arguments");
        }
        Path out = Path.of(pos.get(1)).toAbsolutePath();
        return new JobArgs(Path.of(pos.get(0)), out, master,
                parquet != null ? parquet : out.resolve("rows.parquet").toUri().toString());
    }
}
