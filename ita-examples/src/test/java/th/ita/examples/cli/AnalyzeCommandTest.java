package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.ita.model.samples.Samples;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Each bundled sample with its published overall and the rating label (Thai and English). */
    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("lampang-city-2563", "57.19", "D", "D", false),
                Arguments.of("lampang-city-2564", "83.74", "B", "B", false),
                Arguments.of("lopburi-2565", "97.86", "AA", "AA", true),
                Arguments.of("lampang-pao-2566", "94.96", "ผ่านดี", "Passed, good", true),
                Arguments.of("chiangmai-2566", "92.19", "ผ่าน", "Passed", true));
    }

    @Test
    void theTableCoversEveryBundledSample() {
        assertEquals(Samples.list().stream().map(Samples.Sample::name).toList(),
                samples().map(a -> (String) a.get()[0]).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void markdownShowsOverallAndRating(String sample, String overall, String thai, String english, boolean passed) {
        Cli.Result r = Cli.run("analyze", "--sample", sample);
        String agency = Samples.load(sample).agency().name();
        assertAll(
                () -> assertEquals(0, r.code(), r.err()),
                () -> assertEquals("", r.err()),
                () -> assertTrue(r.out().startsWith("# "), r.out()),
                () -> assertTrue(r.out().contains(agency), "agency"),
                () -> assertTrue(r.out().contains("**คะแนนภาพรวม:** " + overall), "overall"),
                () -> assertTrue(r.out().contains("**ระดับผลการประเมิน:** " + thai), "rating"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void englishMarkdownWithThaiDigits(String sample, String overall, String thai, String english, boolean passed) {
        Cli.Result r = Cli.run("analyze", "--sample", sample, "--lang", "en", "--thai-digits");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(th.ita.model.ThaiDigits.toThai(overall)), r.out());
        assertFalse(r.out().contains(overall), "no Arabic overall with --thai-digits");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void htmlIsOneDocument(String sample, String overall, String thai, String english, boolean passed) {
        Cli.Result r = Cli.run("analyze", "--sample", sample, "--format", "html");
        assertAll(
                () -> assertEquals(0, r.code(), r.err()),
                () -> assertEquals("", r.err()),
                () -> assertTrue(r.out().strip().toLowerCase().startsWith("<!doctype html>"), "doctype"),
                () -> assertTrue(r.out().strip().endsWith("</html>"), "end"),
                () -> assertTrue(r.out().contains(Samples.load(sample).agency().name()), "agency"),
                () -> assertTrue(r.out().contains(overall), "overall"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void jsonFollowsTheContract(String sample, String overall, String thai, String english, boolean passed)
            throws IOException {
        Cli.Result th = Cli.run("analyze", "--sample", sample, "--format", "json");
        Cli.Result en = Cli.run("analyze", "--sample", sample, "--format", "json", "--lang", "en");
        assertEquals(0, th.code(), th.err());
        assertEquals(0, en.code(), en.err());
        assertEquals("", th.err());
        JsonNode root = JSON.readTree(th.out());
        assertAll(
                () -> assertEquals(Samples.load(sample).agency().name(), root.get("agency").asText()),
                () -> assertEquals(Integer.parseInt(sample.substring(sample.length() - 4)),
                        root.get("fiscalYear").asInt()),
                () -> assertTrue(root.get("overall").isNumber(), "overall is a number"),
                () -> assertEquals(new BigDecimal(overall), root.get("overall").decimalValue()),
                () -> assertEquals(thai, root.get("rating").asText()),
                () -> assertEquals(english, JSON.readTree(en.out()).get("rating").asText()),
                () -> assertEquals(passed, root.get("passed").asBoolean()),
                () -> assertTrue(root.get("passed").isBoolean()),
                () -> assertTrue(root.get("tools").isObject()),
                () -> assertEquals(10, root.get("indicators").size()),
                () -> assertTrue(root.get("findings").isArray() && root.get("findings").size() > 0),
                () -> assertTrue(root.get("measures").isArray()));
    }

    @Test
    void lampangCity2564InDetail() throws IOException {
        Cli.Result md = Cli.run("analyze", "--sample", "lampang-city-2564");
        assertTrue(md.out().contains("83.74"));
        assertTrue(md.out().contains("B"));
        JsonNode json = JSON.readTree(Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "json").out());
        assertEquals("เทศบาลนครลำปาง", json.get("agency").asText());
        assertEquals(2564, json.get("fiscalYear").asInt());
        assertEquals(83.74, json.get("overall").asDouble());
        assertEquals("B", json.get("rating").asText());
        assertFalse(json.get("passed").asBoolean());
        assertEquals("76.24", json.get("indicators").get("2").get("score").asText());
    }

    @Test
    void analyzesAFileLikeTheSample(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lampang.json");
        Files.writeString(file, Samples.get("lampang-city-2564").json(), StandardCharsets.UTF_8);
        Cli.Result fromFile = Cli.run("analyze", file.toString(), "--format", "json");
        Cli.Result fromSample = Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "json");
        assertEquals(0, fromFile.code(), fromFile.err());
        assertEquals(fromSample.out(), fromFile.out());
    }

    @Test
    void policyFileChangesThePassMark(@TempDir Path dir) throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.properties"), "passMark=80\n");
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "json",
                "--policy", policy.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertTrue(json.get("passed").asBoolean());
        assertEquals(80.0, json.get("passMark").asDouble());
    }

    @Test
    void badPolicyFileIsBadInput(@TempDir Path dir) throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.properties"), "passmark=80\n");
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--policy", policy.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + policy + ": passmark: unknown policy key; expected one of passMark, weaknessLine, "
                + "urgentLine, maintainScore, nextYearTarget\n", r.err());
    }

    @Test
    void extraRulesDirectoryAddsFindings(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("quarterly.drl"), RulesCheckTest.GOOD_RULE);
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2564", "--format", "json",
                "--rules", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Test rule: indicator below 78"), r.out());
    }

    @Test
    void unitOptionsNameTheAgencysOwnUnits() throws IOException {
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-pao-2566", "--format", "json",
                "--unit", "CLERK_OFFICE=สำนักปลัดองค์การบริหารส่วนจังหวัดลำปาง", "--unit", "HR=กองการเจ้าหน้าที่ อบจ.ลำปาง");
        assertEquals(0, r.code(), r.err());
        JsonNode measures = new ObjectMapper().readTree(r.out()).get("measures");
        java.util.Map<String, java.util.Set<String>> units = new java.util.TreeMap<>();
        measures.forEach(m -> units.computeIfAbsent(m.get("role").asText(), k -> new java.util.TreeSet<>())
                .add(m.get("unit").asText()));
        assertEquals(java.util.Set.of("สำนักปลัดองค์การบริหารส่วนจังหวัดลำปาง"), units.get("CLERK_OFFICE"));
        assertEquals(java.util.Set.of("กองการเจ้าหน้าที่ อบจ.ลำปาง"), units.get("HR"));
        assertFalse(r.out().contains("เทศบาล"), r.out());
    }

    @Test
    void aUnitForAnUnknownRoleIsBadInput() {
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-pao-2566", "--unit", "TREASURY=กองคลัง");
        assertEquals(2, r.code());
        assertEquals("ita: units.TREASURY: unknown role; roles are [CLERK_OFFICE, EVERY_UNIT, FINANCE, HR, IT, "
                + "LEGAL, PROCUREMENT, PUBLIC_RELATIONS, STRATEGY_PLANNING]", r.err().strip());
    }

    @Test
    void unknownSampleNamesTheSamples() {
        Cli.Result r = Cli.run("analyze", "--sample", "bangkok-2566");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: --sample: unknown sample, was 'bangkok-2566'; samples are [lampang-city-2563, "
                + "lampang-city-2564, lopburi-2565, lampang-pao-2566, chiangmai-2566]\n", r.err());
    }

    @Test
    void theActionPlanIsNoAssessmentSample() {
        Cli.Result r = Cli.run("analyze", "--sample", "lampang-city-2566-2570");
        assertEquals(2, r.code());
        assertEquals("ita: --sample: 'lampang-city-2566-2570' is an action plan, not an assessment; check it with: "
                + "ita plan-check --plan-sample lampang-city-2566-2570\n", r.err());
    }

    @Test
    void aMissingFileNamedLikeASampleHintsAtSample() {
        Cli.Result r = Cli.run("analyze", "lampang-city-2564.json");
        assertEquals(2, r.code());
        assertEquals("ita: lampang-city-2564.json: no such file; for the bundled sample of that name, give --sample "
                + "lampang-city-2564\n", r.err());
    }

    @Test
    void fileAndSampleTogetherIsAUsageError() {
        Cli.Result r = Cli.run("analyze", "a.json", "--sample", "lopburi-2565");
        assertEquals(2, r.code());
        assertEquals("ita: Give either FILE or --sample NAME, not both\n"
                + "Try 'ita analyze --help' for more information.\n", r.err());
    }

    @Test
    void unknownFormatIsOneLineAndAHint() {
        Cli.Result r = Cli.run("analyze", "--sample", "lopburi-2565", "--format", "pdf");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: Invalid value for option '--format': unknown report format, was 'pdf'; "
                + "expected md, html, json or docx\nTry 'ita analyze --help' for more information.\n", r.err());
    }
}
