package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.ItaValidationException;
import th.ita.model.internal.JsonInput;
import th.ita.model.samples.Samples;

/**
 * What a user meets with special files, limits and many problems (issue 15): one line naming the
 * path or field and what to do, the exit code, and nothing written.
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).start();
        assumeTrue(p.waitFor() == 0 && Files.exists(path), "mkfifo makes a FIFO");
    }

    @Test
    void outOntoAFifoIsRefusedAndTheFifoKept() throws Exception {
        Path fifo = dir.resolve("fifo");
        mkfifo(fifo);
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "json", "--out", fifo.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("ita: --out " + fifo + ": is a FIFO (named pipe); ita writes only regular files: "
                + "give the path of a regular file or a new one\n", r.err());
        assertFalse(Files.isRegularFile(fifo), "still a FIFO");
    }

    @Test
    void outThroughALinkToADeviceIsRefusedAndTheLinkKept() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        Path link = Files.createSymbolicLink(dir.resolve("null"), Path.of("/dev/null"));
        Cli.Result r = Cli.run("plan", "--sample", "lampang-city-2564", "--out", link.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("ita: --out " + link + ": is a character device (by a symbolic link); ita writes only regular "
                + "files: give the path of a regular file or a new one\n", r.err());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void outOntoASocketIsRefused() throws IOException {
        Path socket = dir.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Cli.Result r = Cli.run("plan-check", "--plan-sample", "lampang-city-2566-2570", "--out", socket.toString());
            assertEquals(2, r.code(), r.out());
            assertTrue(r.err().startsWith("ita: --out " + socket + ": is a socket; "), r.err());
        }
    }

    @Test
    void batchOutOntoAFifoIsRefused() throws Exception {
        Path fifo = dir.resolve("reports");
        mkfifo(fifo);
        Path csv = Files.writeString(dir.resolve("a.csv"), "agency,fiscalYear,overall\nx,2565,90\n");
        Cli.Result r = Cli.run("batch", csv.toString(), "--out", fifo.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("ita: --out " + fifo + ": is a FIFO (named pipe); give a directory\n", r.err());
        assertFalse(Files.isRegularFile(fifo));
    }

    @Test
    void aRefusedWriteSaysPermissionDeniedAndNamesTheDirectory() throws IOException {
        // A read-only directory does not stop root; /sys refuses new files to root too.
        Path locked = Files.createDirectory(dir.resolve("locked"));
        locked.toFile().setWritable(false, false);
        if (Files.isWritable(locked)) {
            locked = Path.of("/sys");
            assumeTrue(Files.isDirectory(locked), "a directory this user cannot write to");
        }
        Path out = locked.resolve("r.md");
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--out", out.toString());
        assertEquals(1, r.code(), r.out());
        assertEquals("ita: cannot write " + out + ": permission denied in " + locked
                + "; write to a directory you may write to, or ask for its permissions\n", r.err());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[JsonInput.MAX_BYTES + 1]);
        }
        Cli.Result r = Cli.run("analyze", big.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("ita: " + big + ": file too large, 8,388,609 bytes; an input file is at most 8,388,608 bytes "
                + "(8 MiB)\n", r.err());
    }

    @Test
    void aTextLongerThanTheLimitIsNamedByItsField() throws IOException {
        Path file = Files.writeString(dir.resolve("long.json"), "{\"agency\": \"x\", \"fiscalYear\": 2565, "
                + "\"overall\": 80, \"constraints\": [\"" + "ก".repeat(JsonInput.MAX_TEXT + 1) + "\"]}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("ita: " + file + ": constraints[0]: text too long: more than 1,000,000 characters\n", r.err());
    }

    @Test
    void aListLongerThanTheLimitIsOneProblem() throws IOException {
        String constraints = String.join(",", java.util.Collections.nCopies(JsonInput.MAX_ENTRIES + 1, "\"c\""));
        Path file = Files.writeString(dir.resolve("many.json"), "{\"agency\": \"x\", \"fiscalYear\": 2565, "
                + "\"overall\": 80, \"constraints\": [" + constraints + "]}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("ita: " + file + ": constraints: too many entries, 1,001; at most 1,000\n", r.err());
    }

    @Test
    void aBatchElementLargerThanTheLimitIsRefusedAsItIsRead() throws IOException {
        String constraint = "\"" + "x".repeat(10_000) + "\"";
        String big = "{\"agency\": \"x\", \"fiscalYear\": 2565, \"overall\": 80, \"constraints\": ["
                + String.join(",", java.util.Collections.nCopies(900, constraint)) + "]}";
        Path file = Files.writeString(dir.resolve("a.json"), "[" + Samples.get("lopburi-2565").json() + ", " + big + "]",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("ita: " + file + ": [1]: assessment too large: more than 8,388,608 bytes (8 MiB); split it, "
                + "or shorten its texts and lists\n", r.err());
    }

    /** Before: commons-csv gathered the whole record (here an unclosed quote that runs to the end) in memory. */
    @Test
    void aCsvRecordLongerThanTheLimitIsRefusedAsItIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "agency,fiscalYear,overall\n"
                + "เทศบาลตำบลหนึ่ง,2565,80\n\"" + "x".repeat(JsonInput.MAX_BYTES + 1) + ",2565,80\n",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("ita: " + file + ": record 3 (the header is record 1) is longer than 8,388,608 characters; "
                + "is a quote left open?\n", r.err());
    }

    @Test
    void manyProblemsGetASummaryLineAndTheFullListAfter() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"agency\": \"x\", \"fiscalYear\": 2564, "
                + "\"indicators\": {\"1\": 200, \"2\": 300, \"3\": 400, \"4\": -1}}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code(), r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(List.of(
                "ita: " + file + ": 4 problems, listed below; the first: indicators.1: score out of range, was 200; "
                        + "valid 0.00 - 100.00",
                "  indicators.1: score out of range, was 200; valid 0.00 - 100.00",
                "  indicators.2: score out of range, was 300; valid 0.00 - 100.00",
                "  indicators.3: score out of range, was 400; valid 0.00 - 100.00",
                "  indicators.4: score out of range, was -1; valid 0.00 - 100.00"), lines);
    }

    @Test
    void manyBadRowsListTheFirstHundredAndCountTheRest() throws IOException {
        StringBuilder csv = new StringBuilder("agency,fiscalYear,overall\n");
        for (int i = 0; i < 150; i++) {
            csv.append("a").append(i).append(",2565,101\n");
        }
        Path file = Files.writeString(dir.resolve("bad.csv"), csv);
        Cli.Result r = Cli.run("batch", file.toString());
        assertEquals(2, r.code(), r.out());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("ita: " + file + ": 150 problems, listed below; the first: line 2: "),
                lines.get(0));
        assertEquals(1 + ItaValidationException.LISTED + 1, lines.size());
        assertEquals("  ... and 50 more", lines.get(lines.size() - 1));
    }

    @Test
    void aBadYearUnderPreviousIsNamedPrevious() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"agency\": \"x\", \"fiscalYear\": 2566, "
                + "\"overall\": 80, \"previous\": {\"fiscalYear\": 2567, \"overall\": 70}}");
        Cli.Result r = Cli.run("analyze", file.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("ita: " + file + ": previous.fiscalYear: an earlier year must come before FY2566\n", r.err());
    }

    @Test
    void aJsonBatchReportsEveryBadElementByIndex() throws IOException {
        String good = Samples.get("lopburi-2565").json();
        Path file = Files.writeString(dir.resolve("a.json"), "[" + good + ", {\"agency\": \"x\", \"fiscalYear\": 2565, "
                + "\"overall\": 101}, " + good + ", {\"agency\": \"y\"}]", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("batch", file.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().startsWith("ita: " + file + ": 2 problems: [1].overall: score out of range, was 101"),
                r.err());
        assertTrue(r.err().contains("; [3].fiscalYear: missing"), r.err());
        assertFalse(Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("a.json"), left.map(p -> p.getFileName().toString()).toList());
        }
    }
}
