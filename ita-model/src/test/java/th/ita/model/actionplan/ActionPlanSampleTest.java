package th.ita.model.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.model.FiscalYear;

/** The bundled plan of Lampang City Municipality, FY2566 - 2570 (source 003), checked against the printed figures. */
class ActionPlanSampleTest {

    private static ActionPlan plan;

    @BeforeAll
    static void readSample() throws IOException {
        try (InputStream in = ActionPlans.class.getResourceAsStream(ActionPlans.LAMPANG_CITY_2566_2570)) {
            plan = ActionPlans.read(in, ActionPlans.LAMPANG_CITY_2566_2570);
        }
    }

    private static BigDecimal baht(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }

    private static SortedMap<FiscalYear, BigDecimal> years(long fy2566, long later) {
        SortedMap<FiscalYear, BigDecimal> map = new TreeMap<>();
        map.put(FiscalYear.of(2566), baht(fy2566));
        for (int y = 2567; y <= 2570; y++) {
            map.put(FiscalYear.of(y), baht(later));
        }
        return map;
    }

    @Test
    void headerIsAsPrinted() {
        assertEquals("เทศบาลนครลำปาง", plan.organisation());
        assertEquals(Optional.of("จังหวัดลำปาง"), plan.province());
        assertEquals(FiscalYearRange.of(2566, 2570), plan.period());
        assertEquals(Optional.of("กันยายน ๒๕๖๕"), plan.dated());
    }

    @Test
    void hasFortyOneItemsNumberedOneToFortyOneInOrder() {
        assertEquals(IntStream.rangeClosed(1, 41).boxed().toList(),
                plan.items().stream().map(PlanItem::number).toList());
        assertEquals(Optional.of(41), plan.declaredItemCount());
    }

    @Test
    void itemsPerDimensionAreTwelveEighteenFourSeven() {
        assertEquals(List.of(12, 18, 4, 7),
                IntStream.rangeClosed(1, 4).mapToObj(d -> plan.itemsIn(d).size()).toList());
        for (Dimension d : plan.dimensions()) {
            assertEquals(Optional.of(d.items().size()), d.declaredItemCount(), "dimension " + d.number());
        }
    }

    @Test
    void kindsComeFromTheNamePrefix() {
        Map<Integer, Map<PlanItemKind, Long>> kinds = plan.dimensions().stream().collect(Collectors.toMap(
                Dimension::number, d -> d.items().stream().collect(
                        Collectors.groupingBy(PlanItem::kind, () -> new EnumMap<>(PlanItemKind.class), Collectors.counting()))));
        assertEquals(Map.of(PlanItemKind.PROJECT, 9L, PlanItemKind.ACTIVITY, 2L, PlanItemKind.MEASURE, 1L), kinds.get(1));
        assertEquals(Map.of(PlanItemKind.PROJECT, 6L, PlanItemKind.ACTIVITY, 4L, PlanItemKind.MEASURE, 8L), kinds.get(2));
        assertEquals(Map.of(PlanItemKind.PROJECT, 2L, PlanItemKind.ACTIVITY, 2L), kinds.get(3));
        assertEquals(Map.of(PlanItemKind.PROJECT, 2L, PlanItemKind.ACTIVITY, 2L, PlanItemKind.MEASURE, 3L), kinds.get(4));
        // labelled "ชื่อโครงการ" / "ชื่อกิจกรรม" in the source, but the name decides
        assertEquals(PlanItemKind.MEASURE, plan.item(16).orElseThrow().kind());
        assertEquals(PlanItemKind.PROJECT, plan.item(23).orElseThrow().kind());
        assertEquals(PlanItemKind.ACTIVITY, plan.item(8).orElseThrow().kind());
    }

