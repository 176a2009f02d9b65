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
import th.ita.model.actionplan.ActionPlans;
import th.ita.model.samples.Samples;

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
    void outThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
        String json = Samples.get("lopburi-2565").json();
        Path input = Files.writeString(dir.resolve("self.json"), json, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("analyze", input.toString(), "--out", input.toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: --out " + input + ": is the input file " + input + "; write the result to another file\n",
                r.err());
        assertEquals(json, Files.readString(input, StandardCharsets.UTF_8));
        assertEquals(List.of("self.json"), files());
    }

    @Test
    void outThatIsTheInputByAnotherPathOrASymbolicLinkIsRefused() throws IOException {
        String json = Samples.get("lopburi-2565").json();
        Path input = Files.writeString(dir.resolve("self.json"), json, StandardCharsets.UTF_8);
        Path dotted = dir.resolve(".").resolve("self.json");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);

        Cli.Result byPath = Cli.run("plan", input.toString(), "--out", dotted.toString());
        Cli.Result byLink = Cli.run("analyze", input.toString(), "--out", link.toString());
        Cli.Result linkedInput = Cli.run("plan", link.toString(), "--out", input.toString());

        assertEquals(2, byPath.code());
        assertEquals("ita: --out " + dotted + ": is the input file " + input + "; write the result to another file\n",
                byPath.err());
        assertEquals(2, byLink.code());
        assertEquals("ita: --out " + link + ": is the input file " + input + "; write the result to another file\n",
                byLink.err());
        assertEquals(2, linkedInput.code());
        assertEquals("ita: --out " + input + ": is the input file " + link + "; write the result to another file\n",
                linkedInput.err());
        assertEquals(json, Files.readString(input, StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
    }

    @Test
    void planCheckRefusesOutThatIsThePlanOrTheAssessment() throws IOException {
        Path plan;
        try (var in = ActionPlans.class.getResourceAsStream(ActionPlans.LAMPANG_CITY_2566_2570)) {
            plan = Files.write(dir.resolve("plan.json"), in.readAllBytes());
        }
        Path assessment = Files.writeString(dir.resolve("fy2566.json"),
                "{\"agency\": \"เทศบาลนครลำปาง\", \"fiscalYear\": 2566, \"overall\": 60}", StandardCharsets.UTF_8);
        long size = Files.size(plan);

        Cli.Result onPlan = Cli.run("plan-check", plan.toString(), "--out", plan.toString());
        Cli.Result onAssessment = Cli.run("plan-check", plan.toString(), "--analysis", assessment.toString(),
                "--out", assessment.toString());

        assertEquals(2, onPlan.code());
        assertEquals("ita: --out " + plan + ": is the input file " + plan + "; write the result to another file\n",
                onPlan.err());
        assertEquals(2, onAssessment.code());
        assertEquals("ita: --out " + assessment + ": is the input file " + assessment
                + "; write the result to another file\n", onAssessment.err());
        assertEquals(size, Files.size(plan));
        assertTrue(Files.readString(assessment).endsWith("\"overall\": 60}"));
    }

    @Test
    void batchRefusesAnOutputDirectoryThatHoldsItsInput() throws IOException {
        // The output of a run is replaced whole by the next: an input inside it would go with it.
        Path out = dir.resolve("out");
        String array = "[" + Samples.get("lampang-city-2564").json() + "]";
        Path first = Files.writeString(dir.resolve("one.json"), array, StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("batch", first.toString(), "--out", out.toString()).code());
        Path input = Files.writeString(out.resolve("again.json"), array, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("batch", input.toString(), "--out", out.toString(), "--format", "json");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: --out " + out + ": holds the input file " + input + ", and ita batch replaces the whole "
                + "directory; write the reports to another directory\n", r.err());
        assertEquals(array, Files.readString(input, StandardCharsets.UTF_8));
    }

    @Test
    void directoryAsOutIsBadArgument() throws IOException {
        Cli.Result r = Cli.run("analyze", "--sample", "lopburi-2565", "--out", dir.toString());
        assertEquals(2, r.code());
        assertEquals("ita: --out " + dir + ": is a directory; give the report's file name\n", r.err());
        assertEquals(List.of(), files());
    }
}
