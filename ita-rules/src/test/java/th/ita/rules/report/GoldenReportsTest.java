package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;

/**
 * The Markdown, HTML and JSON reports of every bundled sample, in Thai and English, are exactly the
 * files under {@code src/test/resources/golden/} ({@code SAMPLE.th.md}, {@code SAMPLE.en.html}, ...).
 *
 * <p>When a report changes on purpose, write the files again and review them with {@code git diff}:
 * <pre>mvn -B -q -pl ita-rules -am test -Dtest=GoldenReportsTest -Dgolden.update=true</pre>
 *
 * <p>A report that differs fails naming its first differing line; the whole output is written to
 * {@code target/golden-actual/} to compare with the golden file.
 */
class GoldenReportsTest {

    /** The command that writes the golden files again, printed by every failure. */
    static final String UPDATE_COMMAND =
            "mvn -B -q -pl ita-rules -am test -Dtest=GoldenReportsTest -Dgolden.update=true";

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    /** Paths in messages are relative to the project's root, where Maven runs. */
    private static final Path ROOT = MODULE.getParent();
    private static final Path GOLDEN = MODULE.resolve("src/test/resources/golden");
    private static final Path ACTUAL = MODULE.resolve("target/golden-actual");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final Map<String, Analysis> ANALYSES = new ConcurrentHashMap<>();

    private static Analysis analysis(String sample) {
        return ANALYSES.computeIfAbsent(sample, s -> ENGINE.analyze(Samples.load(s)));
    }

    /** Every sample, format and language, named as its golden file. */
    static Stream<Arguments> reports() {
        List<Arguments> reports = new ArrayList<>();
        for (Samples.Sample sample : Samples.list()) {
            // The text formats: DOCX is binary, and DocxReportTest reads its structure back instead.
            for (ReportFormat format : List.of(ReportFormat.values()).stream().filter(f -> !f.isBinary()).toList()) {
                for (boolean thai : List.of(true, false)) {
                    reports.add(Arguments.of(fileName(sample.name(), format, thai), sample.name(), format, thai));
                }
            }
        }
        return reports.stream();
    }

    private static String fileName(String sample, ReportFormat format, boolean thai) {
        return sample + (thai ? ".th." : ".en.") + format.extension();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theReportIsItsGoldenFile(String file, String sample, ReportFormat format, boolean thai) throws IOException {
        String actual = Reports.render(analysis(sample), format, ReportOptions.defaults().withThai(thai));
        Path golden = GOLDEN.resolve(file);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        if (!Files.isRegularFile(golden)) {
            fail("no golden file " + ROOT.relativize(golden) + "; write it with: " + UPDATE_COMMAND);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path written = ACTUAL.resolve(file);
            Files.createDirectories(ACTUAL);
            Files.writeString(written, actual, StandardCharsets.UTF_8);
            fail(difference(file, expected, actual, ROOT.relativize(golden), ROOT.relativize(written)));
        }
    }

    /** No golden file is left over from a sample, format or language that no longer exists. */
    @Test
    void everyGoldenFileIsAReportOfABundledSample() throws IOException {
        Set<String> wanted = reports().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present = new TreeSet<>();
        if (Files.isDirectory(GOLDEN)) {
            try (Stream<Path> files = Files.list(GOLDEN)) {
                files.forEach(f -> present.add(f.getFileName().toString()));
            }
        }
        present.removeAll(wanted);
        if (UPDATE) {
            present.forEach(f -> delete(GOLDEN.resolve(f)));
            present.clear();
        }
        assertEquals(Set.of(), present, "golden files of no report; remove them with: " + UPDATE_COMMAND);
        assertTrue(wanted.size() >= 30, "5 samples x 3 formats x 2 languages at least, was " + wanted.size());
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first differing line of the two texts, both versions of it, and what to do next. */
    static String difference(String file, String expected, String actual, Path golden, Path written) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int line = 0;
        while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
            line++;
        }
        String expectedLine = line < e.size() ? e.get(line) : "(end of file)";
        String actualLine = line < a.size() ? a.get(line) : "(end of file)";
        if (line == e.size() && line == a.size()) {
            expectedLine = "(the same lines; the line endings or the final newline differ)";
            actualLine = expectedLine;
        }
        return file + " differs from its golden file at line " + (line + 1) + " (" + e.size() + " lines expected, "
                + a.size() + " rendered)\n"
                + "  expected: " + expectedLine + "\n"
                + "  actual:   " + actualLine + "\n"
                + "Compare: git diff --no-index " + golden + " " + written + "\n"
                + "If the change is intended, write the golden files again and review them with git diff: "
                + UPDATE_COMMAND;
    }

    /** The failure message names the first differing line and the update command. */
    @Test
    void aDifferenceNamesItsFirstLineAndTheUpdateCommand() {
        String message = difference("x.th.md", "a\nb\nc\n", "a\nB\nc\n", Path.of("g/x.th.md"), Path.of("t/x.th.md"));
        assertTrue(message.startsWith("x.th.md differs from its golden file at line 2 (3 lines expected, 3 rendered)\n"
                + "  expected: b\n  actual:   B\n"), message);
        assertTrue(message.contains("git diff --no-index g/x.th.md t/x.th.md"), message);
        assertTrue(message.endsWith(UPDATE_COMMAND), message);
        String shorter = difference("x.en.json", "a\nb\n", "a\n", Path.of("g"), Path.of("t"));
        assertTrue(shorter.contains("at line 2 (2 lines expected, 1 rendered)\n  expected: b\n  actual:   (end of file)"),
                shorter);
    }
}
