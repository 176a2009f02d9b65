package th.ita.rules.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.PlanItem;
import th.ita.model.assessment.AgencyKind;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.ItaEngine;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.recommendations.RecommendationCatalogue;
import th.ita.rules.recommendations.Text;

/**
 * {@code actionplan/coverage.drl} with {@code coverage.json}: does the plan address each weakness,
 * urgent indicator and failed OIT item of the ITA analysis?
 */
class CoverageRulesTest {

    private static final PlanChecker CHECKER = PlanChecker.create();
    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final Analysis LAMPANG_2564 = ENGINE.analyze(Samples.load("lampang-city-2564"));

    private static final String COVERS = "Plan: an ITA concern that plan items mention by keyword is covered by them";
    private static final String GAP = "Plan: an ITA concern that no plan item mentions by keyword is a gap";

    /** Source 003 without some items, its period opened at FY2564 so that it can be checked against LAMPANG_2564. */
    private static ActionPlan from2564(int... withoutItems) {
        return Plans.edited(root -> {
            Plans.startIn(root, 2564);
            Plans.removeItems(root, withoutItems);
        });
    }

    private static Map<String, List<Integer>> itemsByConcern(PlanCheck check) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        check.coverage().stream().filter(PlanCheck.CoverageRow::covered)
                .forEach(r -> rows.put(r.subject().key(), r.items().stream().map(PlanItem::number).toList()));
        return rows;
    }

    private static List<String> gaps(PlanCheck check) {
        return check.gaps().stream().map(r -> r.subject().key()).toList();
    }

    @Test
    void source003CoversEveryConcernOfSource000Fy2564() {
        PlanCheck check = CHECKER.check(from2564(), LAMPANG_2564);

        // The FY2564 analysis (overall 83.74, B) asks for action on 15 subjects: every indicator is
        // below the urgent line 95 (2, 4 and 5 are also below the weakness line 80), and five OIT
        // items failed: o27 and o28 (HR criteria and annual HR report), o30 (complaint channel not
        // confidential), o36 and o37 (corruption-risk assessment and its management).
        //
        // The FY2566-2570 plan, written after that result (P17 asks for measures that follow the ITA
        // analysis), has an item for each (its period is opened at FY2564 for this check: a plan is
        // checked only against assessments of its own years). Why each list is right, by the item's own words:
        //  1 การปฏิบัติหน้าที่: P3 code of ethics, P5 conflict of interest, P28 work manuals.
        //  2 การใช้งบประมาณ: P2 (procurement act and contract management), P14 (publishing procurement,
        //    "การจัดซื้อ จัดจ้าง" split by a space), P32 (projects ready for the annual budget), P33
        //    (evaluating "ความคุ้มค่าของการใช้งบประมาณ"). P30 is not listed: its only "งบประมาณ" is the
        //    unit name กองยุทธศาสตร์และงบประมาณ, which is why the mapping avoids the bare word.
        //  3 การใช้อำนาจ: P18 and P19 (HR transparency, salary steps), P29 and P30 (delegation; P30's
        //    objective says "ดุลยพินิจ").
        //  4 การใช้ทรัพย์สินของราชการ: P22, the use of municipal vehicles (also risk row ๕'s control).
        //  5 การแก้ไขปัญหาการทุจริต: P6 anti-corruption knowledge, P40 and P41 complaint handling.
        //  6 - 10: service, publicity, fewer steps and online services, disclosure (P14, P34), and the
        //    prevention measures (risk P35/P37, No Gift P16, integrity P15/P17/P25, ...).
        //  o27, o28: P18 and P19 (การบริหารงานบุคคล, เลื่อนขั้นเงินเดือน). The register's own HR
        //    disclosure measure is not an item (see RiskRulesTest), so this coverage is by topic, not by
        //    the exact publication o28 asks for: a reader of the table should know that.
        //  o30: P40, P41 (P41 asks for a "ปลอดภัย" channel, which is what o30 failed on).
        //  o36, o37: P35 internal audit, P36 internal control, P37 corruption-risk management.
        // So there is no gap.
        Map<String, List<Integer>> covered = new LinkedHashMap<>();
        covered.put("1", List.of(3, 5, 28));
        covered.put("2", List.of(2, 14, 32, 33));
        covered.put("3", List.of(18, 19, 29, 30));
        covered.put("4", List.of(22));
        covered.put("5", List.of(6, 40, 41));
        covered.put("6", List.of(20, 21, 23, 24, 27, 29, 30));
        covered.put("7", List.of(2, 9, 13, 14, 15, 34));
        covered.put("8", List.of(21, 24, 27, 29, 30, 34, 36));
        covered.put("9", List.of(14, 34));
        covered.put("10", List.of(8, 15, 16, 17, 18, 25, 35, 37, 40));
        covered.put("o27", List.of(18, 19));
        covered.put("o28", List.of(18, 19));
        covered.put("o30", List.of(40, 41));
        covered.put("o36", List.of(35, 36, 37));
        covered.put("o37", List.of(35, 36, 37));
        assertEquals(covered, itemsByConcern(check));
        assertEquals(List.of(), gaps(check));
        assertEquals(15, check.findings(FindingKind.PLAN_COVERS).size());
        assertEquals(List.of(), check.findings(FindingKind.PLAN_GAP));

        PlanCheck.CoverageRow budget = check.coverage().get(1);
        // Indicator 2 at 76.24 is a weakness; below the weakness line it is not also urgent.
        assertEquals(List.of(FindingKind.WEAKNESS), budget.concerns());
        assertEquals(Level.INDICATOR, budget.subject().level());
        assertEquals(COVERS, budget.finding().rule());
        assertEquals(Map.of("concerns", "WEAKNESS", "topic", "indicator 2", "items", "2, 14, 32, 33",
                "keywords", "การใช้งบประมาณ, งบประมาณรายจ่าย, จัดซื้อจัดจ้าง, พัสดุ"), budget.finding().texts());
        assertEquals(Optional.empty(), budget.recommendation());
        PlanCheck.CoverageRow channel = check.coverage().get(12);
        assertEquals("o30", channel.subject().key());
        assertEquals(List.of(FindingKind.OIT_ITEM_FAILED), channel.concerns());
        assertEquals("oit complaints", channel.finding().text("topic"));
    }

    @Test
    void withoutTheComplaintMeasuresTheFailedComplaintChannelIsAGapWithTheCataloguesMeasure() {
        // Drop P40 and P41 (4.3.1 and 4.3.2). Indicator 5 stays covered by P6 (ต่อต้านการทุจริต).
        ActionPlan plan = from2564(40, 41);

        PlanCheck check = CHECKER.check(plan, LAMPANG_2564);

        assertEquals(List.of("o30"), gaps(check));
        PlanCheck.CoverageRow gap = check.gaps().get(0);
        assertFalse(gap.covered());
        assertEquals(List.of(), gap.items());
        assertEquals(GAP, gap.finding().rule());
        assertEquals(FindingKind.PLAN_GAP, gap.finding().kind());
        assertEquals(Map.of("concerns", "OIT_ITEM_FAILED", "topic", "oit complaints", "keywords", "ร้องเรียน, แจ้งเบาะแส"),
                gap.finding().texts());
        Text measure = RecommendationCatalogue.standard().oitItem("ITA-2563", "o30").orElseThrow().action();
        assertEquals(Optional.of(measure), gap.recommendation());
        assertTrue(measure.th().contains("ช่องทางแจ้งเรื่องร้องเรียนการทุจริต"), measure.th());
        assertEquals(List.of(6), itemsByConcern(check).get("5"));
        assertEquals(List.of(GAP), check.trace().stream().filter(GAP::equals).toList());
    }

    @Test
    void withoutTheVehicleProjectIndicator4IsAGapWithTheImproveMeasure() {
        // P22 is the only item on government property; it is also risk row ๕'s control measure.
        ActionPlan plan = from2564(22);

        PlanCheck check = CHECKER.check(plan, LAMPANG_2564);

        assertEquals(List.of("4"), gaps(check));
        // Indicator 4 is a weakness (75.78), so the catalogue's improve entry, as the analysis's measure.
        Text improve = RecommendationCatalogue.standard().indicator(4, "improve").orElseThrow().action();
        assertEquals(Optional.of(improve), check.gaps().get(0).recommendation());
        assertEquals(List.of("riskRegister[1].controlMeasures[0]", "riskRegister[3].controlMeasures[0]"),
                check.findings(FindingKind.PLAN_CONTROL_UNRESOLVED).stream().map(f -> f.subject().key()).toList());
    }

    @Test
    void anIndicatorThatIsOnlyUrgentGetsTheUrgentMeasure() {
        // Indicator 1 (87.37) is urgent, not a weakness. Without P3, P5 and P28 nothing addresses it.
        ActionPlan plan = from2564(3, 5, 28);

        PlanCheck check = CHECKER.check(plan, LAMPANG_2564);

        assertEquals(List.of("1"), gaps(check));
        Text urgent = RecommendationCatalogue.standard().indicator(1, "urgent").orElseThrow().action();
        assertEquals(Optional.of(urgent), check.gaps().get(0).recommendation());
    }

    @Test
    void withoutAnAnalysisThereIsNoCoverage() {
        PlanCheck check = CHECKER.check(Plans.lampang());

        assertEquals(List.of(), check.coverage());
        assertEquals(Optional.empty(), check.analysis());
        assertTrue(check.trace().stream().noneMatch(r -> r.equals(COVERS) || r.equals(GAP)), check.trace()::toString);
    }

    @Test
    void everyOitItemOfBothEditionsBelongsToATopicOfTheMapping() {
        for (int year : new int[] {2564, 2566}) {
            Assessment.Builder builder = Assessment.builder().agency("เทศบาลนครลำปาง", AgencyKind.CITY_MUNICIPALITY)
                    .fiscalYear(year);
            for (int n = 1; n <= 43; n++) {
                builder.oitItem("o" + n, false, null);
            }
            PlanCheck check = CHECKER.check(from2564(), ENGINE.analyze(builder.build()));

            // FY2564 also scores indicators 9 and 10 from the OIT items, so they are concerns too.
            List<PlanCheck.CoverageRow> items = check.coverage().stream()
                    .filter(r -> r.subject().level() == Level.OIT_ITEM).toList();
            assertEquals(43, items.size(), "FY" + year);
            for (PlanCheck.CoverageRow row : items) {
                Finding f = row.finding();
                assertTrue(f.text("topic").startsWith("oit "), () -> "FY" + year + " " + row.subject().thai() + " has no topic");
            }
        }
    }
}
