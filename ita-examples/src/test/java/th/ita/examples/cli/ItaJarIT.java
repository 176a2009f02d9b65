package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code target/ita.jar} in a new JVM, as a user does. Failsafe runs this after
 * {@code package}; when the jar is absent (an IDE run) the tests are skipped.
 */
class ItaJarIT {

    private static final Path JAR = Path.of("target", "ita.jar");

    private record Run(int code, String out, String err) {
    }

    @TempDir
    Path dir;

    private static Run java(String... args) throws IOException, InterruptedException {
        return java(List.of("-jar", JAR.toString()), args);
    }

    /** Runs java with its own options (a heap limit, another copy of the jar) and the tool's arguments. */
    private static Run java(List<String> javaOptions, String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "target/ita.jar is built by mvn package");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the jar finishes");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void samples() throws Exception {
        Run r = java("samples");
        assertEquals(0, r.code(), r.err());
        assertEquals(9, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("Assessments (ita analyze --sample NAME):\n  lampang-city-2563  Lampang City"), r.out());
        assertTrue(r.out().contains("\n  lampang-city-2566-2570  Lampang City Municipality anti-corruption action plan"),
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void planCheckLoadsTheBundledPlanFromTheThinJar() throws Exception {
        Run r = java("plan-check", "--plan-sample", "lampang-city-2566-2570", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"organisation\" : \"เทศบาลนครลำปาง\""), r.out());
    }

    @Test
    void analyzeLoadsTheRulesFromTheThinJar() throws Exception {
        Run r = java("analyze", "--sample", "lampang-city-2564", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"overall\" : 83.74"), r.out());
        assertTrue(r.out().contains("\"rating\" : \"B\""), r.out());
        assertTrue(r.out().contains("\"agency\" : \"เทศบาลนครลำปาง\""), "UTF-8 output: " + r.out());
    }

    /** Copies ita.jar and lib/ into the temporary directory, as a user installs them. */
    private Path install() throws IOException {
        return install(dir);
    }

    /**
     * Copies target/ita.jar and target/lib/ into a directory, as a user installs them.
     *
     * @return the copy of ita.jar
     */
    static Path install(Path into) throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "target/ita.jar is built by mvn package");
        Path lib = Files.createDirectories(into.resolve("lib"));
        try (Stream<Path> jars = Files.list(JAR.resolveSibling("lib"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        return Files.copy(JAR, into.resolve("ita.jar"));
    }

    @Test
    void aMissingLibDirectoryIsOneLineSayingWhatToDo() throws Exception {
        Path jar = install();
        deleteTree(dir.resolve("lib"));
        Run r = java(List.of("-jar", jar.toString()), "samples");
        assertEquals(1, r.code());
        assertEquals("ita: broken installation: the directory " + dir.resolve("lib") + " is missing; copy ita.jar "
                + "together with its lib/ directory, as mvn package makes them in ita-examples/target\n", r.err());
    }

    @Test
    void aMissingJarIsOneLineNamingIt() throws Exception {
        Path jar = install();
        Path picocli;
        try (Stream<Path> jars = Files.list(dir.resolve("lib"))) {
            picocli = jars.filter(p -> p.getFileName().toString().startsWith("picocli-")).findFirst().orElseThrow();
        }
        Files.delete(picocli);
        Run r = java(List.of("-jar", jar.toString()), "analyze", "--sample", "lampang-city-2564");
        assertEquals(1, r.code());
        assertEquals("ita: broken installation: " + picocli + " is missing; copy ita.jar together with its lib/ "
                + "directory, as mvn package makes them in ita-examples/target\n", r.err());
    }

    @Test
    void outOfMemoryIsOneLineSayingWhatToDo() throws Exception {
        // 8 MB of constraints, within the input limits, read into a 16 MB heap.
        String constraint = "\"" + "x".repeat(9_000) + "\"";
        Path big = Files.writeString(dir.resolve("big.json"), "{\"agency\": \"x\", \"fiscalYear\": 2565, \"overall\": 80, "
                + "\"constraints\": [" + String.join(",", java.util.Collections.nCopies(900, constraint)) + "]}");
        Run r = java(List.of("-Xmx16m", "-jar", JAR.toString()), "analyze", big.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("ita: out of memory (Java heap space); give Java more, as in ITA_JAVA_OPTS=-Xmx2g ita ... "
                + "or java -Xmx2g -jar ita.jar ..., or split the input into smaller files\n", r.err());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void badArgumentExitsWithTwo() throws Exception {
        Run r = java("analyze", "no-such-file.json");
        assertEquals(2, r.code());
        assertEquals("ita: no-such-file.json: no such file\n", r.err());
    }
}
