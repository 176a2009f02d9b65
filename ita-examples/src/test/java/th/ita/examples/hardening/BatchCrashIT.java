package th.ita.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.examples.bench.AssessmentGenerator;

/**
 * {@code kill -9} during {@code ita batch --out}: whenever the process dies, the output directory
 * holds the whole old output or the whole new one, file for file and byte for byte; and the next run
 * deletes what the killed runs left beside it. Each round runs the batch in the other language, so
 * old and new differ in every file, and kills it at a random moment, half of them late in the run,
 * where the reports are published.
 *
 * <p>Tagged {@code crash}, which the default build leaves out: it kills {@value #KILLS} real
 * processes and takes a few minutes. {@code mvn -Phardening} runs it. Failsafe runs it against
 * the packaged {@code target/ita.jar}; without the jar (an IDE run) it is skipped.
 */
@Tag("hardening")
@Tag("crash")
class BatchCrashIT {

    private static final Path JAR = Path.of("target", "ita.jar");

    /** Processes killed. */
    static final int KILLS = 16;

    /** Agencies in the input: enough that a run takes a few seconds. */
    private static final int AGENCIES = 600;

    @TempDir
    Path dir;

    @Test
    void aKilledBatchLeavesTheOldOutputOrTheNewOneWhole() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "target/ita.jar is built by mvn package");
        Path csv = dir.resolve("agencies.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            AssessmentGenerator.writeCsv(w, AGENCIES);
        }
        Path out = dir.resolve("work").resolve("reports");
        Map<String, Map<String, String>> expected = new TreeMap<>();
        long slowest = 0;
        for (String lang : List.of("en", "th")) {
            long start = System.nanoTime();
            Process p = batch(csv, dir.resolve("expected-" + lang), lang);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "a whole batch finishes");
            assertEquals(0, p.exitValue());
            slowest = Math.max(slowest, System.nanoTime() - start);
            expected.put(lang, contents(dir.resolve("expected-" + lang)));
        }
        assertTrue(!expected.get("en").equals(expected.get("th")), "the two outputs differ");

        Process first = batch(csv, out, "en");
        assertTrue(first.waitFor(5, TimeUnit.MINUTES));
        String current = "en";
        Random random = new Random(15);
        List<String> seen = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            String other = current.equals("en") ? "th" : "en";
            // Half the kills anywhere in the run, half in its last fifth, where it publishes.
            double at = kill % 2 == 0 ? random.nextDouble() : 0.8 + 0.3 * random.nextDouble();
            Process p = batch(csv, out, other);
            boolean ended = p.waitFor((long) (at * slowest), TimeUnit.NANOSECONDS);
            if (!ended) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
            }
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            Map<String, String> now = contents(out);
            if (now.equals(expected.get(other))) {
                current = other;
            } else {
                assertEquals(expected.get(current), now, "after kill " + kill + " at " + at
                        + " of a run: neither the old output nor the new one");
            }
            seen.add(current);
        }

        Process last = batch(csv, out, "en");
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue());
        assertEquals(expected.get("en"), contents(out));
        try (Stream<Path> beside = Files.list(out.getParent())) {
            List<String> names = beside.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), "the link and its directory; stale runs deleted: " + names);
        }
        System.out.println("BatchCrashIT: " + KILLS + " kills, states after each: " + seen);
    }

    private Process batch(Path csv, Path out, String lang) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "batch", csv.toString(), "--out", out.toString(), "--lang", lang)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** The files of a directory (following the link) by name, each as its SHA-256; empty when it is missing. */
    private static Map<String, String> contents(Path directory) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(directory)) {
            return files;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> list = Files.list(directory)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
