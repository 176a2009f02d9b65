package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script {@code target/ita} that {@code mvn package} writes beside {@code ita.jar},
 * with the JDK that runs the tests (the one that made {@code target/ita.jsa}): it runs the tool, it
 * uses the class-data-sharing archive, and a missing, empty or damaged archive only runs without it.
 * Skipped on Windows ({@code ita.cmd} is not run here) and when the script is absent (an IDE run).
 */
class LauncherScriptIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path SCRIPT = TARGET.resolve("ita");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private record Run(int code, String out, String err) {
    }

    @TempDir
    Path dir;

    /** Runs the script with the test JDK, no ITA_JAVA_OPTS and a cache (JDK 19+) in the temporary directory. */
    private Run run(Path script, Map<String, String> env, String... args) throws IOException, InterruptedException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the POSIX script; ita.cmd is for Windows");
        assumeTrue(Files.isRegularFile(script), "target/ita is written by mvn package");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("sh", script.toString()), Stream.of(args)).toList());
        builder.environment().remove("ITA_JAVA_OPTS");
        builder.environment().put("ITA_JAVA", JAVA);
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the script finishes");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static int feature() {
        return Runtime.version().feature();
    }

    @Test
    void theBuildMakesAnExecutableScriptForEachSystemAndTheArchive() {
        assumeTrue(Files.isRegularFile(SCRIPT), "target/ita is written by mvn package");
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "file modes");
        assertTrue(Files.isExecutable(SCRIPT), "target/ita is executable");
        assertTrue(Files.isRegularFile(TARGET.resolve("ita.cmd")), "target/ita.cmd");
        assertTrue(Files.isRegularFile(TARGET.resolve("ita.jsa")), "target/ita.jsa, made by the training run");
    }

    @Test
    void versionRunsTheTool() throws Exception {
        Run r = run(SCRIPT, Map.of(), "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ita "), r.out());
        assertTrue(r.out().contains("Java " + System.getProperty("java.version")), "runs ITA_JAVA: " + r.out());
        assertEquals("", r.err());
    }

    @Test
    void analyzeWritesTheReportAndNothingElse() throws Exception {
        Run r = run(SCRIPT, Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                "analyze", "--sample", "lampang-city-2564", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{"), "only the report on standard output, no JVM warning: " + r.out());
        assertTrue(r.out().contains("\"overall\" : 83.74"), r.out());
        assertTrue(r.out().contains("\"agency\" : \"เทศบาลนครลำปาง\""), "UTF-8 output: " + r.out());
        assertEquals("", r.err());
    }

    @Test
    void theToolsClassesComeFromTheArchive() throws Exception {
        Path log = dir.resolve("classes.log");
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("ITA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log,
                "XDG_CACHE_HOME", cache.toString());
        if (feature() >= 19) {
            // --version writes no archive; the first analyze writes one for this JDK into the
            // cache, and the next run loads from it.
            Map<String, String> cached = Map.of("XDG_CACHE_HOME", cache.toString());
            assertEquals(0, run(SCRIPT, cached, "--version").code());
            assertEquals(0, archives(cache), "no archive from --version");
            assertEquals(0, run(SCRIPT, cached, "analyze", "--sample", "chiangmai-2566", "--out",
                    dir.resolve("r.md").toString()).code());
            assertEquals(1, archives(cache), "one archive in " + cache);
        }
        Run r = run(SCRIPT, env, "samples");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(l -> l.contains(" th.ita.examples.cli.ItaCli source: shared objects file (top)")),
                "ItaCli from the dynamic archive: " + lines.stream().filter(l -> l.contains("ItaCli")).toList());
    }

    private static long archives(Path cache) throws IOException {
        if (!Files.isDirectory(cache.resolve("ita"))) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache.resolve("ita"))) {
            return files.filter(p -> p.toString().endsWith(".jsa")).count();
        }
    }

    /** Copies the script, ita.jar and lib/ into the temporary directory, as a user installs them. */
    private Path install() throws IOException {
        assumeTrue(Files.isRegularFile(SCRIPT), "target/ita is written by mvn package");
        ItaJarIT.install(dir);
        return Files.copy(SCRIPT, dir.resolve("ita"));
    }

    private void runsWithout(Path script) throws Exception {
        Run version = run(script, Map.of(), "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("ita "), version.out());
        Run r = run(script, Map.of(), "analyze", "--sample", "chiangmai-2566", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# "), "the Markdown report alone: " + r.out());
        assertTrue(r.out().contains("**Overall score:** 92.19"), "the overall: " + r.out());
        assertEquals("", r.err());
    }

    @Test
    void runsWithoutTheArchive() throws Exception {
        Path script = install();
        assertFalse(Files.exists(dir.resolve("ita.jsa")));
        runsWithout(script);
    }

    @Test
    void runsWithADamagedArchive() throws Exception {
        Path script = install();
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(18).nextBytes(garbage);
        Files.write(dir.resolve("ita.jsa"), garbage);
        runsWithout(script);
    }

    @Test
    void runsWithAnEmptyArchive() throws Exception {
        Path script = install();
        Files.createFile(dir.resolve("ita.jsa"));
        runsWithout(script);
    }

    @Test
    void runsWithTheBuildsArchiveAwayFromTheBuild() throws Exception {
        // JDK 17 checks the jars' paths recorded in the archive: moved, they do not match, and the
        // JVM runs without it, silently.
        Path script = install();
        Files.copy(TARGET.resolve("ita.jsa"), dir.resolve("ita.jsa"));
        runsWithout(script);
    }
}
