package org.natsume.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;

/**
 * The committed EMF code is what the generator makes of the committed ecore: the generator runs on a copy of both
 * bundles (under target/) and every file of the copy must equal the committed one, with none added or missing.
 * Fails when someone edits the ecore without regenerating, or edits generated code by hand.
 */
class GeneratedCodeIsUpToDateTest {

    private static final List<String> BUNDLES = List.of(GenerateModel.MODEL_BUNDLE, GenerateModel.EDIT_BUNDLE);
    /** Build output of the bundles, not sources. */
    private static final Set<String> SKIPPED = Set.of("target", "bin");

    @Test
    void generatorOutputEqualsTheCommittedFiles() throws IOException {
        Path root = Path.of(System.getProperty("natsume.root", "../..")).toAbsolutePath().normalize();
        Path copy = Path.of("target", "codegen-check").toAbsolutePath();
        deleteTree(copy);
        for (String bundle : BUNDLES) {
            copyTree(root.resolve("bundles").resolve(bundle), copy.resolve("bundles").resolve(bundle));
        }

        assertTrue(GenerateModel.generate(copy, new BasicMonitor()), "the generator failed (see the output above)");

        List<String> differences = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Path committed = root.resolve("bundles").resolve(bundle);
            Path generated = copy.resolve("bundles").resolve(bundle);
            Set<String> all = new TreeSet<>(files(committed));
            all.addAll(files(generated));
            for (String file : all) {
                Path c = committed.resolve(file);
                Path g = generated.resolve(file);
                if (!Files.exists(g)) {
                    differences.add("bundles/" + bundle + "/" + file + ": committed, but the generator no longer makes it");
                } else if (!Files.exists(c)) {
                    differences.add("bundles/" + bundle + "/" + file + ": generated, but not committed");
                } else if (!Arrays.equals(Files.readAllBytes(c), Files.readAllBytes(g))) {
                    differences.add("bundles/" + bundle + "/" + file + ": differs from the generator's output");
                }
            }
        }
        assertEquals(List.of(), differences, "The EMF code is not what releng/org.natsume.codegen generates from "
                + "model/natsume.ecore. Change the ecore (or GenerateModel), never src-gen/, then run "
                + "'./mvnw -f releng/org.natsume.codegen/pom.xml compile exec:java' and commit the result (docs/model.md). "
                + "Generated copies are in " + copy);
    }

    private static Set<String> files(Path bundle) throws IOException {
        Set<String> result = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(bundle)) {
            paths.filter(Files::isRegularFile)
                    .filter(p -> !SKIPPED.contains(bundle.relativize(p).getName(0).toString()))
                    .forEach(p -> result.add(bundle.relativize(p).toString()));
        }
        return result;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (String file : files(from)) {
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(file), target);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
