package th.ita.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import th.ita.examples.bench.AssessmentGenerator;

/**
 * The training run of the class-data-sharing archive {@code ita.jsa} that the {@code ita} launcher
 * script uses: the build runs it once, in {@code package}, as
 * {@code java -XX:ArchiveClassesAtExit=target/ita.jsa -cp target/ita.jar th.ita.examples.cli.CdsTraining},
 * and the JVM writes every class it loaded into the archive at exit.
 *
 * <p>It runs the commands a user runs most, in one JVM, so that the archive holds what each of them
 * loads: {@code analyze} in each format and language, {@code plan}, {@code plan-check},
 * {@code batch} of a few generated agencies with {@code --out}, {@code samples} and {@code --version}.
 * Not {@code rules check}: OpenJDK 17.0.15 crashes while it writes the archive of a run that
 * compiled DRL (in {@code SystemDictionaryShared::adjust_lambda_proxy_class_dictionary}), and the
 * archive helps the short commands, not a check that takes seconds. Every output goes into a new temporary directory, deleted at the
 * end; standard output is discarded, so the build stays quiet. A command that fails makes the run fail, naming it (and the build with it).
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /**
     * Runs the training commands.
     *
     * @param args none
     * @throws IOException when the inputs cannot be written into the temporary directory
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("ita-cds-training");
        try {
            train(dir);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void train(Path dir) throws IOException {
        Path csv = dir.resolve("agencies.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            AssessmentGenerator.writeCsv(out, 20);
        }
        String out = dir.toString();
        List<List<String>> commands = List.of(
                List.of("--version"),
                List.of("samples"),
                List.of("analyze", "--sample", "chiangmai-2566", "--out", out + "/a.md"),
                List.of("analyze", "--sample", "lampang-city-2564", "--lang", "en", "--format", "html",
                        "--out", out + "/a.html"),
                List.of("analyze", "--sample", "chiangmai-2566", "--format", "json", "--thai-digits", "--out", out + "/a.json"),
                List.of("plan", "--sample", "lampang-city-2564", "--target", "85", "--out", out + "/p.md"),
                List.of("plan", "--sample", "chiangmai-2566", "--format", "json", "--out", out + "/p.json"),
                List.of("plan-check", "--plan-sample", "lampang-city-2566-2570", "--out", out + "/pc.md"),
                List.of("batch", csv.toString(), "--out", out + "/reports"));
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        try {
            for (List<String> command : commands) {
                int code = ItaCli.run(command.toArray(String[]::new));
                if (code != 0) {
                    throw new IllegalStateException("ita CDS training: 'ita " + String.join(" ", command)
                            + "' exited with " + code);
                }
            }
        } finally {
            System.setOut(stdout);
        }
    }
}
