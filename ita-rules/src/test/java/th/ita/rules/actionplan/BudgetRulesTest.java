package th.ita.rules.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import th.ita.model.FiscalYear;
import th.ita.model.actionplan.ActionPlan;
import th.ita.rules.facts.Level;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;

/** {@code actionplan/budget.drl}: item budgets against the totals the plan prints. */
class BudgetRulesTest {

    private static final PlanChecker CHECKER = PlanChecker.create();

    private static final String MISMATCH = "Plan: item budgets that do not add up to a declared total are a budget mismatch";

    private static Map<FiscalYear, BigDecimal> years(long first, long later) {
        Map<FiscalYear, BigDecimal> years = new TreeMap<>();
        years.put(FiscalYear.of(2566), BigDecimal.valueOf(first).setScale(2));
        for (int year = 2567; year <= 2570; year++) {
            years.put(FiscalYear.of(year), BigDecimal.valueOf(later).setScale(2));
        }
        return years;
    }

    @Test
    void theTotalsOfSource003AddUpAndGiveNoMismatch() {
        ActionPlan plan = Plans.lampang();

        // 41 items, 12 / 18 / 4 / 7 by dimension (foreword L40-50, Part 2 L133 and L182).
        assertEquals(41, plan.items().size());
        assertEquals(List.of(12, 18, 4, 7), List.of(plan.itemsIn(1).size(), plan.itemsIn(2).size(),
                plan.itemsIn(3).size(), plan.itemsIn(4).size()));
        // 4,894,000 baht in FY2566 (P24's one-off 500,000) and 4,394,000 in each later year.
        assertEquals(years(4_894_000, 4_394_000), plan.summedBudgetByYear());
        assertEquals(plan.declaredTotals(), plan.summedBudgetByYear());
        assertEquals(years(3_242_000, 3_242_000), plan.summedBudgetByYear(1));
        assertEquals(years(1_100_000, 600_000), plan.summedBudgetByYear(2));
        assertEquals(years(150_000, 150_000), plan.summedBudgetByYear(3));
        assertEquals(years(402_000, 402_000), plan.summedBudgetByYear(4));

        PlanCheck check = CHECKER.check(plan);

        assertEquals(List.of(), check.findings(FindingKind.PLAN_BUDGET_MISMATCH));
        assertEquals(List.of(), check.trace().stream().filter(MISMATCH::equals).toList());
    }

    @Test
    void oneChangedDeclaredTotalGivesExactlyOneMismatchNamingDimensionAndYear() {
        // Dimension 2 prints 600,000 for FY2567; make it 650,000. The grand total still matches.
        ActionPlan plan = Plans.edited(root -> Plans.dimension(root, 2).withObjectProperty("declaredTotals").put("2567", 650_000));

        PlanCheck check = CHECKER.check(plan);

        Finding mismatch = check.findings(FindingKind.PLAN_BUDGET_MISMATCH).get(0);
        assertEquals(1, check.findings(FindingKind.PLAN_BUDGET_MISMATCH).size());
        assertEquals(MISMATCH, mismatch.rule());
        assertEquals(Level.PLAN, mismatch.subject().level());
        assertEquals("dimensions[1].declaredTotals.2567", mismatch.subject().key());
        assertEquals("งบประมาณรวมมิติที่ 2 ปีงบประมาณ 2567", mismatch.subject().thai());
        assertEquals(Map.of("dimension", "2", "fiscalYear", "2567", "declared", "650000.00",
                "summed", "600000.00", "difference", "-50000.00"), mismatch.texts());
        assertEquals(List.of(MISMATCH), check.trace().stream().filter(r -> r.contains("budget")).toList());
    }

    @Test
    void oneChangedItemBudgetBreaksItsDimensionAndTheGrandTotalOfThatYear() {
        // P13 (ประชาสัมพันธ์ข่าวสาร, dimension 2) budgets 500,000 a year; make FY2568 450,000.
        ActionPlan plan = Plans.edited(root -> Plans.item(root, 13).withObjectProperty("budget").withObjectProperty("byYear").put("2568", 450_000));

        List<Finding> mismatches = CHECKER.check(plan).findings(FindingKind.PLAN_BUDGET_MISMATCH);

        assertEquals(List.of("dimensions[1].declaredTotals.2568", "declaredTotals.2568"),
                mismatches.stream().map(f -> f.subject().key()).toList());
        assertEquals(Map.of("dimension", "2", "fiscalYear", "2568", "declared", "600000.00",
                "summed", "550000.00", "difference", "-50000.00"), mismatches.get(0).texts());
        assertEquals(Map.of("dimension", "all", "fiscalYear", "2568", "declared", "4394000.00",
                "summed", "4344000.00", "difference", "-50000.00"), mismatches.get(1).texts());
    }

    @Test
    void aPlanThatPrintsNoTotalsHasNothingToCompare() {
        ActionPlan plan = Plans.edited(root -> {
            root.remove("declaredTotals");
            root.get("dimensions").forEach(d -> ((ObjectNode) d).remove("declaredTotals"));
            Plans.item(root, 13).withObjectProperty("budget").withObjectProperty("byYear").put("2568", 450_000);
        });

        assertEquals(List.of(), CHECKER.check(plan).findings(FindingKind.PLAN_BUDGET_MISMATCH));
    }
}
