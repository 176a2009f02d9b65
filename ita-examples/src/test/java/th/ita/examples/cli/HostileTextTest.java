package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.ita.examples.ReportStructure;
import th.ita.model.actionplan.ActionPlans;
import th.ita.model.samples.Samples;
import th.ita.rules.report.Escaping;

/**
 * The cases of issue 15: text from input that tried to forge a report's structure. Each is put
 * in every text field a user controls (agency name, OIT reason, constraint, the units of every
 * role; for plan-check the organisation, the title, risks and control measures) and run through
 * the command line. The report must have the structure of the same report on plain text, and
 * show the hostile text whole, as text.
 */
class HostileTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Stands where the hostile text stands, in the report it is compared with. */
    private static final String PLAIN = "ข้อความธรรมดา";

    private static final List<String> ROLES = List.of("FINANCE", "PROCUREMENT", "HR", "STRATEGY_PLANNING",
            "PUBLIC_RELATIONS", "IT", "CLERK_OFFICE", "LEGAL", "EVERY_UNIT");

    @TempDir
    Path dir;

    static Stream<String> hostileTexts() {
        return Stream.of(
                "เทศบาลนครลำปาง\n# Injected H1",
                "a | b | c",
                "## Fake section",
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "ปลอม\u202Eชื่อ");
    }

    static Stream<Arguments> analyses() {
        return hostileTexts().flatMap(text -> Stream.of("en", "th").flatMap(lang -> Stream.of("md", "html")
                .map(format -> Arguments.of(text, lang, format))));
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @MethodSource("analyses")
    void analyzeShowsHostileTextAsText(String hostile, String lang, String format) throws IOException {
        String report = analyze(hostile, lang, format);
        String plain = analyze(PLAIN, lang, format);
        String shown = Escaping.neutralised(hostile).strip();
        if (format.equals("md")) {
            assertAll(
                    () -> assertEquals(ReportStructure.markdown(plain), ReportStructure.markdown(report), report),
                    () -> assertTrue(ReportStructure.markdownText(report).contains(" " + shown + " ("),
                            "the agency's name whole"),
                    () -> assertTrue(ReportStructure.markdownText(report).contains("\n" + shown + "\n"),
                            "the OIT reason whole in its cell"),
                    () -> assertNoBidiControls(report));
        } else {
            assertAll(
                    () -> assertEquals(ReportStructure.html(plain), ReportStructure.html(report)),
                    () -> assertTrue(ReportStructure.htmlText(report).contains(shown), "the text whole"),
                    () -> assertNoBidiControls(report));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void batchSummaryShowsHostileAgencyNamesAsText(String hostile) throws IOException {
        String summary = batch(hostile);
        String plain = batch(PLAIN);
        assertAll(
                () -> assertEquals(ReportStructure.markdown(plain), ReportStructure.markdown(summary), summary),
                () -> assertTrue(ReportStructure.markdownText(summary).contains("\n" + Escaping.neutralised(hostile)
                        .strip() + "\n"), "the name whole in its cell"),
                () -> assertNoBidiControls(summary));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void planCheckShowsHostilePlanTextsAsText(String hostile) throws IOException {
        String check = planCheck(hostile);
        String plain = planCheck(PLAIN);
        String shown = Escaping.neutralised(hostile).strip();
        // The heading names the organisation: the same heading, with the other name.
        List<String> structure = ReportStructure.markdown(check).stream().map(p -> p.replace(shown, PLAIN)).toList();
        assertAll(
                () -> assertEquals(ReportStructure.markdown(plain), structure, check),
                () -> assertTrue(ReportStructure.markdownText(check).contains(shown), "the organisation whole"),
                () -> assertNoBidiControls(check));
    }

    private static void assertNoBidiControls(String report) {
        assertFalse(report.chars().anyMatch(c -> c == 0x202E || c == 0x2066 || c == 0x200F), "a bidi control");
    }

    /** Analyses the FY2564 Lampang City sample with {@code text} in each of its text fields. */
    private String analyze(String text, String lang, String format) throws IOException {
        Cli.Result r = Cli.run("analyze", assessment(text).toString(), "--lang", lang, "--format", format);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    private String batch(String text) throws IOException {
        Path array = dir.resolve("agencies.json");
        Files.writeString(array, "[" + Files.readString(assessment(text), StandardCharsets.UTF_8) + "]",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out-" + Integer.toHexString(text.hashCode()));
        Cli.Result r = Cli.run("batch", array.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        String summary = Files.readString(out.resolve("summary.md"), StandardCharsets.UTF_8);
        assertEquals(r.out(), summary);
        return summary;
    }

    private Path assessment(String text) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Samples.get("lampang-city-2564").json());
        root.put("agency", text);
        // o27 fails for "มีหลักเกณฑ์ไม่ครบ ๕ ข้อ"; any other reason gets the measure of an unspecified one.
        ((ObjectNode) root.get("oit").get("o27")).put("reason", text);
        root.putArray("constraints").add(text);
        ObjectNode units = root.putObject("units");
        ROLES.forEach(role -> units.put(role, text));
        return Files.write(dir.resolve("agency.json"), JSON.writeValueAsBytes(root));
    }

    /** Checks the bundled action plan, with {@code text} in its texts, against the FY2564 sample with it too. */
    private String planCheck(String text) throws IOException {
        JsonNode root;
        try (InputStream in = ActionPlans.class.getResourceAsStream(ActionPlans.LAMPANG_CITY_2566_2570)) {
            root = JSON.readTree(in);
        }
        ((ObjectNode) root.get("period")).put("first", 2564);
        ((ObjectNode) root).put("organisation", text);
        ((ObjectNode) root).put("title", text);
        for (JsonNode risk : root.get("riskRegister")) {
            for (JsonNode issue : risk.get("issues")) {
                ((ObjectNode) issue).put("text", issue.get("text").asText() + " " + text);
            }
            for (JsonNode measure : risk.get("controlMeasures")) {
                ((ObjectNode) measure).put("name", measure.get("name").asText() + " " + text);
            }
        }
        Path plan = Files.write(dir.resolve("plan.json"), JSON.writeValueAsBytes(root));
        // The assessment must be the plan's own: the same agency name.
        Cli.Result r = Cli.run("plan-check", plan.toString(), "--analysis", assessment(text).toString());
        assertEquals(0, r.code(), r.err());
        return r.out();
    }
}