    @Test
    void planTotalsAre4894000InFy2566And4394000InEachLaterYear() {
        assertEquals(years(4_894_000, 4_394_000), plan.summedBudgetByYear());
        assertEquals(baht(22_470_000), plan.summedBudgetByYear().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void dimensionTotalsAreTheSumsOfTheirItems() {
        assertEquals(years(3_242_000, 3_242_000), plan.summedBudgetByYear(1));
        assertEquals(years(1_100_000, 600_000), plan.summedBudgetByYear(2));
        assertEquals(years(150_000, 150_000), plan.summedBudgetByYear(3));
        assertEquals(years(402_000, 402_000), plan.summedBudgetByYear(4));
    }

    @Test
    void declaredTotalsEqualSummedItemsWhereGiven() {
        assertEquals(years(4_894_000, 4_394_000), plan.declaredTotals());
        assertEquals(plan.declaredTotals(), plan.summedBudgetByYear());
        for (int d = 1; d <= 4; d++) {
            assertFalse(plan.declaredTotals(d).isEmpty(), "dimension " + d + " has printed totals");
            assertEquals(plan.declaredTotals(d), plan.summedBudgetByYear(d), "dimension " + d);
        }
    }

    @Test
    void thirteenItemsHaveABudget() {
        assertEquals(List.of(1, 2, 4, 7, 11, 12, 13, 23, 24, 32, 33, 38, 39), plan.items().stream()
                .filter(i -> i.budget().kind() != BudgetKind.NONE).map(PlanItem::number).toList());
        Budget app = plan.item(24).orElseThrow().budget();
        assertEquals(BudgetKind.ONE_OFF, app.kind());
        assertEquals(Map.of(FiscalYear.of(2566), baht(500_000)), app.byYear());
        assertEquals(Optional.of(FiscalYearRange.of(2566)), plan.item(24).orElseThrow().period());
        Budget schools = plan.item(11).orElseThrow().budget();
        assertEquals(years(6_000, 6_000), schools.byYear());
        assertTrue(schools.text().orElseThrow().contains("เงินรายได้สถานศึกษา"), "the split funding is kept as printed");
    }

    @Test
    void theUnresolvedControlMeasureIsFoundByName() {
        List<ControlMeasure> unresolved = plan.unresolvedControlMeasures();
        assertEquals(1, unresolved.size(), unresolved.toString());
        assertEquals("มาตรการเปิดเผยข้อมูลการบริหารและพัฒนาทรัพยากรบุคคลแก่สาธารณะ",
                unresolved.get(0).name().replaceAll("\\s", ""));
        assertEquals(Optional.empty(), unresolved.get(0).item());
    }

    @Test
    void theOtherControlMeasuresResolveToTheirItems() {
        List<Integer> resolved = plan.riskRegister().stream().flatMap(r -> r.controlMeasures().stream())
                .map(plan::resolve).flatMap(Optional::stream).map(PlanItem::number).toList();
        assertEquals(List.of(4, 1, 3, 30, 18, 5, 22, 29), resolved);
    }

    @Test
    void riskRegisterKeepsTheSurvivingRows() {
        List<RiskRow> rows = plan.riskRegister();
        assertEquals(List.of(Optional.of(1), Optional.of(2), Optional.<Integer>empty(), Optional.of(5), Optional.of(6)),
                rows.stream().map(RiskRow::number).toList());
        assertEquals(Optional.of(RiskLevel.HIGH), rows.get(4).highestLevel());
        assertEquals(Optional.of(RiskLevel.LOW), rows.get(0).highestLevel());
        RiskRow continuation = rows.get(2);
        assertEquals(List.of(3, 4, 5), continuation.issues().stream().map(RiskIssue::number).toList());
        assertTrue(continuation.issues().stream().allMatch(i -> i.level().isEmpty()), "the Risk Score cell is blank");
        assertTrue(continuation.note().isPresent());
        assertTrue(continuation.processStep().isEmpty());
    }

    @Test
    void yearlyTargetsAreAsPrinted() {
        PlanTargets targets = plan.targets();
        assertEquals(Optional.of(FiscalYear.of(2565)), targets.caseReductionBaseYear());
        assertEquals(List.of(65, 70, 75, 80, 85), plan.period().years().stream()
                .map(y -> targets.itaScoreIn(y).orElseThrow().value().intValueExact()).toList());
        assertEquals(List.of(10, 20, 30, 40, 50), plan.period().years().stream()
                .map(y -> targets.caseReductionPercentIn(y).orElseThrow().intValueExact()).toList());
        assertEquals(2, targets.goals().size());
    }

    @Test
    void eightSubStrategiesHaveNoItem() {
        assertEquals(List.of("1.2.3", "2.1.3", "3.2.1", "3.2.2", "3.2.3", "3.3.1", "3.3.2", "3.3.3"),
                plan.emptySubStrategies().stream().map(SubStrategy::code).toList());
    }

    @Test
    void theMissingRecordOfItem31IsNotInvented() {
        PlanItem item = plan.item(31).orElseThrow();
        assertTrue(item.note().orElseThrow().contains("missing"));
        assertTrue(item.objectives().isEmpty());
        assertTrue(item.steps().isEmpty());
        assertTrue(item.targetGroup().isEmpty());
        assertEquals("โครงการจัดเวทีประชาคม", item.templateName());
    }

    @Test
    void anItemWithoutABudgetFieldSaysSo() {
        PlanItem item = plan.item(20).orElseThrow();
        assertEquals(BudgetKind.NONE, item.budget().kind());
        assertTrue(item.budget().text().isEmpty());
        assertTrue(item.note().orElseThrow().contains("no budget field"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
            26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41})
    void everyItemHasAUnitAPeriodAndOutputsOrOutcomes(int number) {
        PlanItem item = plan.item(number).orElseThrow();
        assertFalse(item.responsibleUnits().isEmpty());
        assertTrue(item.period().isPresent());
        assertFalse(item.outputs().isEmpty() && item.outcomes().isEmpty());
    }

    @Test
    void templateAndLocalNamesAreSeparate() {
        PlanItem item = plan.item(12).orElseThrow();
        assertEquals("โครงการโรงเรียนคุณธรรม", item.templateName());
        assertEquals(Optional.of("กิจกรรมอบรมเสริมสร้างคุณธรรมนักเรียน"), item.localName());
        assertEquals(17, plan.items().stream().filter(i -> i.localName().isPresent()).count());
    }

    @Test
    void kpisCarryComparatorValueUnitAndVerification() {
        Kpi knowledge = plan.item(1).orElseThrow().kpis().get(1);
        assertEquals(KpiComparator.AT_LEAST, knowledge.comparator());
        assertEquals(new BigDecimal("80.00"), knowledge.value());
        assertEquals(KpiUnit.PERCENT, knowledge.unit());
        assertTrue(knowledge.verification().orElseThrow().contains("Pre Test"));
        assertEquals(List.of(15, 17, 25), plan.items().stream()
                .filter(i -> i.kpis().stream().anyMatch(k -> k.unit() == KpiUnit.SCORE)).map(PlanItem::number).toList());
    }
}
