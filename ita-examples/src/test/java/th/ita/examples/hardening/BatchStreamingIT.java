package th.ita.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.examples.bench.AssessmentGenerator;

/**
 * {@code ita batch} streams its CSV: 50,000 agencies with every question and OIT item run in a
 * JVM limited to 64 MB of heap; held as assessments the rows would take about a gigabyte. Failsafe
 * runs this against the packaged {@code target/ita.jar}; without the jar (an IDE run) it is skipped.
 *
 * <p>Tagged {@code hardening}: only {@code mvn -Phardening} runs it.
 */
@Tag("hardening")
class BatchStreamingIT {

    private static final Path JAR = Path.of("target", "ita.jar");

    /** Rows in the file. */
    static final int ROWS = 50_000;

    /** Distinct generated agencies, repeated under new names to make up the rows. */
    private static final int DISTINCT = 1_000;

    @TempDir
    Path dir;

    @Test
    void fiftyThousandRowsRunIn64Megabytes() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "target/ita.jar is built by mvn package");
        Path csv = dir.resolve("national.csv");
        writeRows(csv);

        Path err = dir.resolve("stderr.txt");
        Path out = dir.resolve("stdout.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-jar", JAR.toString(), "batch", csv.toString(),
                "--lang", "en")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the batch finishes");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), stderr);
        assertEquals("", stderr);
        String summary = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(summary.contains("Agencies analysed: " + ROWS + "\n"), summary.lines().limit(20).toList()
                .toString());
    }

    /** Writes the header and ROWS rows: the generated agencies again and again, each time renamed. */
    private static void writeRows(Path csv) throws IOException {
        StringWriter generated = new StringWriter();
        AssessmentGenerator.writeCsv(generated, DISTINCT);
        List<String> lines = generated.toString().lines().toList();
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(lines.get(0));
            w.write('\n');
            for (int row = 0; row < ROWS; row++) {
                String line = lines.get(1 + row % DISTINCT);
                int comma = line.indexOf(',');
                w.write(line, 0, comma);
                w.write("-" + (row / DISTINCT + 1));
                w.write(line, comma, line.length() - comma);
                w.write('\n');
            }
        }
    }
}
