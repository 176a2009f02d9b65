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
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code target/ita.jar} in a new JVM, as a user does. Failsafe runs this after
 * {@code package}; when the jar is absent (an IDE run) the tests are skipped.
 */
class ItaJarIT {

    private static final Path JAR = Path.of("target", "ita.jar");

    private record Run(int code, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "target/ita.jar is built by mvn package");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
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

    @Test
    void badArgumentExitsWithTwo() throws Exception {
        Run r = java("analyze", "no-such-file.json");
        assertEquals(2, r.code());
        assertEquals("ita: no-such-file.json: no such file\n", r.err());
    }
}
