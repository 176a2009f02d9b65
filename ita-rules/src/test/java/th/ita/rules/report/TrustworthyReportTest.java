package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.catalogue.ToolComponent;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;

/** Reports that say what the input proves, show contradictions at the top and leave nothing silent. */
class TrustworthyReportTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final ReportOptions THAI = ReportOptions.defaults();

    /** Source 004 typed from its ten-indicator table alone. */
    private static Assessment chiangMaiIndicatorsOnly() {
        return Assessment.builder().agency("เทศบาลนครเชียงใหม่", AgencyKind.CITY_MUNICIPALITY).fiscalYear(2566)
                .indicator(1, "100.00").indicator(2, "99.89").indicator(3, "100.00").indicator(4, "99.67")
                .indicator(5, "100.00").indicator(6, "88.40").indicator(7, "90.23").indicator(8, "88.59")
                .indicator(9, "97.50").indicator(10, "80.00").build();
    }

    @Test
    void source004FromIndicatorsSaysTheLevelIsOnlyProvenAndNamesTheEitParts() throws Exception {
        Analysis analysis = ENGINE.analyze(chiangMaiIndicatorsOnly());
        String md = Reports.render(analysis, ReportFormat.MARKDOWN, THAI);
        JsonNode json = new ObjectMapper().readTree(Reports.render(analysis, ReportFormat.JSON, THAI));

        assertTrue(md.contains("**ระดับผลการประเมิน:** ผ่าน (ยืนยันได้เท่านี้ อาจสูงกว่า)"), md);
        assertTrue(md.contains("ระดับที่คะแนนที่ระบุยืนยันได้คือ ผ่าน ระดับที่สูงกว่าจนถึง ผ่านดี ยังเป็นไปได้ "
                + "ตัดสินได้เมื่อระบุ คะแนนภาพรวม และ EIT ส่วนที่ 1 และ EIT ส่วนที่ 2"), md);
        assertTrue(md.indexOf("ข้อสังเกตก่อนนำผลไปใช้") < md.indexOf("| เครื่องมือ |"), "the note comes first");
        assertEquals("PASS", json.get("ratingCode").asText());
        assertFalse(json.get("ratingProven").asBoolean());
        assertEquals("ผ่านดี", json.get("ratingBestPossible").asText());
        assertEquals(3, json.get("ratingDecidedBy").size());
    }

    @Test
    void source002WithAWrongPublishedRatingSaysSoAtTheTopOfEveryFormat() throws Exception {
        Analysis analysis = ENGINE.analyze(Assessment.builder().agency("เทศบาลเมืองลพบุรี", AgencyKind.TOWN_MUNICIPALITY)
                .fiscalYear(2565).overall("97.86").publishedRating("B").build());
        String note = "ผลการประเมินที่ระบุว่าประกาศไว้ (B) ขัดกับคะแนนที่ระบุ ซึ่งให้ผล AA";

        assertTrue(Reports.render(analysis, ReportFormat.MARKDOWN, THAI).contains(note));
        assertTrue(Reports.render(analysis, ReportFormat.HTML, THAI).contains(note));
        JsonNode json = new ObjectMapper().readTree(Reports.render(analysis, ReportFormat.JSON, THAI));
        assertTrue(json.get("notes").get(0).asText().startsWith(note), json.get("notes").toString());
    }

    @Test
    void aThaiReportIsThaiThroughoutAndSaysWhatIsMissing() {
        Analysis analysis = ENGINE.analyze(Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER)
                .fiscalYear(2566).overall("95.00").tool(ToolComponent.IIT, "99.00").tool(ToolComponent.EIT, "99.00")
                .tool(ToolComponent.OIT, "88.00").build());
        String md = Reports.render(analysis, ReportFormat.MARKDOWN, THAI);

        assertTrue(md.contains("คะแนนภาพรวม ระบุไว้ 95.00 แต่คำนวณจากคะแนนระดับย่อยได้ 94.60"), md);
        assertFalse(md.contains("is given as"), md);
        assertFalse(md.contains("EIT_PART"), md);
        assertTrue(md.contains("### ข้อมูลที่ไม่ได้ระบุ"), md);
        assertFalse(md.contains("| ตัวชี้วัด |"), "no table of ten empty indicator rows");
    }

    @Test
    void anOverallAloneGivesNoEmptyMeasuresTableButASentence() {
        Analysis analysis = ENGINE.analyze(Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER)
                .fiscalYear(2565).overall("95.00").build());
        String md = Reports.render(analysis, ReportFormat.MARKDOWN, THAI);

        assertTrue(md.contains("ยังจัดทำมาตรการไม่ได้"), md);
        assertFalse(md.contains("| หัวข้อ |"), md);
    }

    @Test
    void aToolBelowThePassMarkGetsAMeasureFromToolScoresAlone() {
        Analysis analysis = ENGINE.analyze(Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER)
                .fiscalYear(2566).tool(ToolComponent.IIT, "99.91").tool(ToolComponent.EIT_PART_1, "97.98")
                .tool(ToolComponent.EIT_PART_2, "80.16").tool(ToolComponent.OIT, "88.75").build());

        assertEquals(1, analysis.measures().size());
        assertEquals("EIT_PART_2", analysis.measures().get(0).subject().key());
        assertTrue(Reports.render(analysis, ReportFormat.MARKDOWN, THAI).contains("| EIT ส่วนที่ 2 |"));
    }

    /**
     * The NACC's level and the agency's own pass mark are two things: at passMark=90 an FY2566 agency
     * at 87 read "Passed, good · Not passed (below 90.00)".
     */
    @Test
    void anAgencysOwnPassMarkIsNamedApartFromTheNaccsLevel() {
        Assessment at87 = Assessment.builder().agency("หน่วยงานทดสอบ", AgencyKind.OTHER).fiscalYear(2566)
                .tool("IIT", "87").tool("EIT_PART_1", "87").tool("EIT_PART_2", "87").tool("OIT", "87").build();
        ItaEngine own = ItaEngine.builder()
                .policy(th.ita.model.policy.Policy.defaults().withPassMark(th.ita.model.Score.parse("90"))).build();
        ReportOptions english = ReportOptions.defaults().withThai(false);
        String md = Reports.render(own.analyze(at87), ReportFormat.MARKDOWN, english);
        assertTrue(md.contains("**Rating:** Passed, good · Below the agency's own pass mark (90.00)"), md);
        String standard = Reports.render(ENGINE.analyze(at87), ReportFormat.MARKDOWN, english);
        assertTrue(standard.contains("**Rating:** Passed, good · Passed (85.00 or more)"), standard);
    }
}
