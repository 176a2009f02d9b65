package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.ItaEngine;
import th.ita.rules.target.TargetPlan;
import th.ita.rules.target.Target;

/**
 * The plan on its own ({@link TargetPlanReports}, Markdown and the JSON contract of the README) and the
 * plan and the trend inside the analysis report ({@link Reports}).
 */
class TargetPlanReportTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ReportOptions THAI = ReportOptions.defaults();
    private static final ReportOptions ENGLISH = ReportOptions.defaults().withThai(false);

    /** The README's plan JSON fields, in the order TargetPlanReports writes them. */
    private static final List<String> FIELDS = List.of("target", "targetOverall", "componentLine", "current",
            "reachable", "published", "metAsPublished", "decidedBy", "candidates", "minimalSet", "overallAfterEach", "overallAfter", "componentsAfter",
            "remaining");

    private static TargetPlan plan(String sample, String target) {
        return ENGINE.plan(Samples.load(sample), target);
    }

    private static JsonNode json(TargetPlan plan) throws IOException {
        return JSON.readTree(TargetPlanReports.render(plan, ReportFormat.JSON, THAI));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    private static void assertNumber(String expected, JsonNode node) {
        assertTrue(node.isNumber(), () -> "a number: " + node);
        assertEquals(0, number(expected).compareTo(node.decimalValue()), () -> expected + " vs " + node);
    }

    /** Compares numbers by value: Jackson's tree may drop trailing zeros (94.20 reads as 94.2). */
    private static void assertNumbers(List<String> expected, JsonNode array) {
        assertEquals(expected.size(), array.size(), () -> expected + " vs " + array);
        for (int i = 0; i < expected.size(); i++) {
            assertNumber(expected.get(i), array.get(i));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.isNumber() ? n.decimalValue().toPlainString() : n.asText()));
        return result;
    }

    private static String markdownReport(Assessment a, ReportOptions options) {
        return Reports.render(ENGINE.analyze(a), ReportFormat.MARKDOWN, options);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    // ---- TargetPlanReports: Markdown

    @Test
    void lampangCity2564PlanInThaiMarkdown() {
        String md = TargetPlanReports.render(plan("lampang-city-2564", "85"), ReportFormat.MARKDOWN, THAI);

        assertEquals("""
                # แผนการยกระดับคะแนนสู่เป้าหมาย 85

                - คะแนนภาพรวมปัจจุบัน (คำนวณจากระดับย่อย): 83.74
                - เป้าหมาย: คะแนนภาพรวม 85.00
                - ผลการวางแผน: ถึงเป้าหมายได้

                ## ข้อ OIT ที่ควรแก้ไขตามลำดับ

                | ลำดับ | ข้อ | คะแนนภาพรวมหลังแก้ไข |
                |---:|---|---:|
                | 1 | o36 | 84.99 |
                | 2 | o37 | 86.24 |

                ## ทางเลือกทั้งหมดและคะแนนที่เพิ่มขึ้น

                | ทางเลือก | คะแนนภาพรวมที่เพิ่มขึ้น | ต่อ 1 คะแนน |
                |---|---:|---:|
                | ยกระดับตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ถึง 100 | 1.813 | 0.1 |
                | ยกระดับตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ถึง 100 | 1.796 | 0.1 |
                | ยกระดับตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ถึง 100 | 1.4532 | 0.06 |
                | ยกระดับตัวชี้วัดที่ 2 การใช้งบประมาณ ถึง 100 | 1.4256 | 0.06 |
                | ยกระดับตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน ถึง 100 | 1.339 | 0.1 |
                | ยกระดับตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต ถึง 100 | 1.3356 | 0.06 |
                | แก้ไขข้อ o36 | 1.25 | - |
                | แก้ไขข้อ o37 | 1.25 | - |
                | ยกระดับตัวชี้วัดที่ 3 การใช้อำนาจ ถึง 100 | 1.0416 | 0.06 |
                | แก้ไขข้อ o27 | 1 | - |
                | แก้ไขข้อ o28 | 1 | - |
                | แก้ไขข้อ o30 | 0.8 | - |
                | ยกระดับตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ถึง 100 | 0.7578 | 0.06 |
                """, md);
    }

    @Test
    void chiangmai2566PlanInEnglishMarkdownSaysWhatRemains() {
        String md = TargetPlanReports.render(plan("chiangmai-2566", "ผ่านดี"), ReportFormat.MARKDOWN, ENGLISH);

        assertAll(
                () -> assertTrue(md.startsWith("# Plan to reach ผ่านดี\n\n"), md),
                () -> assertTrue(md.contains("- Overall now (computed from the levels below): 92.20\n"), md),
                () -> assertTrue(md.contains("- Target: overall 85.00 and every tool 85.00\n"), md),
                () -> assertTrue(md.contains("- Result: OIT fixes alone are not enough\n"), md),
                () -> assertFalse(md.contains("## OIT items to fix, in order"), "no fixes: " + md),
                () -> assertTrue(md.contains("| fix item o42 | 2 | - |\n"), md),
                () -> assertTrue(md.endsWith("\n## What must still be raised\n\n- EIT part 2: +4.84\n"), md));
    }

    /** Source 004 from its indicators: the EIT parts decide ผ่านดี, and the plan says so in Thai. */
    @Test
    void aPlanThatTheMissingEitPartsDecideSaysSoInThai() throws IOException {
        Assessment indicatorsOnly = Assessment.builder().agency("เทศบาลนครเชียงใหม่", "เทศบาลนคร").fiscalYear(2566)
                .indicator(1, "100.00").indicator(2, "99.89").indicator(3, "100.00").indicator(4, "99.67")
                .indicator(5, "100.00").indicator(6, "88.40").indicator(7, "90.23").indicator(8, "88.59")
                .indicator(9, "97.50").indicator(10, "80.00").build();
        TargetPlan plan = ENGINE.plan(indicatorsOnly, "ผ่านดี");
        String md = TargetPlanReports.render(plan, ReportFormat.MARKDOWN, THAI);
        assertTrue(md.contains("- ผลการวางแผน: ยังสรุปไม่ได้ ขึ้นกับ EIT ส่วนที่ 1 และ EIT ส่วนที่ 2 "
                + "ซึ่งข้อมูลที่ให้มาไม่มี (ทุกเครื่องมือต้องได้ไม่ต่ำกว่า 85.00)\n"), md);
        assertFalse(md.contains("ถึงเป้าหมายได้"), md);
        JsonNode root = json(plan);
        assertFalse(root.get("reachable").booleanValue());
        assertEquals(List.of("tools.EIT_PART_1", "tools.EIT_PART_2"), texts(root.get("decidedBy")));
    }

    @Test
    void planMarkdownWithThaiDigits() {
        String md = TargetPlanReports.render(plan("lampang-city-2564", "85"), ReportFormat.MARKDOWN,
                THAI.withThaiDigits(true));

        assertTrue(md.contains("| ๑ | o๓๖ | ๘๔.๙๙ |\n| ๒ | o๓๗ | ๘๖.๒๔ |\n"), md);
        assertFalse(md.contains("84.99"), md);
    }

    @Test
    void aPlanIsNotRenderedAsHtmlOnItsOwn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TargetPlanReports.render(plan("lampang-city-2564", "85"), ReportFormat.HTML, THAI));

        assertEquals("a plan renders as md or json; the HTML and DOCX analysis reports include the plan to the pass mark",
                e.getMessage());
    }

    // ---- TargetPlanReports: the JSON contract

    @Test
    void lampangCity2564PlanAsJson() throws IOException {
        JsonNode root = json(plan("lampang-city-2564", "85"));

        assertEquals(FIELDS, fieldNames(root));
        assertAll(
                () -> assertEquals("85", root.get("target").asText()),
                () -> assertNumber("85.00", root.get("targetOverall")),
                () -> assertTrue(root.get("componentLine").isNull()),
                () -> assertNumber("83.74", root.get("current")),
                () -> assertTrue(root.get("reachable").isBoolean() && root.get("reachable").booleanValue()),
                () -> assertEquals(List.of("o36", "o37"), texts(root.get("minimalSet"))),
                () -> assertNumbers(List.of("84.99", "86.24"), root.get("overallAfterEach")),
                () -> assertNumber("86.24", root.get("overallAfter")),
                () -> assertEquals(List.of("IIT", "EIT", "OIT"), fieldNames(root.get("componentsAfter"))),
                () -> assertNumber("93.00", root.get("componentsAfter").get("OIT")),
                () -> assertEquals(0, root.get("remaining").size()));

        JsonNode candidates = root.get("candidates");
        assertEquals(13, candidates.size());
        Map<String, String> gains = new TreeMap<>();
        for (JsonNode c : candidates) {
            boolean item = c.has("code");
            assertTrue(item != c.has("indicator"), () -> "code or indicator: " + c);
            assertEquals(item ? List.of("code", "gain", "toolGain") : List.of("indicator", "gain", "toolGain",
                    "gainPerPoint"), fieldNames(c));
            gains.put(item ? c.get("code").asText() : "indicator " + c.get("indicator").intValue(),
                    c.get("gain").decimalValue().toPlainString()
                            + (item ? "" : " per point " + c.get("gainPerPoint").decimalValue().toPlainString()));
        }
        assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("o36", "1.25"), Map.entry("o37", "1.25"),
                Map.entry("o27", "1"), Map.entry("o28", "1"), Map.entry("o30", "0.8"),
                Map.entry("indicator 1", "0.7578 per point 0.06"), Map.entry("indicator 2", "1.4256 per point 0.06"),
                Map.entry("indicator 3", "1.0416 per point 0.06"), Map.entry("indicator 4", "1.4532 per point 0.06"),
                Map.entry("indicator 5", "1.3356 per point 0.06"), Map.entry("indicator 6", "1.339 per point 0.1"),
                Map.entry("indicator 7", "1.796 per point 0.1"), Map.entry("indicator 8", "1.813 per point 0.1"))),
                gains);
        JsonNode first = candidates.get(0);
        assertEquals(8, first.get("indicator").intValue());
        assertNumber("6.0433333333", first.get("toolGain"));
    }

    @Test
    void chiangmai2566ToGoodAsJsonNamesTheToolThatRemains() throws IOException {
        JsonNode root = json(plan("chiangmai-2566", "ผ่านดี"));

        assertEquals(FIELDS, fieldNames(root));
        assertAll(
                () -> assertEquals("ผ่านดี", root.get("target").asText()),
                () -> assertNumber("85.00", root.get("componentLine")),
                () -> assertFalse(root.get("reachable").booleanValue()),
                () -> assertEquals(List.of(), texts(root.get("minimalSet"))),
                () -> assertEquals(List.of(), texts(root.get("overallAfterEach"))),
                () -> assertNumber("92.20", root.get("overallAfter")),
                () -> assertEquals(List.of("IIT", "EIT_PART_1", "EIT_PART_2", "OIT"),
                        fieldNames(root.get("componentsAfter"))),
                () -> assertEquals(1, root.get("remaining").size()),
                () -> assertEquals(List.of("tool", "points", "possible"), fieldNames(root.get("remaining").get(0))),
                () -> assertEquals("EIT_PART_2", root.get("remaining").get(0).get("tool").asText()),
                () -> assertNumber("4.84", root.get("remaining").get(0).get("points")),
                () -> assertTrue(root.get("remaining").get(0).get("possible").booleanValue()));
    }

    @Test
    void chiangmai2566To95AsJson() throws IOException {
        String text = TargetPlanReports.render(plan("chiangmai-2566", "95"), ReportFormat.JSON, THAI);
        JsonNode root = JSON.readTree(text);

        // Scores are written with their two decimals.
        assertTrue(text.contains("\"overallAfterEach\" : [ 94.20, 96.20 ]"), text);
        assertTrue(text.contains("\"overallAfter\" : 96.20,"), text);

        assertTrue(root.get("reachable").booleanValue());
        assertEquals(List.of("o42", "o43"), texts(root.get("minimalSet")));
        assertNumbers(List.of("94.20", "96.20"), root.get("overallAfterEach"));
        assertNumber("96.20", root.get("overallAfter"));
    }

    @Test
    void lampangCity2563AsJsonHasIndicatorsToRaise() throws IOException {
        JsonNode root = json(plan("lampang-city-2563", "85"));

        assertFalse(root.get("reachable").booleanValue());
        assertEquals(List.of(), texts(root.get("minimalSet")));
        JsonNode remaining = root.get("remaining");
        assertEquals(10, remaining.size());
        for (JsonNode r : remaining) {
            assertEquals(List.of("indicator", "points", "possible"), fieldNames(r));
            assertTrue(r.get("indicator").isInt(), () -> "an indicator number: " + r);
            assertFalse(r.get("possible").booleanValue());
        }
        assertEquals(10, remaining.get(9).get("indicator").intValue());
        assertNumber("139.05", remaining.get(9).get("points"));
        JsonNode ten = root.get("candidates").get(0);
        assertEquals(10, ten.get("indicator").intValue());
        assertNumber("16.25", ten.get("gain"));
        assertNumber("0.2", ten.get("gainPerPoint"));
    }

    // ---- the analysis report

    @Test
    void lampangCity2564ReportHasThePlanAndTheTrend() {
        String md = markdownReport(Samples.load("lampang-city-2564"), THAI);

        assertTrue(md.contains("""
                ### คะแนนภาพรวมรายปี

                - 2563: 57.19
                - 2564: 83.74

                ### สิ่งที่ต้องแก้ไขก่อนเพื่อให้ผ่านเกณฑ์

                - แก้ไขข้อ OIT ที่ไม่ผ่านตามลำดับ o36, o37: คะแนนภาพรวมหลังแก้ไขแต่ละข้อ 84.99, 86.24
                - จะได้คะแนนภาพรวม 86.24 ซึ่งผ่านเกณฑ์ 85.00
                """), md);
    }

    @Test
    void lampangCity2564ReportInEnglish() {
        String md = markdownReport(Samples.load("lampang-city-2564"), ENGLISH);

        assertAll(
                () -> assertTrue(md.contains("- 2563: 57.19\n- 2564: 83.74\n"), md),
                () -> assertTrue(md.contains("What to fix first to pass"), md),
                () -> assertTrue(md.contains("- Fix the failed OIT items o36, o37 in this order: "
                        + "the overall after each fix is 84.99, 86.24\n"), md),
                () -> assertTrue(md.contains("which gives an overall of 86.24, passing the mark of 85.00"), md));
    }

    @Test
    void lampangCity2563ReportSaysOitFixesAreNotEnough() {
        String md = markdownReport(Samples.load("lampang-city-2563"), ENGLISH);

        assertTrue(md.contains("What to fix first to pass"), md);
        assertTrue(md.contains("- OIT fixes alone are not enough: the overall is still 27.81 points short\n"), md);
        assertFalse(md.contains("Overall score by year"), "no history: " + md);
    }

    @Test
    void theTrendShowsTheTargetPath() {
        Assessment a = Assessment.builder().agency("เทศบาลทดสอบ", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2566)
                .overall("68.00").target(2566, "65").target(2567, "70")
                .history(Assessment.builder().agency("เทศบาลทดสอบ", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2565)
                        .overall("80.00").build())
                .build();

        String md = markdownReport(a, THAI);
        assertTrue(md.contains("- 2565: 80.00\n- 2566: 68.00 (เป้าหมาย 65.00)\n"), md);
        String html = Reports.render(ENGINE.analyze(a), ReportFormat.HTML, THAI);
        // No indicator is given, so there are no indicator bars: only the line chart.
        assertEquals(1, count(html, "<svg"), "the line chart");
    }

    @Test
    void theHtmlHasALineChartOnlyWithHistory() {
        String withHistory = Reports.render(ENGINE.analyze(Samples.load("lampang-city-2564")), ReportFormat.HTML, THAI);
        String without = Reports.render(ENGINE.analyze(Samples.load("lampang-city-2563")), ReportFormat.HTML, THAI);

        assertEquals(2, count(withHistory, "<svg"), "bars and the line chart");
        assertEquals(2, count(withHistory, "</svg>"));
        assertTrue(withHistory.contains("<h3>คะแนนภาพรวมรายปี</h3>"), "trend heading");
        assertTrue(withHistory.contains("<h3>สิ่งที่ต้องแก้ไขก่อนเพื่อให้ผ่านเกณฑ์</h3>"), "plan heading");
        assertTrue(withHistory.contains("<li>แก้ไขข้อ OIT ที่ไม่ผ่านตามลำดับ o36, o37: "
                + "คะแนนภาพรวมหลังแก้ไขแต่ละข้อ 84.99, 86.24</li>"), withHistory);
        assertEquals(1, count(without, "<svg"), "bars only");
        assertFalse(without.contains("<h3>คะแนนภาพรวมรายปี</h3>"));
    }

    @Test
    void aPassingAgencyHasNoPlanSection() {
        for (String sample : List.of("lopburi-2565", "chiangmai-2566")) {
            String md = markdownReport(Samples.load(sample), THAI);
            String html = Reports.render(ENGINE.analyze(Samples.load(sample)), ReportFormat.HTML, THAI);
            String english = markdownReport(Samples.load(sample), ENGLISH);
            assertFalse(md.contains("สิ่งที่ต้องแก้ไขก่อนเพื่อให้ผ่านเกณฑ์"), sample);
            assertFalse(html.contains("สิ่งที่ต้องแก้ไขก่อนเพื่อให้ผ่านเกณฑ์"), sample);
            assertFalse(english.contains("What to fix first to pass"), sample);
            assertEquals(1, count(html, "<svg"), sample + ": no history, bars only");
        }
    }
}
