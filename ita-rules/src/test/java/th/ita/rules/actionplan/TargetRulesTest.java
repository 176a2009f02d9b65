package th.ita.rules.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.model.actionplan.ActionPlan;
import th.ita.rules.ItaEngine;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/** {@code actionplan/targets.drl}: the plan's ITA target for the year against the actual overall score. */
class TargetRulesTest {

    private static final PlanChecker CHECKER = PlanChecker.create();
    private static final ItaEngine ENGINE = ItaEngine.create();
    private static final ActionPlan PLAN = Plans.lampang();

    private static final String MISSED = "Plan: an overall ITA score below the plan's target for its fiscal year misses the target";
    private static final String MET = "Plan: an overall ITA score at or above the plan's target for its fiscal year meets the target";

    private static PlanCheck check(int year, String overall) {
        return CHECKER.check(PLAN, ENGINE.analyze(Plans.lampangOverall(year, overall)));
    }

    private static List<Finding> targetFindings(PlanCheck check) {
        return check.findings().stream().filter(f -> f.kind() == FindingKind.PLAN_TARGET_MET
                || f.kind() == FindingKind.PLAN_TARGET_MISSED).toList();
    }

    @Test
    void sixtyInFy2566MissesTheTargetOf65() {
        PlanCheck check = check(2566, "60.00");

        Finding missed = targetFindings(check).get(0);
        assertEquals(1, targetFindings(check).size());
        assertEquals(FindingKind.PLAN_TARGET_MISSED, missed.kind());
        assertEquals(MISSED, missed.rule());
        assertEquals("targets.years[0].itaScore", missed.subject().key());
        assertEquals("เป้าหมายคะแนน ITA ปีงบประมาณ 2566", missed.subject().thai());
        assertEquals(Map.of("fiscalYear", "2566", "target", "65.00", "overall", "60.00", "shortfall", "5.00"),
                missed.texts());
        assertEquals(List.of(missed), check.problems().stream().filter(f -> f.kind() == FindingKind.PLAN_TARGET_MISSED)
                .toList());
    }

    @Test
    void seventyInFy2566MeetsTheTarget() {
        Finding met = targetFindings(check(2566, "70.00")).get(0);

        assertEquals(FindingKind.PLAN_TARGET_MET, met.kind());
        assertEquals(MET, met.rule());
        assertEquals(Map.of("fiscalYear", "2566", "target", "65.00", "overall", "70.00"), met.texts());
    }

    @Test
    void theTargetIsMetAtExactlyTheTargetAndMissedOneHundredthBelow() {
        assertEquals(List.of(FindingKind.PLAN_TARGET_MET),
                targetFindings(check(2566, "65.00")).stream().map(Finding::kind).toList());
        assertEquals(List.of(FindingKind.PLAN_TARGET_MISSED),
                targetFindings(check(2566, "64.99")).stream().map(Finding::kind).toList());
        // Each year has its own target: 75 in FY2568 (the catalogue has editions up to FY2568).
        assertEquals("75.00", targetFindings(check(2568, "74.99")).get(0).text("target"));
        assertEquals(FindingKind.PLAN_TARGET_MISSED, targetFindings(check(2568, "74.99")).get(0).kind());
        assertEquals(FindingKind.PLAN_TARGET_MET, targetFindings(check(2568, "75.00")).get(0).kind());
    }

    @Test
    void aYearOfThePlanWithoutATargetHasNoTargetToCompare() {
        // Source 003 sets a target for each of its years; drop FY2568's.
        ActionPlan plan = Plans.edited(root -> ((ArrayNode) root.at("/targets/years")).remove(2));

        PlanCheck check = CHECKER.check(plan, ENGINE.analyze(Plans.lampangOverall(2568, "50.00")));

        assertEquals(List.of(), targetFindings(check));
    }
}
