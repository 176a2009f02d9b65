package th.ita.rules.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.model.Score;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.policy.Policy;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.facts.OitItem;
import th.ita.rules.findings.FindingKind;

/** The measure rules (measures.drl) and the texts the catalogue gives them. */
class MeasureRulesTest {

    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final Analysis LAMPANG_2564 = ENGINE.analyze(Samples.load("lampang-city-2564"));
    private static final String CATALOGUE_RESOURCE = "/th/ita/rules/recommendations/recommendations.json";

    private static final String OIT_RULE = "Recommendation: a failed OIT item gets a measure that publishes what is missing";
    private static final String WEAKNESS_RULE = "Recommendation: an indicator below the weakness line gets improvement measures";
    private static final String URGENT_RULE = "Recommendation: an indicator below the urgent line that is no weakness gets urgent measures";

    private static Measure measure(Analysis analysis, RecommendationKind kind, String key) {
        List<Measure> found = analysis.measures().stream()
                .filter(m -> m.kind() == kind && m.subject().key().equals(key)).toList();
        assertEquals(1, found.size(), () -> kind + " " + key + " in " + keys(analysis));
        return found.get(0);
    }

    private static List<String> keys(Analysis analysis) {
        return analysis.measures().stream().map(m -> m.kind() + ":" + m.subject().key()).toList();
    }

    private static Map<String, RecommendationKind> themeGroups(Analysis analysis) {
        return analysis.measures().stream()
                .filter(m -> m.kind() == RecommendationKind.IMPROVE_THEME_GROUP
                        || m.kind() == RecommendationKind.MAINTAIN_THEME_GROUP)
                .collect(Collectors.toMap(m -> m.subject().key(), Measure::kind, (a, b) -> {
                    throw new AssertionError("two measures for one theme group: " + a + ", " + b);
                }, TreeMap::new));
    }

