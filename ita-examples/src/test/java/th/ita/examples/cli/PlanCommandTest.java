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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita plan}: the least an agency must fix to reach a target, as Markdown or JSON. */
class PlanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Source 000's FY2563 comparison year: indicators 1-10 only, no OIT item. */
    private static final String FY2563 = """
            {
              "agency": "เทศบาลนครลำปาง",
              "agencyKind": "เทศบาลนคร",
              "fiscalYear": 2563,
              "indicators": {"1": 87.35, "2": 76.65, "3": 81.74, "4": 77.94, "5": 75.78,
                             "6": 72.07, "7": 66.94, "8": 66.50, "9": 44.62, "10": 18.75}
            }
            """;

    @TempDir
    Path dir;

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }

    private static void assertNumber(String expected, JsonNode node) {
        assertTrue(node.isNumber(), () -> "a number: " + node);
        assertEquals(0, new BigDecimal(expected).compareTo(node.decimalValue()), () -> expected + " vs " + node);
    }

    @Test
    void lampangCity2564ToEightyFive() {
        Cli.Result r = Cli.run("plan", "--sample", "lampang-city-2564", "--target", "85");

        assertAll(
                () -> assertEquals(0, r.code(), r.err()),
                () -> assertEquals("", r.err()),
                () -> assertTrue(r.out().startsWith("# แผนการยกระดับคะแนนสู่เป้าหมาย 85\n"), r.out()),
                () -> assertTrue(r.out().contains("- คะแนนภาพรวมปัจจุบัน (คำนวณจากระดับย่อย): 83.74\n"), r.out()),
                () -> assertTrue(r.out().contains("- ผลการวางแผน: ถึงเป้าหมายได้\n"), r.out()),
                () -> assertTrue(r.out().contains("| 1 | o36 | 84.99 |\n| 2 | o37 | 86.24 |\n"), r.out()),
                () -> assertTrue(r.out().contains("| แก้ไขข้อ o27 | 1 | - |\n"), r.out()));
    }

    @Test
    void theDefaultTargetIsThePassMark() {
        Cli.Result r = Cli.run("plan", "--sample", "lampang-city-2564", "--lang", "en");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Plan to reach 85.00\n"), r.out());
        assertTrue(r.out().contains("- Result: reachable\n"), r.out());
        assertTrue(r.out().contains("| 1 | o36 | 84.99 |\n| 2 | o37 | 86.24 |\n"), r.out());
    }

    @Test
    void jsonParsesAndFollowsTheContract() throws IOException {
        Cli.Result r = Cli.run("plan", "--sample", "lampang-city-2564", "--target", "85", "--format", "json");

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode root = JSON.readTree(r.out());
        assertAll(
                () -> assertEquals("85", root.get("target").asText()),
                () -> assertTrue(root.get("reachable").booleanValue()),
                () -> assertEquals(List.of("o36", "o37"), texts(root.get("minimalSet"))),
                () -> assertNumber("84.99", root.get("overallAfterEach").get(0)),
                () -> assertNumber("86.24", root.get("overallAfterEach").get(1)),
                () -> assertNumber("86.24", root.get("overallAfter")),
                () -> assertEquals(13, root.get("candidates").size()),
                () -> assertEquals(0, root.get("remaining").size()));
    }

    @Test
    void aThaiLevelTarget() throws IOException {
        Cli.Result r = Cli.run("plan", "--sample", "chiangmai-2566", "--target", "ผ่านดี", "--format", "json");

        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertFalse(root.get("reachable").booleanValue());
        assertEquals(List.of(), texts(root.get("minimalSet")));
        assertEquals("EIT_PART_2", root.get("remaining").get(0).get("tool").asText());
        assertNumber("4.84", root.get("remaining").get(0).get("points"));
    }

    @Test
    void aPublishedRatingDecidesWhatTheFiguresLeaveOpen() throws IOException {
        Cli.Result md = Cli.run("plan", "--sample", "lampang-pao-2566", "--target", "ผ่านดี");
        Cli.Result en = Cli.run("plan", "--sample", "lampang-pao-2566", "--target", "ผ่านดี", "--lang", "en");
        Cli.Result json = Cli.run("plan", "--sample", "lampang-pao-2566", "--target", "ผ่านดี", "--format", "json");

        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().contains("- ผลการวางแผน: ถึงเป้าหมายแล้วตามผลที่ประกาศ (ผ่านดี) ซึ่งประเมินจาก EIT ส่วนที่ 1 "
                + "และ EIT ส่วนที่ 2 ที่ข้อมูลที่ให้มาไม่มี ตัวเลขที่ให้มาเพียงอย่างเดียวจึงยืนยันไม่ได้\n"), md.out());
        assertTrue(en.out().contains("- Result: met now by the published rating (Passed, good), which rests on EIT part 1 "
                + "and EIT part 2; the figures given alone cannot confirm it\n"), en.out());
        JsonNode root = JSON.readTree(json.out());
        assertFalse(root.get("reachable").booleanValue());
        assertEquals("GOOD", root.get("published").asText());
        assertTrue(root.get("metAsPublished").booleanValue());
    }

    @Test
    void aBadTargetIsBadInputNamingTarget() {
        Cli.Result r = Cli.run("plan", "--sample", "lampang-city-2564", "--target", "xyz");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("ita: --target: not a target"), r.err());
        assertTrue(r.err().contains("not a target, was 'xyz'"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void htmlIsAUsageError() {
        Cli.Result r = Cli.run("plan", "--sample", "lampang-city-2564", "--format", "html");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: --format: a plan is md or json\nTry 'ita plan --help' for more information.\n", r.err());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result r = Cli.run("plan", "--sample", "lampang-city-2564", "--format", "pdf");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("ita: --format: unknown report format, was 'pdf'"), r.err());
        assertTrue(r.err().endsWith("\nTry 'ita plan --help' for more information.\n"), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
    }

    @Test
    void missingFileIsAUsageError() {
        Cli.Result r = Cli.run("plan", "--target", "85");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: Missing FILE: give an assessment file or --sample NAME\n"
                + "Try 'ita plan --help' for more information.\n", r.err());
    }

    @Test
    void fileAndSampleTogetherIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("fy2563.json"), FY2563, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("plan", file.toString(), "--sample", "lampang-city-2564");

        assertEquals(2, r.code());
        assertEquals("ita: Give either FILE or --sample NAME, not both\nTry 'ita plan --help' for more information.\n",
                r.err());
    }

    @Test
    void aMissingFileIsBadInput() {
        Path file = dir.resolve("nothing.json");
        Cli.Result r = Cli.run("plan", file.toString());

        assertEquals(2, r.code());
        assertEquals("ita: " + file + ": no such file\n", r.err());
    }

    @Test
    void aFileWithIndicatorsOnlyRaisesIndicators() throws IOException {
        Path file = Files.writeString(dir.resolve("fy2563.json"), FY2563, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("plan", file.toString(), "--target", "85", "--format", "json");

        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertAll(
                () -> assertNumber("57.19", root.get("current")),
                () -> assertFalse(root.get("reachable").booleanValue()),
                () -> assertEquals(List.of(), texts(root.get("minimalSet"))),
                () -> assertNumber("57.19", root.get("overallAfter")),
                // No OIT items: the OIT indicators are levers, at 40 / 2 = 0.2 per point.
                () -> assertEquals(10, root.get("candidates").get(0).get("indicator").intValue()),
                () -> assertNumber("16.25", root.get("candidates").get(0).get("gain")),
                () -> assertNumber("0.2", root.get("candidates").get(0).get("gainPerPoint")),
                () -> assertEquals(10, root.get("remaining").size()));
        Cli.Result md = Cli.run("plan", file.toString(), "--lang", "en");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().contains("- Result: OIT fixes alone are not enough\n"), md.out());
        assertTrue(md.out().contains("- Indicator 10 Corruption prevention: +139.05 (not enough on its own)\n"), md.out());
    }

    @Test
    void outWritesTheFile() throws IOException {
        Path out = dir.resolve("plan.json");
        Cli.Result r = Cli.run("plan", "--sample", "lampang-city-2564", "--format", "json", "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + "\n", r.out());
        assertEquals(List.of("o36", "o37"), texts(JSON.readTree(Files.readString(out)).get("minimalSet")));
    }

    /** Before, the planner kept its own cut points: with B from 84.00 it still said 75.00. */
    @Test
    void aReplacedLetterBandMovesThePlansTarget() throws IOException {
        String bands;
        try (var in = PlanCommandTest.class.getResourceAsStream("/th/ita/rules/rating/letter-bands.drl")) {
            bands = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        bands = bands.replace("overall >= 75.00, overall < 85.00", "overall >= 84.00, overall < 85.00")
                .replace("overall >= 65.00, overall < 75.00", "overall >= 65.00, overall < 84.00");
        Files.writeString(dir.resolve("letter-bands.drl"), bands, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("plan", "--sample", "lampang-city-2564", "--target", "B", "--rules", dir.toString(),
                "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("- Target: overall 84.00\n"), r.out());
    }
}
