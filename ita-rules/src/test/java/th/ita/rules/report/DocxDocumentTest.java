package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.model.Score;
import th.ita.model.ThaiDigits;
import th.ita.model.assessment.Assessment;
import th.ita.model.assessment.Constraint;
import th.ita.model.assessment.SignOff;
import th.ita.model.samples.Samples;
import th.ita.model.scoring.ScoreCard;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.facts.Level;
import th.ita.rules.recommendations.Measure;

/**
 * The document an agency publishes, read back from the DOCX with POI: the cover, foreword and
 * background with the rating table, the three parts with the Part 1 paragraphs, Part 2 in the
 * NACC's shape, Part 3 with the handling of each constraint, and the signature block.
 */
class DocxDocumentTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final Map<String, Analysis> ANALYSES = new ConcurrentHashMap<>();
    private static final ReportOptions THAI = ReportOptions.defaults().withThaiDigits(true);
    private static final String PART_2 = "ส่วนที่ ๒ การนำผลการวิเคราะห์ไปสู่การปฏิบัติ (มาตรการ)";
    private static final String PART_3 = "ส่วนที่ ๓ ข้อจำกัดของหน่วยงานในการดำเนินการประเมิน";

    private static Analysis analysis(String sample) {
        return ANALYSES.computeIfAbsent(sample, s -> ENGINE.analyze(Samples.load(s)));
    }

    private static XWPFDocument docx(Analysis analysis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.write(analysis, ReportFormat.DOCX, THAI, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The body paragraphs' texts in order, tables left out. */
    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** The paragraphs between a heading and the next heading or table. */
    private static List<String> under(XWPFDocument doc, String heading) {
        List<String> texts = new ArrayList<>();
        boolean seen = false;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getText().equals(heading)) {
                seen = true;
            } else if (seen && (e instanceof XWPFTable || e instanceof XWPFParagraph p
                    && p.getStyle() != null && p.getStyle().startsWith("Heading"))) {
                break;
            } else if (seen && e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                texts.add(p.getText());
            }
        }
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"lampang-city-2563", "lampang-city-2564", "lopburi-2565", "lampang-pao-2566",
            "chiangmai-2566"})
    void everySampleHasTheCoverForewordBackgroundAndThreeParts(String sample) throws IOException {
        Analysis analysis = analysis(sample);
        Report model = Reports.model(analysis, THAI);
        try (XWPFDocument doc = docx(analysis)) {
            List<String> texts = paragraphs(doc);
            int title = texts.indexOf(model.labels().get("title"));
            assertTrue(title >= 0, "the cover's title");
            assertEquals(model.agency() + " (" + model.agencyKind() + ")", texts.get(title + 1));
            assertTrue(texts.get(title + 2).endsWith(model.fiscalYear()), texts.get(title + 2));
            assertFalse(model.foreword().isEmpty());
            assertEquals(model.foreword(), under(doc, "คำนำ"));
            assertEquals(model.background(), under(doc, "ความเป็นมาของการประเมิน ITA"));
            // The foreword is made from the agency and the years, not copied text.
            assertTrue(model.foreword().get(0).contains(model.agency()));
            assertTrue(String.join(" ", model.foreword()).contains(model.measuresYear()));
            XWPFTable bands = DocxReportTest.tableAfter(doc, "ความเป็นมาของการประเมิน ITA");
            assertEquals(model.ratingBands().size() + 1, bands.getNumberOfRows());
            assertTrue(model.partHeadings().stream().allMatch(texts::contains), "the three parts");
        }
    }

    @Test
    void part1HasAParagraphPerFindingAndTheOverallChangeInWords() throws IOException {
        Analysis analysis = analysis("lampang-city-2564");
        Report model = Reports.model(analysis, THAI);
        Assessment a = analysis.assessment();
        Score now = analysis.scoreCard().overall().value().orElseThrow();
        Score before = ScoreCard.of(a.previous().orElseThrow()).overall().value().orElseThrow();
        String up = ThaiDigits.toThai("เพิ่มขึ้น " + now.minus(before).toPlainString() + " คะแนน");
        assertTrue(model.overallChange().contains(up), model.overallChange());
        assertTrue(model.overallChange().endsWith("จากระดับ " + a.previous().get().publishedRating().orElseThrow()
                + " เป็นระดับ " + analysis.rating().orElseThrow().label(true)), model.overallChange());
        assertEquals(analysis.findings(th.ita.rules.findings.FindingKind.WEAKNESS).size(),
                model.weaknessParagraphs().size());
        try (XWPFDocument doc = docx(analysis)) {
            List<String> texts = paragraphs(doc);
            assertTrue(texts.contains(model.overallChange()));
            for (String p : model.weaknessParagraphs()) {
                assertTrue(texts.contains(p), p);
                // An indicator's paragraph says last year's score too (the input gives the previous year);
                // a sub-indicator's says how many of its OIT items pass.
                assertTrue(p.contains(p.startsWith("ตัวชี้วัดที่") ? "จากปีก่อน" : "ข้อการเปิดเผยข้อมูลผ่าน"), p);
            }
            assertEquals(model.urgentParagraphs(), under(doc, "ต้องปรับปรุงโดยเร่งด่วน"));
            // Every assessed OIT item, each with its result.
            XWPFTable items = DocxReportTest.tableAfter(doc, "ผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รายข้อ");
            assertEquals(a.oitResults().size() + 1, items.getNumberOfRows());
            long failed = a.oitResults().values().stream().filter(r -> !r.passed()).count();
            assertEquals(failed, items.getRows().stream().filter(r -> r.getCell(1).getText().equals("ไม่ผ่าน")).count());
        }
    }

    @Test
    void everyNaccRecommendationIsAnsweredAndOnlyANamedLinkIsClaimed() throws IOException {
        Analysis analysis = analysis("lampang-city-2564");
        Report model = Reports.model(analysis, THAI);
        List<String> given = analysis.assessment().naccRecommendations();
        assertEquals(given.size(), model.naccRecommendations().size());
        Set<String> topics = new HashSet<>(model.actionRows().stream().map(Report.ActionRow::topic).toList());
        for (Report.Answer answer : model.naccRecommendations()) {
            String response = answer.response();
            if (response.contains("มาตรการในส่วนที่ ๒ แถว ")) {
                String rows = response.substring(response.indexOf(" แถว ") + " แถว ".length());
                for (String row : rows.split("; ")) {
                    assertTrue(topics.contains(row), row);
                }
                // The name it matched is in the recommendation's own words, or the OIT item is cited by
                // its code as the assessors write it (ข้อ 036 for o36).
                String named = response.substring("ข้อเสนอแนะนี้กล่าวถึง ".length(), response.indexOf(" ซึ่ง"));
                String first = named.split(", ")[0];
                String name = first.replaceFirst("^(ตัวชี้วัดที่ [๐-๙]+ |o[๐-๙]+ |ประเด็นที่ [๐-๙]+ )", "");
                String code = ThaiDigits.toArabic(first).replaceFirst("^o(\\d+) .*", "$1");
                String cited = ThaiDigits.toArabic(answer.recommendation());
                assertTrue(answer.recommendation().contains(name) || cited.contains("ข้อ 0" + code)
                        || cited.contains("ข้อ O" + code), name + " in " + answer.recommendation());
            } else {
                assertTrue(response.endsWith("หน่วยงานจะพิจารณาดำเนินการตามข้อเสนอแนะนี้เอง"), response);
            }
        }
        assertTrue(model.naccRecommendations().stream().anyMatch(n -> n.response().contains(" แถว ")),
                "recommendation 9 names indicator 4, which has a measure");
        assertTrue(model.naccRecommendations().get(0).response().startsWith("ข้อเสนอแนะนี้กล่าวถึง o๓๖ "),
                "recommendation 1 cites ข้อ 036, the failed item o36: " + model.naccRecommendations().get(0));
        assertTrue(model.naccRecommendations().get(0).response().contains(" แถว "), "o36 has a measure");
        try (XWPFDocument doc = docx(analysis)) {
            XWPFTable table = DocxReportTest.tableAfter(doc, "ข้อเสนอแนะของผู้ประเมินจากสำนักงาน ป.ป.ช.");
            assertEquals(given.size() + 1, table.getNumberOfRows());
            assertEquals(ThaiDigits.toThai("1. ") + given.get(0), table.getRow(1).getCell(0).getText());
        }
    }

    private static final String OWN_THEME = "คะแนนประเด็นนี้ใน ";

    private static List<String> tools(String list) {
        return List.of(list.split(", "));
    }

    /**
     * Part 2's rows, pinned per sample with the number of measures they merge: one row per theme
     * (FY2566 on) or per weak indicator, tool or OIT group (to FY2565), and one row to maintain.
     */
    @ParameterizedTest
    @CsvSource({"lampang-city-2563, 13", "lampang-city-2564, 12", "lopburi-2565, 2", "lampang-pao-2566, 8",
            "chiangmai-2566, 8"})
    void part2HasTheNaccShape(String sample, int rows) throws IOException {
        Analysis analysis = analysis(sample);
        Report model = Reports.model(analysis, THAI);
        assertEquals(rows, model.actionRows().size());
        List<String> topics = model.actionRows().stream().map(Report.ActionRow::topic).toList();
        assertEquals(topics.size(), new HashSet<>(topics).size(), "no row repeats another: " + topics);
        // Every measure is in exactly one row: as the row's heading or among what it covers. A theme's
        // score in a tool ("ประเด็นที่ 1 ... (EIT)") is covered with the theme's other tools, in the
        // theme's own row by the tools alone ("คะแนนประเด็นนี้ใน IIT, EIT"), elsewhere after its name.
        for (Measure m : analysis.measures()) {
            String topic = ThaiDigits.toThai(m.topic().get(true));
            String tool = m.subject().key().contains("/") ? m.subject().key().split("/")[1] : "";
            String theme = topic.replace(" (" + tool + ")", "");
            long holders = model.actionRows().stream()
                    .filter(r -> r.topic().equals(topic) && r.covers().isEmpty() || r.covers().contains(topic)
                            || m.subject().level() == Level.THEME && r.covers().stream().anyMatch(c -> r.topic()
                                    .equals(theme) && c.startsWith(OWN_THEME) && tools(c.substring(OWN_THEME.length()))
                                            .contains(tool) || c.startsWith(theme + " (") && tools(c.substring(
                                                    theme.length() + 2, c.length() - 1)).contains(tool)))
                    .count();
            assertEquals(1, holders, topic);
        }
        // The measures to keep a level share one row, the last.
        long maintain = analysis.measures().stream().filter(m -> m.kind().name().startsWith("MAINTAIN_")).count();
        assertEquals(maintain > 0, topics.get(topics.size() - 1).equals("รักษาระดับคะแนนในเรื่องที่ทำได้ดี"));
        if (!analysis.assessment().edition().themes().isEmpty()) {
            assertTrue(topics.stream().filter(t -> t.startsWith("ประเด็นที่")).count() >= topics.size() - 2,
                    "a row per theme, besides a tool and the maintain rows: " + topics);
        }
        try (XWPFDocument doc = docx(analysis)) {
            XWPFTable table = DocxReportTest.tableAfter(doc, PART_2);
            assertEquals(rows + 1, table.getNumberOfRows());
            for (int i = 0; i < rows; i++) {
                XWPFTableRow row = table.getRow(i + 1);
                assertEquals(topics.get(i), row.getCell(0).getParagraphs().get(0).getText());
                assertEquals(model.actionRows().get(i).steps(),
                        row.getCell(2).getParagraphs().stream().map(XWPFParagraph::getText).toList());
            }
        }
    }

    @Test
    void part3GivesTheHandlingOfEachConstraint() throws IOException {
        Analysis analysis = analysis("lampang-pao-2566");
        List<Constraint> given = analysis.assessment().constraintEntries();
        try (XWPFDocument doc = docx(analysis)) {
            XWPFTable table = DocxReportTest.tableAfter(doc, PART_3);
            assertEquals(given.size() + 1, table.getNumberOfRows());
            for (int i = 0; i < given.size(); i++) {
                assertEquals(ThaiDigits.toThai((i + 1) + ". ") + given.get(i).text(),
                        table.getRow(i + 1).getCell(0).getText());
                assertEquals(given.get(i).handling().orElseThrow(), table.getRow(i + 1).getCell(1).getText());
            }
        }
    }

    @Test
    void theSignOffEndsTheDocumentWhenGivenAndOnlyThen() throws IOException {
        Analysis lopburi = analysis("lopburi-2565");
        SignOff signOff = lopburi.assessment().signOff().orElseThrow();
        try (XWPFDocument doc = docx(lopburi)) {
            List<String> end = under(doc, "ผู้จัดทำและผู้อนุมัติรายงาน");
            String date = ThaiDigits.toThai("วันที่ " + Reports.date(
                    java.time.chrono.ThaiBuddhistDate.from(signOff.date().orElseThrow()), true));
            assertEquals(List.of("ผู้จัดทำ", "ลงชื่อ ........................................",
                    "(" + signOff.preparer().orElseThrow().name() + ")", signOff.preparer().get().position(),
                    "ผู้อนุมัติ", "ลงชื่อ ........................................",
                    "(" + signOff.approver().orElseThrow().name() + ")", signOff.approver().get().position(), date),
                    end);
        }
        try (XWPFDocument doc = docx(analysis("lampang-city-2564"))) {
            assertFalse(paragraphs(doc).contains("ผู้จัดทำและผู้อนุมัติรายงาน"));
        }
    }

    /** The rating table's cut points are the rating rules': each band's lowest overall is rated that band. */
    @Test
    void theLetterBandsAgreeWithTheRatingRules() throws IOException {
        JsonNode bands;
        try (InputStream in = DocumentParts.class.getResourceAsStream("rating-bands.json")) {
            bands = new ObjectMapper().readTree(in);
        }
        for (JsonNode band : bands.get("LETTER_BANDS")) {
            Score from = Score.parse(band.get("from").asText());
            Analysis a = ENGINE.analyze(Assessment.builder().agency("เทศบาลทดสอบ", "เทศบาลเมือง").fiscalYear(2564)
                    .overall(from.toString()).build());
            assertEquals(band.get("code").asText(), a.rating().orElseThrow().code(), "at " + from);
        }
        List<String> levels = new ArrayList<>();
        bands.get("LEVELS").forEach(b -> levels.add(b.get("code").asText()));
        assertEquals(th.ita.model.catalogue.RatingLabels.LEVELS, levels);
    }
}
