package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} writes whole files or nothing. */
class OutFileTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeReport() throws IOException {
        Path out = dir.resolve("report.html");
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "html", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + "\n", r.out());
        assertEquals("", r.err());
        assertEquals(Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "html").out(),
                Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of("report.html"), files(), "no temporary file is left");
    }

    @Test
    void createsMissingDirectories() {
        Path out = dir.resolve("reports/2564/lampang.md");
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void badInputWritesNothing() throws IOException {
        Path input = Files.writeString(dir.resolve("bad.json"), "{\"agency\": \"x\", \"fiscalYear\": 2564, "
                + "\"indicators\": {\"3\": 120}}");
        Path out = dir.resolve("report.md");
        Cli.Result r = Cli.run("analyze", input.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(out));
        assertEquals(List.of("bad.json"), files(), "no temporary file is left");
    }

    @Test
    void failureKeepsAnEarlierReport() throws IOException {
        Path out = Files.writeString(dir.resolve("report.md"), "last year's report\n");
        Cli.Result r = Cli.run("analyze", dir.resolve("missing.json").toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("last year's report\n", Files.readString(out));
        assertEquals(List.of("report.md"), files());
    }

    @Test
    void unwritablePlaceFailsWithOneLine() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a directory\n");
        Path out = blocker.resolve("report.md");
        Cli.Result r = Cli.run("analyze", "--sample", "lopburi-2565", "--out", out.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("ita: cannot write " + out + ": "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(List.of("blocker"), files());
    }

    @Test
    void directoryAsOutIsBadArgument() throws IOException {
        Cli.Result r = Cli.run("analyze", "--sample", "lopburi-2565", "--out", dir.toString());
        assertEquals(2, r.code());
        assertEquals("ita: --out " + dir + ": is a directory; give the report's file name\n", r.err());
        assertEquals(List.of(), files());
    }
}
