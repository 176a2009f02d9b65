package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;

/** Rendering the report in Markdown, HTML and JSON, in Thai and English. */
class ReportRenderingTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final Map<String, Analysis> ANALYSES = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportOptions THAI = ReportOptions.defaults();
    private static final ReportOptions ENGLISH = ReportOptions.defaults().withThai(false);
    private static final ReportOptions THAI_DIGITS = ReportOptions.defaults().withThaiDigits(true);

    private static Analysis analysis(String sample) {
        return ANALYSES.computeIfAbsent(sample, s -> ENGINE.analyze(Samples.load(s)));
    }

    private static String render(String sample, ReportFormat format, ReportOptions options) {
        return Reports.render(analysis(sample), format, options);
    }

    private static boolean hasThaiDigit(String text) {
        return text.chars().anyMatch(c -> c >= '\u0E50' && c <= '\u0E59');
    }

    @ParameterizedTest
    @ValueSource(strings = {"lampang-city-2564", "lampang-city-2563", "lopburi-2565", "lampang-pao-2566",
            "chiangmai-2566"})
    void everySampleRendersWithAllThreePartsInThaiAndEnglish(String sample) {
        for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            String thai = render(sample, format, THAI);
            assertTrue(thai.contains("ส่วนที่ 1 ผลการวิเคราะห์ผลการประเมิน"), format + " " + sample);
            assertTrue(thai.contains("ส่วนที่ 2 การนำผลการวิเคราะห์ไปสู่การปฏิบัติ (มาตรการ)"), format + " " + sample);
            assertTrue(thai.contains("ส่วนที่ 3 ข้อจำกัดของหน่วยงานในการดำเนินการประเมิน"), format + " " + sample);
            String english = render(sample, format, ENGLISH);
            assertTrue(english.contains("Part 1 Analysis of the result"), format + " " + sample);
            assertTrue(english.contains("Part 2 From analysis to action (measures)"), format + " " + sample);
            assertTrue(english.contains("Part 3 The agency"), format + " " + sample);
            assertFalse(english.contains("ส่วนที่"), format + " " + sample);
            String digits = render(sample, format, THAI_DIGITS);
            assertTrue(digits.contains("ส่วนที่ ๑"), format + " " + sample);
            assertTrue(digits.contains("ส่วนที่ ๒"), format + " " + sample);
            assertTrue(digits.contains("ส่วนที่ ๓"), format + " " + sample);
        }
        assertEquals(List.of("ส่วนที่ 1 ผลการวิเคราะห์ผลการประเมิน",
                "ส่วนที่ 2 การนำผลการวิเคราะห์ไปสู่การปฏิบัติ (มาตรการ)",
                "ส่วนที่ 3 ข้อจำกัดของหน่วยงานในการดำเนินการประเมิน"),
                Reports.model(analysis(sample), THAI).partHeadings());
        assertEquals(List.of("ส่วนที่ ๑ ผลการวิเคราะห์ผลการประเมิน",
                "ส่วนที่ ๒ การนำผลการวิเคราะห์ไปสู่การปฏิบัติ (มาตรการ)",
                "ส่วนที่ ๓ ข้อจำกัดของหน่วยงานในการดำเนินการประเมิน"),
                Reports.model(analysis(sample), THAI_DIGITS).partHeadings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lampang-city-2564", "lampang-city-2563", "lopburi-2565", "lampang-pao-2566",
            "chiangmai-2566"})
    void everySampleRendersJsonThatParsesBack(String sample) throws IOException {
        for (ReportOptions options : List.of(THAI, ENGLISH)) {
            JsonNode root = JSON.readTree(render(sample, ReportFormat.JSON, options));
            assertEquals(analysis(sample).assessment().agency().name(), root.get("agency").asText());
            assertTrue(root.get("fiscalYear").isNumber());
            assertEquals(analysis(sample).assessment().fiscalYear().value(), root.get("fiscalYear").asInt());
            assertTrue(root.get("tools").isObject());
            assertTrue(root.get("indicators").isObject());
            assertTrue(root.get("findings").isArray());
            assertEquals(analysis(sample).measures().size(), root.get("measures").size());
            assertEquals(analysis(sample).assessment().constraints().size(), root.get("constraints").size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lampang-city-2564", "lampang-city-2563", "lopburi-2565", "lampang-pao-2566",
            "chiangmai-2566"})
    void theHtmlIsOneSelfContainedFile(String sample) {
        for (ReportOptions options : List.of(THAI, ENGLISH)) {
            String html = render(sample, ReportFormat.HTML, options);
            assertTrue(html.contains("<svg"), sample);
            assertTrue(html.contains("<style>"), sample);
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), sample);
            String withoutXmlns = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assertFalse(withoutXmlns.contains("http://"), sample);
            assertFalse(withoutXmlns.contains("https://"), sample);
            assertFalse(Pattern.compile("<link\\b").matcher(html).find(), sample);
        }
    }

    @Test
    void theJsonOfLampang2564HasTheResultAndTheMeasuresWithTheirPeriod() throws IOException {
        JsonNode root = JSON.readTree(render("lampang-city-2564", ReportFormat.JSON, THAI));
        assertEquals("เทศบาลนครลำปาง", root.get("agency").asText());
        assertTrue(root.get("fiscalYear").isIntegralNumber());
        assertEquals(2564, root.get("fiscalYear").asInt());
        assertTrue(root.get("overall").isNumber());
        assertEquals(0, new java.math.BigDecimal("83.74").compareTo(root.get("overall").decimalValue()));
        assertEquals("B", root.get("rating").asText());
        assertTrue(root.get("passed").isBoolean());
        assertFalse(root.get("passed").asBoolean());
        assertEquals(0, new java.math.BigDecimal("79.95").compareTo(root.get("tools").get("IIT").decimalValue()));
        assertEquals(0, new java.math.BigDecimal("76.24")
                .compareTo(root.get("indicators").get("2").get("score").decimalValue()));
        assertEquals(10, root.get("indicators").size());
        assertEquals(17, root.get("measures").size());
        for (JsonNode m : root.get("measures")) {
            assertEquals("2021-10-01", m.get("start").asText());
            assertEquals("2022-09-30", m.get("end").asText());
            assertEquals("2022-03-31", m.get("progressReports").get(0).asText());
            assertEquals("2022-09-30", m.get("progressReports").get(1).asText());
            assertEquals(2565, m.get("fiscalYear").asInt());
        }
        JsonNode first = root.get("measures").get(0);
        assertEquals("IMPROVE_INDICATOR", first.get("kind").asText());
        assertEquals("2", first.get("subject").asText());
        assertEquals("Recommendation: an indicator below the weakness line gets improvement measures",
                first.get("rule").asText());
        assertEquals("WEAKNESS", first.get("causes").get(0).get("kind").asText());
        assertTrue(root.get("findings").size() > 0);
        assertEquals(0, root.get("constraints").size());
    }

    @Test
    void markdownAndHtmlHaveNoThaiDigitsByDefaultThoughTheDataHasThem() {
        assertTrue(analysis("lampang-city-2564").findings().stream()
                .anyMatch(f -> f.texts().values().stream().anyMatch(ReportRenderingTest::hasThaiDigit)),
                "the sample's reason มีหลักเกณฑ์ไม่ครบ ๕ ข้อ");
        for (String sample : List.of("lampang-city-2564", "lampang-city-2563", "lopburi-2565", "lampang-pao-2566",
                "chiangmai-2566")) {
            for (ReportOptions options : List.of(THAI, ENGLISH)) {
                for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.HTML)) {
                    String text = render(sample, format, options);
                    assertFalse(hasThaiDigit(text), sample + " " + format + " " + options);
                }
            }
        }
        String md = render("lampang-city-2564", ReportFormat.MARKDOWN, THAI);
        assertTrue(md.contains("มีหลักเกณฑ์ไม่ครบ 5 ข้อ"), md);
    }

    @Test
    void thaiDigitsAppearWhenAskedFor() {
        String md = render("lampang-city-2564", ReportFormat.MARKDOWN, THAI_DIGITS);
        assertTrue(md.contains("**คะแนนภาพรวม:** ๘๓.๗๔"), md);
        assertTrue(md.contains("มีหลักเกณฑ์ไม่ครบ ๕ ข้อ"), md);
        assertFalse(md.contains("83.74"), md);
        String html = render("lampang-city-2564", ReportFormat.HTML, THAI_DIGITS);
        assertTrue(html.contains("๘๓.๗๔"));
        assertEquals("๘๓.๗๔", Reports.model(analysis("lampang-city-2564"), THAI_DIGITS).overall());
        assertEquals("83.74", Reports.model(analysis("lampang-city-2564"), THAI).overall());
    }

    @Test
    void part3SaysThereAreNoConstraintsWhenThereAreNone() {
        assertEquals(List.of("ไม่มีข้อจำกัดของหน่วยงาน"),
                Reports.model(analysis("lampang-city-2564"), THAI).constraints());
        assertEquals(List.of("The agency has no constraints."),
                Reports.model(analysis("lampang-city-2564"), ENGLISH).constraints());
        String md = render("lampang-city-2564", ReportFormat.MARKDOWN, THAI);
        String part3 = md.substring(md.indexOf("## ส่วนที่ 3"));
        assertTrue(part3.contains("ไม่มีข้อจำกัดของหน่วยงาน"), part3);
        String en = render("lampang-city-2564", ReportFormat.MARKDOWN, ENGLISH);
        assertTrue(en.substring(en.indexOf("## Part 3")).contains("The agency has no constraints."), en);
        String html = render("lampang-city-2564", ReportFormat.HTML, THAI);
        assertTrue(html.contains("<p>ไม่มีข้อจำกัดของหน่วยงาน</p>"));
    }

    @Test
    void part3ListsTheConstraintsWhenThereAreSome() {
        Analysis chiangmai = analysis("chiangmai-2566");
        List<String> given = chiangmai.assessment().constraints();
        assertEquals(5, given.size());
        List<String> lines = Reports.model(chiangmai, THAI).constraints();
        assertEquals(5, lines.size());
        String md = render("chiangmai-2566", ReportFormat.MARKDOWN, THAI);
        String part3 = md.substring(md.indexOf("## ส่วนที่ 3"));
        assertFalse(part3.contains("ไม่มีข้อจำกัดของหน่วยงาน"), part3);
        for (int i = 0; i < 5; i++) {
            assertTrue(lines.get(i).startsWith((i + 1) + ". "), lines.get(i));
            // The number is the model's text, so the report escapes it like the constraint: 1\. ...
            assertTrue(part3.contains(Escaping.markdown(lines.get(i)) + "\n"), lines.get(i));
        }
        assertEquals(2, Reports.model(analysis("lampang-pao-2566"), THAI).constraints().size());
    }

    @Test
    void thaiReportsGiveBuddhistEraDatesAndEnglishReportsCommonEraDates() {
        Report.MeasureRow thai = Reports.model(analysis("lampang-city-2564"), THAI).measures().get(0);
        assertEquals("1 ตุลาคม พ.ศ. 2564 - 30 กันยายน พ.ศ. 2565", thai.period());
        assertTrue(thai.followUp().contains("31 มีนาคม พ.ศ. 2565"), thai.followUp());
        Report.MeasureRow english = Reports.model(analysis("lampang-city-2564"), ENGLISH).measures().get(0);
        assertEquals("1 October 2021 - 30 September 2022", english.period());
        assertTrue(english.followUp().endsWith("(reports due: six months 31 March 2022, year end 30 September 2022)"),
                english.followUp());
        assertTrue(render("lampang-city-2564", ReportFormat.MARKDOWN, THAI).contains("1 ตุลาคม พ.ศ. 2564"));
        assertTrue(render("lampang-city-2564", ReportFormat.HTML, ENGLISH).contains("1 October 2021"));
        assertTrue(render("lampang-city-2564", ReportFormat.MARKDOWN, THAI_DIGITS).contains("๑ ตุลาคม พ.ศ. ๒๕๖๔"));
    }

    @Test
    void aTemplateDirectoryReplacesTheBundledTemplate(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.md.peb"),
                "CUSTOM {{ r.agency }} {{ r.overall }} {{ r.partHeadings[2] }}\n");
        String md = render("lampang-city-2564", ReportFormat.MARKDOWN, THAI.withTemplates(dir));
        assertEquals("CUSTOM เทศบาลนครลำปาง 83.74 ส่วนที่ 3 ข้อจำกัดของหน่วยงานในการดำเนินการประเมิน\n", md);
    }

    @Test
    void aTemplateDirectoryReplacesTheForewordWordingInEveryFormat(@TempDir Path dir) throws IOException {
        // The directory has no report.md.peb: the bundled layout shows the replaced foreword.
        Files.writeString(dir.resolve("foreword.peb"),
                "{% if thai %}คำนำของ{{ agency }} ปี {{ fiscalYear }}\n\nย่อหน้าที่สอง{% else %}Our own{% endif %}\n");
        Analysis lampang = analysis("lampang-city-2564");
        assertEquals(List.of("คำนำของเทศบาลนครลำปาง ปี ๒๕๖๔", "ย่อหน้าที่สอง"),
                Reports.model(lampang, THAI_DIGITS.withTemplates(dir)).foreword());
        assertEquals(List.of("Our own"), Reports.model(lampang, ENGLISH.withTemplates(dir)).foreword());
        // Without the file, the bundled wording.
        assertTrue(Reports.model(lampang, THAI).foreword().get(0).startsWith("เทศบาลนครลำปาง ได้รับการประเมิน"));
        Files.writeString(dir.resolve("foreword.peb"), "{{ nosuch }}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reports.model(lampang, THAI.withTemplates(dir)));
        assertTrue(e.getMessage().startsWith("report template foreword.peb"), e.getMessage());
    }

    @Test
    void aMissingTemplateIsAnIllegalArgument(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.md.peb"), "only markdown\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> render("lampang-city-2564", ReportFormat.HTML, THAI.withTemplates(dir)));
        assertTrue(e.getMessage().contains("report.html.peb"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> render("lampang-city-2564", ReportFormat.MARKDOWN,
                THAI.withTemplates(dir.resolve("missing"))));
    }

    @org.junit.jupiter.api.Test
    void theJsonHasNoThaiDigitsByDefault() {
        for (String sample : java.util.List.of("lampang-city-2564", "chiangmai-2566")) {
            String json = Reports.render(analysis(sample), ReportFormat.JSON, THAI);
            org.junit.jupiter.api.Assertions.assertTrue(json.chars().noneMatch(c -> c >= 0x0E50 && c <= 0x0E59),
                    sample);
            org.junit.jupiter.api.Assertions.assertTrue(json.contains("มีหลักเกณฑ์ไม่ครบ 5 ข้อ") || !sample.contains("2564"));
        }
    }

    @org.junit.jupiter.api.Test
    void theJsonRatingCodeDoesNotFollowTheLanguage() throws Exception {
        for (ReportOptions options : java.util.List.of(THAI, ENGLISH)) {
            com.fasterxml.jackson.databind.JsonNode json = JSON.readTree(
                    Reports.render(analysis("lampang-pao-2566"), ReportFormat.JSON, options));
            org.junit.jupiter.api.Assertions.assertEquals("GOOD", json.get("ratingCode").asText());
        }
    }

    /**
     * A line break inside an agency's name (here U+000A and U+0085, as a generated name in
     * ReportEscapingProperties had it) does not part the foreword, whose paragraphs are parted by
     * the template's blank lines.
     */
    @Test
    void aLineBreakInTheNameDoesNotPartTheForeword() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(Samples.get("lampang-city-2564").json());
        root.put("agency", "#\n\u0085");
        Analysis broken = ENGINE.analyze(th.ita.model.io.AssessmentJson.read(JSON.writeValueAsString(root)));
        List<String> foreword = Reports.model(broken, ENGLISH).foreword();
        assertEquals(Reports.model(analysis("lampang-city-2564"), ENGLISH).foreword().size(), foreword.size());
        assertTrue(foreword.get(0).matches("(?s)# +was assessed .*"), foreword.get(0));
    }
}