    private static String bundledCatalogue() throws IOException {
        try (InputStream in = MeasureRulesTest.class.getResourceAsStream(CATALOGUE_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void lampang2564MeasuresAreExactlyTheFailedItemsTheWeaknessesAndTheUrgentIndicatorsInTableOrder() {
        assertEquals(List.of(
                "IMPROVE_INDICATOR:2", "IMPROVE_INDICATOR:4", "IMPROVE_INDICATOR:5",
                // IIT 79.95 and EIT 83.51 are below the pass mark: each tool gets a measure of its own.
                "IMPROVE_TOOL:IIT", "IMPROVE_TOOL:EIT",
                "PUBLISH_OIT_ITEM:o27", "PUBLISH_OIT_ITEM:o28", "PUBLISH_OIT_ITEM:o30", "PUBLISH_OIT_ITEM:o36",
                "PUBLISH_OIT_ITEM:o37",
                "URGENT_INDICATOR:1", "URGENT_INDICATOR:3", "URGENT_INDICATOR:6", "URGENT_INDICATOR:7",
                "URGENT_INDICATOR:8", "URGENT_INDICATOR:9", "URGENT_INDICATOR:10"), keys(LAMPANG_2564));
    }

    @Test
    void everyFailedOitItemGetsAPublishMeasureCausedByItsFindingWithTheCataloguesRole() {
        Map<String, String> roles = Map.of("o27", "HR", "o28", "HR", "o30", "IT", "o36", "CLERK_OFFICE",
                "o37", "CLERK_OFFICE");
        RecommendationCatalogue catalogue = RecommendationCatalogue.standard();
        String edition = LAMPANG_2564.assessment().edition().id();
        roles.forEach((code, role) -> {
            Measure m = measure(LAMPANG_2564, RecommendationKind.PUBLISH_OIT_ITEM, code);
            assertEquals(role, m.role(), code);
            assertEquals(catalogue.oitItem(edition, code).orElseThrow().role(), m.role(), code);
            assertEquals(catalogue.role(role).orElseThrow().unitOf(AgencyKind.CITY_MUNICIPALITY), m.unit(), code);
            assertEquals(1, m.causes().size(), code);
            assertEquals(FindingKind.OIT_ITEM_FAILED, m.causes().get(0).kind(), code);
            assertEquals(m.subject(), m.causes().get(0).subject(), code);
            assertEquals(catalogue.oitItem(edition, code).orElseThrow().action(), m.action(), code);
        });
        assertEquals(new Text("กองการเจ้าหน้าที่", "Personnel Division"),
                measure(LAMPANG_2564, RecommendationKind.PUBLISH_OIT_ITEM, "o27").unit());
    }

    @Test
    void indicatorsBelowEightyGetImprovementMeasuresCausedByTheirWeakness() {
        Map<String, String> scores = Map.of("2", "76.24", "4", "75.78", "5", "77.74");
        Map<String, String> roles = Map.of("2", "STRATEGY_PLANNING", "4", "PROCUREMENT", "5", "CLERK_OFFICE");
        scores.forEach((key, score) -> {
            Measure m = measure(LAMPANG_2564, RecommendationKind.IMPROVE_INDICATOR, key);
            assertEquals(1, m.causes().size(), key);
            assertEquals(FindingKind.WEAKNESS, m.causes().get(0).kind(), key);
            assertEquals(score, m.causes().get(0).text("score"), key);
            assertEquals(roles.get(key), m.role(), key);
            ActionTemplate t = RecommendationCatalogue.standard().indicator(Integer.parseInt(key), "improve")
                    .orElseThrow();
            assertEquals(t.action(), m.action(), key);
            assertEquals(t.steps(), m.steps(), key);
            assertEquals(t.followUp(), m.followUp(), key);
        });
        assertEquals(new Text("ตัวชี้วัดที่ 2 การใช้งบประมาณ", "Indicator 2 Use of budget"),
                measure(LAMPANG_2564, RecommendationKind.IMPROVE_INDICATOR, "2").topic());
    }

    @Test
    void theReasonStepComesFirstAndTheTopicNamesThePrintedReason() {
        RecommendationCatalogue catalogue = RecommendationCatalogue.standard();
        String edition = LAMPANG_2564.assessment().edition().id();

        Measure o30 = measure(LAMPANG_2564, RecommendationKind.PUBLISH_OIT_ITEM, "o30");
        Text confidential = catalogue.reasonStep(OitItem.ReasonKind.NOT_CONFIDENTIAL).orElseThrow();
        assertEquals(confidential, o30.steps().get(0));
        assertEquals(o30.steps().subList(1, o30.steps().size()),
                catalogue.oitItem(edition, "o30").orElseThrow().steps());
        assertEquals(new Text("ข้อ o30 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต (เหตุที่ไม่ผ่าน: ไม่เป็นช่องทางที่รักษาความลับ)",
                "Item o30 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต (failed: ไม่เป็นช่องทางที่รักษาความลับ)"), o30.topic());

        Measure o28 = measure(LAMPANG_2564, RecommendationKind.PUBLISH_OIT_ITEM, "o28");
        Text noUrl = catalogue.reasonStep(OitItem.ReasonKind.NO_URL).orElseThrow();
        assertEquals(new Text(
                "เผยแพร่เอกสารของข้อนี้บนเว็บไซต์หลักของหน่วยงาน และบันทึก URL ที่เปิดได้จริงของเอกสารแต่ละรายการไว้ในแบบตรวจ OIT",
                "Publish this item's documents on the agency's main website and record a working URL for each document in the OIT form."),
                noUrl);
        assertEquals(noUrl, o28.steps().get(0));
        assertEquals(1 + catalogue.oitItem(edition, "o28").orElseThrow().steps().size(), o28.steps().size());
        assertEquals("ข้อ o28 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี (เหตุที่ไม่ผ่าน: ไม่มี URL)", o28.topic().th());
        assertEquals("Item o28 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี (failed: ไม่มี URL)", o28.topic().en());

        Measure o27 = measure(LAMPANG_2564, RecommendationKind.PUBLISH_OIT_ITEM, "o27");
        assertEquals(catalogue.reasonStep(OitItem.ReasonKind.INCOMPLETE).orElseThrow(), o27.steps().get(0));
        assertEquals("ข้อ o27 หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล (เหตุที่ไม่ผ่าน: มีหลักเกณฑ์ไม่ครบ ๕ ข้อ)",
                o27.topic().th());
    }

    @Test
    void anItemFailedWithoutAReasonGetsTheUnspecifiedStepAndAPlainTopic() {
        Analysis chiangmai = ENGINE.analyze(Samples.load("chiangmai-2566"));
        Measure o18 = measure(chiangmai, RecommendationKind.PUBLISH_OIT_ITEM, "o18");
        RecommendationCatalogue catalogue = RecommendationCatalogue.standard();
        assertEquals(new Text("ทบทวนหลักเกณฑ์การตรวจของสำนักงาน ป.ป.ช. สำหรับข้อนี้ และแก้ไขส่วนที่ยังไม่เป็นไปตามหลักเกณฑ์",
                "Review the NACC checklist for this item and fix whatever does not yet meet it."), o18.steps().get(0));
        assertEquals(catalogue.reasonStep(OitItem.ReasonKind.UNSPECIFIED).orElseThrow(), o18.steps().get(0));
        assertEquals(catalogue.oitItem(chiangmai.assessment().edition().id(), "o18").orElseThrow().steps(),
                o18.steps().subList(1, o18.steps().size()));
        assertTrue(o18.topic().th().startsWith("ข้อ o18 "), o18.topic().th());
        assertTrue(!o18.topic().th().contains("เหตุที่ไม่ผ่าน"), o18.topic().th());
    }

    @Test
    void everyMeasureCoversTheNextFiscalYearWithProgressReportsAtSixMonthsAndYearEnd() {
        for (Measure m : LAMPANG_2564.measures()) {
            assertEquals(2565, m.year().value(), m.subject().key());
            assertEquals(ThaiBuddhistDate.of(2564, 10, 1), m.start());
            assertEquals(LocalDate.of(2021, 10, 1), LocalDate.from(m.start()));
            assertEquals(ThaiBuddhistDate.of(2565, 9, 30), m.end());
            assertEquals(LocalDate.of(2022, 9, 30), LocalDate.from(m.end()));
            assertEquals(List.of(ThaiBuddhistDate.of(2565, 3, 31), ThaiBuddhistDate.of(2565, 9, 30)),
                    m.progressReports());
        }
    }

    @Test
    void everyMeasureNamesTheDrlRuleThatMadeIt() throws IOException {
        String drl;
        try (InputStream in = getClass().getResourceAsStream("/th/ita/rules/recommendations/measures.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<RecommendationKind, String> rules = Map.of(RecommendationKind.PUBLISH_OIT_ITEM, OIT_RULE,
                RecommendationKind.IMPROVE_INDICATOR, WEAKNESS_RULE, RecommendationKind.URGENT_INDICATOR, URGENT_RULE,
                RecommendationKind.IMPROVE_TOOL,
                "Recommendation: a tool or EIT part below the pass mark gets an improvement measure");
        for (Measure m : LAMPANG_2564.measures()) {
            assertEquals(rules.get(m.kind()), m.rule(), m.subject().key());
            assertTrue(drl.contains("rule \"" + m.rule() + "\""), m.rule());
            assertTrue(LAMPANG_2564.trace().contains(m.rule()), m.rule());
        }
        Analysis chiangmai = ENGINE.analyze(Samples.load("chiangmai-2566"));
        for (Measure m : chiangmai.measures()) {
            assertTrue(drl.contains("rule \"" + m.rule() + "\""), m.rule());
        }
        assertEquals("Recommendation: a theme's tool group at the maintain score gets a maintain measure",
                measure(chiangmai, RecommendationKind.MAINTAIN_THEME_GROUP, "6/IIT").rule());
        assertEquals("Recommendation: a theme's tool group that needs improvement gets an improvement measure",
                measure(chiangmai, RecommendationKind.IMPROVE_THEME_GROUP, "2/OIT").rule());
    }

    @Test
    void source004ThemeGroupsGetMaintainOrImproveAsTheRuleGives() {
        Analysis chiangmai = ENGINE.analyze(Samples.load("chiangmai-2566"));
        Map<String, RecommendationKind> expected = new TreeMap<>();
        for (String key : List.of("1/EIT", "2/EIT", "2/OIT", "3/EIT", "4/IIT", "5/IIT", "7/EIT", "7/OIT")) {
            expected.put(key, RecommendationKind.IMPROVE_THEME_GROUP);
        }
        for (String key : List.of("1/IIT", "1/OIT", "2/IIT", "3/OIT", "4/OIT", "5/OIT", "6/IIT", "6/OIT", "7/IIT")) {
            expected.put(key, RecommendationKind.MAINTAIN_THEME_GROUP);
        }
        assertEquals(expected, themeGroups(chiangmai));
        assertEquals("0.00", measure(chiangmai, RecommendationKind.IMPROVE_THEME_GROUP, "2/OIT").causes().get(0)
                .text("lowest"));
        assertEquals("98.04", measure(chiangmai, RecommendationKind.IMPROVE_THEME_GROUP, "4/IIT").causes().get(0)
                .text("lowest"));
        assertEquals(FindingKind.THEME_MAINTAIN,
                measure(chiangmai, RecommendationKind.MAINTAIN_THEME_GROUP, "6/IIT").causes().get(0).kind());
        assertEquals(FindingKind.THEME_IMPROVE,
                measure(chiangmai, RecommendationKind.IMPROVE_THEME_GROUP, "7/OIT").causes().get(0).kind());
    }

    @Test
    void source001ThemeGroupsGetMaintainOrImproveAsTheRuleGives() {
        Analysis pao = ENGINE.analyze(Samples.load("lampang-pao-2566"));
        Map<String, RecommendationKind> expected = new TreeMap<>();
        for (String key : List.of("1/EIT", "2/EIT", "3/EIT", "4/IIT", "5/IIT", "6/IIT", "7/IIT", "7/EIT")) {
            expected.put(key, RecommendationKind.IMPROVE_THEME_GROUP);
        }
        for (String key : List.of("1/IIT", "1/OIT", "2/IIT", "2/OIT", "3/OIT", "4/OIT", "5/OIT", "6/OIT", "7/OIT")) {
            expected.put(key, RecommendationKind.MAINTAIN_THEME_GROUP);
        }
        assertEquals(expected, themeGroups(pao));
        assertEquals("55.57", measure(pao, RecommendationKind.IMPROVE_THEME_GROUP, "4/IIT").causes().get(0)
                .text("lowest"));
        assertEquals("100.00", measure(pao, RecommendationKind.MAINTAIN_THEME_GROUP, "1/OIT").causes().get(0)
                .text("lowest"));
    }

    @Test
    void aMaintainScoreOf99TurnsA9935GroupToMaintain() {
        Analysis before = ENGINE.analyze(Samples.load("chiangmai-2566"));
        assertEquals("99.35", measure(before, RecommendationKind.IMPROVE_THEME_GROUP, "5/IIT").causes().get(0)
                .text("lowest"));
        ItaEngine engine = ItaEngine.builder().policy(Policy.defaults().withMaintainScore(Score.parse("99"))).build();
        Analysis after = engine.analyze(Samples.load("chiangmai-2566"));
        Measure m = measure(after, RecommendationKind.MAINTAIN_THEME_GROUP, "5/IIT");
        assertEquals("99.35", m.causes().get(0).text("lowest"));
        assertEquals(RecommendationCatalogue.standard().theme(5, th.ita.model.catalogue.Tool.IIT, true)
                .orElseThrow().action(), m.action());
        assertEquals(RecommendationKind.IMPROVE_THEME_GROUP, themeGroups(after).get("4/IIT"));
    }

    @Test
    void aReplacementCatalogueChangesTheMeasureText(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(bundledCatalogue());
        ObjectNode improve2 = null;
        for (var node : root.get("indicators")) {
            if (node.get("indicator").asInt() == 2) {
                improve2 = (ObjectNode) node.get("improve");
            }
        }
        ((ObjectNode) improve2.get("action")).put("th", "มาตรการทดแทนของตัวชี้วัดที่ 2");
        Path file = dir.resolve("recommendations.json");
        json.writeValue(file.toFile(), root);

        RecommendationCatalogue catalogue = RecommendationCatalogue.read(file);
        ItaEngine engine = ItaEngine.builder().recommendations(catalogue).build();
        Analysis analysis = engine.analyze(Samples.load("lampang-city-2564"));
        Measure m = measure(analysis, RecommendationKind.IMPROVE_INDICATOR, "2");
        assertEquals("มาตรการทดแทนของตัวชี้วัดที่ 2", m.action().th());
        assertEquals(measure(LAMPANG_2564, RecommendationKind.IMPROVE_INDICATOR, "2").action().en(), m.action().en());
        assertEquals(measure(LAMPANG_2564, RecommendationKind.IMPROVE_INDICATOR, "4").action(),
                measure(analysis, RecommendationKind.IMPROVE_INDICATOR, "4").action());
    }

    @Test
    void aCatalogueWithAnUnknownRoleFailsNamingIt(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(bundledCatalogue());
        for (var node : root.get("indicators")) {
            if (node.get("indicator").asInt() == 2) {
                ((ObjectNode) node.get("improve")).put("role", "NO_SUCH_ROLE");
            }
        }
        Path file = dir.resolve("bad.json");
        json.writeValue(file.toFile(), root);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecommendationCatalogue.read(file));
        assertTrue(e.getMessage().contains("NO_SUCH_ROLE"), e.getMessage());
        assertTrue(e.getMessage().contains("indicators.2.improve.role"), e.getMessage());
    }
}
