package th.ita.model.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import java.util.Map;
import java.util.stream.Stream;
import th.ita.model.FiscalYear;

/** The value types of the action-plan model, built in Java rather than read from JSON. */
class ActionPlanModelTest {

    private static PlanItem item(int number, String templateName, Optional<String> localName, Budget budget) {
        return new PlanItem(number, templateName, localName, List.of(), Optional.empty(), List.of(), Optional.empty(),
                budget, List.of(ResponsibleUnit.of("กองการเจ้าหน้าที่")), List.of(), List.of(), List.of(), Optional.empty());
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void kindComesFromThePrefix() {
        assertEquals(PlanItemKind.PROJECT, PlanItemKind.ofName("โครงการโรงเรียนคุณธรรม"));
        assertEquals(PlanItemKind.ACTIVITY, PlanItemKind.ofName(" กิจกรรม “สร้างความโปร่งใส”"));
        assertEquals(PlanItemKind.MEASURE, PlanItemKind.ofName("มาตรการ NO Gift Policy"));
        assertEquals("name: no kind prefix, was \"NO Gift Policy\"; a name starts with โครงการ, กิจกรรม or มาตรการ",
                message(() -> PlanItemKind.ofName("NO Gift Policy")));
    }

    @Test
    void budgetsNormaliseAmountsAndCheckTheirKind() {
        Budget perYear = Budget.perYear(BigDecimal.valueOf(100_000), FiscalYearRange.of(2566, 2570));
        assertEquals(5, perYear.byYear().size());
        assertEquals(new BigDecimal("500000.00"), perYear.total());
        assertEquals(new BigDecimal("0.00"), perYear.amountIn(FiscalYear.of(2571)));
        assertEquals(new BigDecimal("500000.00"), Budget.oneOff(FiscalYear.of(2566), new BigDecimal("500000")).amountIn(FiscalYear.of(2566)));
        assertEquals(BigDecimal.ZERO.setScale(2), Budget.none().total());
        assertEquals("byYear.2566: negative amount, was -1; amounts must be 0 or more baht",
                message(() -> Budget.oneOff(FiscalYear.of(2566), BigDecimal.ONE.negate())));
        assertEquals("byYear.2023: not a Buddhist-era fiscal year, was 2023; valid 2500 - 2700",
                message(() -> Checks.byFiscalYear(Map.of(2023, BigDecimal.ONE), "byYear")));
        TreeMap<FiscalYear, BigDecimal> two = new TreeMap<>();
        two.put(FiscalYear.of(2566), BigDecimal.ONE);
        two.put(FiscalYear.of(2567), BigDecimal.ONE);
        assertTrue(message(() -> new Budget(BudgetKind.ONE_OFF, two, Optional.empty()))
                .startsWith("byYear: not one amount for a budget of kind ONE_OFF"));
        assertTrue(message(() -> new Budget(BudgetKind.NONE, two, Optional.empty()))
                .startsWith("byYear: amounts for a budget of kind NONE"));
    }

    @Test
    void budgetsAreImmutableCopies() {
        TreeMap<FiscalYear, BigDecimal> amounts = new TreeMap<>();
        amounts.put(FiscalYear.of(2566), BigDecimal.TEN);
        Budget budget = new Budget(BudgetKind.PER_YEAR, amounts, Optional.empty());
        amounts.put(FiscalYear.of(2567), BigDecimal.TEN);
        assertEquals(1, budget.byYear().size());
        assertThrows(UnsupportedOperationException.class, () -> budget.byYear().put(FiscalYear.of(2568), BigDecimal.ONE));
    }

    @Test
    void fiscalYearRangesAreBuddhistEra() {
        FiscalYearRange range = FiscalYearRange.of(2566, 2570);
        assertEquals(Stream.of(2566, 2567, 2568, 2569, 2570).map(FiscalYear::of).toList(), range.years());
        assertEquals(5, range.length());
        assertTrue(range.contains(FiscalYear.of(2570)));
        assertFalse(range.contains(FiscalYear.of(2565)));
        assertEquals("last: before the first year, was 2565; the range starts at 2566",
                message(() -> FiscalYearRange.of(2566, 2565)));
    }

    @Test
    void anItemBudgetMustLieInItsPeriod() {
        assertEquals("budget.byYear.2567: year outside the item period, was 2567; the item runs 2566 - 2566",
                message(() -> new PlanItem(1, "โครงการแอป", Optional.empty(), List.of(), Optional.empty(), List.of(),
                        Optional.of(FiscalYearRange.of(2566)), Budget.oneOff(FiscalYear.of(2567), BigDecimal.TEN), List.of(), List.of(),
                        List.of(), List.of(), Optional.empty())));
    }

    @Test
    void namesMatchIgnoringSpacesAndQuotes() {
        PlanItem item = item(3, "มาตรการ “ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของเทศบาลนครลำปาง”", Optional.empty(),
                Budget.none());
        assertTrue(item.isNamed("มาตรการส่งเสริมการ ปฏิบัติงานตามประมวลจริยธรรม ของเทศบาลนครลำปาง"));
        assertFalse(item.isNamed("มาตรการส่งเสริมการปฏิบัติงาน"));
        PlanItem local = item(12, "โครงการโรงเรียนคุณธรรม", Optional.of("กิจกรรมอบรมเสริมสร้างคุณธรรมนักเรียน"), Budget.none());
        assertTrue(local.isNamed("กิจกรรมอบรมเสริมสร้าง คุณธรรมนักเรียน"));
        assertEquals("กิจกรรมอบรมเสริมสร้างคุณธรรมนักเรียน", local.displayName());
    }

    @Test
    void dimensionsAreOneToFour() {
        assertEquals("number: dimension out of range, was 5; valid 1 - 4",
                message(() -> new Dimension(5, "มิติ", List.of(), Optional.empty(), new TreeMap<>())));
        assertEquals("missions[0].code: not under dimension 1, was \"2.1\"; expected 1.y",
                message(() -> new Dimension(1, "มิติ", List.of(new Mission("2.1", "ภารกิจ", List.of())),
                        Optional.empty(), new TreeMap<>())));
    }

    @Test
    void listsAreCopiedAndNullElementsNamed() {
        List<String> outputs = new ArrayList<>(List.of("ผลผลิต"));
        PlanItem item = new PlanItem(1, "โครงการ", Optional.empty(), List.of(), Optional.empty(), List.of(),
                Optional.empty(), Budget.none(), List.of(), outputs, List.of(), List.of(), Optional.empty());
        outputs.add("เพิ่ม");
        assertEquals(List.of("ผลผลิต"), item.outputs());
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> new PlanItem(1, "โครงการ",
                Optional.empty(), withNull, Optional.empty(), List.of(), Optional.empty(), Budget.none(), List.of(),
                List.of(), List.of(), List.of(), Optional.empty()));
        assertEquals("objectives[0]: null element; elements must not be null", e.getMessage());
        assertEquals("budget", assertThrows(NullPointerException.class, () -> new PlanItem(1, "โครงการ",
                Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty(), null, List.of(), List.of(),
                List.of(), List.of(), Optional.empty())).getMessage());
    }

    @Test
    void kpiComparatorsAndRanges() {
        assertTrue(KpiComparator.AT_LEAST.isMet(new BigDecimal("80.00"), new BigDecimal("80")));
        assertFalse(KpiComparator.AT_LEAST.isMet(new BigDecimal("79.99"), new BigDecimal("80")));
        assertTrue(KpiComparator.AT_MOST.isMet(BigDecimal.ONE, BigDecimal.TEN));
        assertTrue(KpiComparator.EQUAL.isMet(new BigDecimal("1.0"), BigDecimal.ONE));
        assertEquals("value: out of range, was 101; valid 0 - 100",
                message(() -> new Kpi("ความพึงพอใจ", KpiComparator.AT_LEAST, BigDecimal.valueOf(101), KpiUnit.PERCENT,
                        Optional.empty())));
        assertEquals(new BigDecimal("1000"),
                new Kpi("ผู้เข้าร่วม", KpiComparator.AT_LEAST, new BigDecimal("1000"), KpiUnit.PERSONS, Optional.empty()).value());
        // Reports write KPI values out in full: 1E+2147483647 would take two gigabytes.
        assertEquals("value: too large, was 1E+2147483647; a plan's numbers are below 10^15",
                message(() -> new Kpi("ผู้เข้าร่วม", KpiComparator.AT_LEAST, new BigDecimal("1e2147483647"),
                        KpiUnit.PERSONS, Optional.empty())));
        assertEquals("value: more than two decimals, was 1E-2147483647; at most two decimals are allowed",
                message(() -> new Kpi("ผู้เข้าร่วม", KpiComparator.AT_LEAST, new BigDecimal("1e-2147483647"),
                        KpiUnit.PERSONS, Optional.empty())));
        assertEquals("value: out of range, was 1E+2147483647; valid 0 - 100",
                message(() -> new Kpi("ความพึงพอใจ", KpiComparator.AT_LEAST, new BigDecimal("1e2147483647"),
                        KpiUnit.PERCENT, Optional.empty())));
    }

    @Test
    void riskLevelsParseThaiWords() {
        assertEquals(RiskLevel.LOW, RiskLevel.parse("ต่ำ"));
        assertEquals(RiskLevel.HIGH, RiskLevel.parse(" สูง "));
        assertEquals("level: unknown risk level, was \"กลาง\"; valid ต่ำ, ปานกลาง, สูง, สูงมาก",
                message(() -> RiskLevel.parse("กลาง")));
    }

    @Test
    void queriesRejectDimensionsOutsideOneToFour() {
        ActionPlan plan = new ActionPlan("เทศบาล", Optional.empty(), Optional.empty(), "แผน", FiscalYearRange.of(2566, 2567),
                Optional.empty(), Optional.empty(), PlanTargets.none(), List.of(), List.of(), Optional.empty(),
                new TreeMap<>(), List.of());
        assertEquals(List.of(), plan.itemsIn(4));
        assertEquals(BigDecimal.ZERO.setScale(2), plan.summedBudgetByYear(4).get(FiscalYear.of(2567)));
        assertEquals("dimension: out of range, was 0; valid 1 - 4", message(() -> plan.itemsIn(0)));
    }
}
