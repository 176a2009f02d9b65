package th.ita.model.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import th.ita.model.FiscalYear;

/** Invariants of budget sums and name matching over generated plans. */
class ActionPlanProperties {

    @Provide
    Arbitrary<List<Long>> amounts() {
        return Arbitraries.longs().between(0, 5_000_000).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property
    boolean summedBudgetsAreTheSumsOfTheItemAmounts(@ForAll("amounts") List<Long> amounts,
                                                    @ForAll @IntRange(min = 1, max = 4) int dimensionNumber) {
        FiscalYearRange period = FiscalYearRange.of(2566, 2570);
        List<PlanItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Budget budget = i % 3 == 0 ? Budget.none()
                    : i % 3 == 1 ? Budget.perYear(BigDecimal.valueOf(amounts.get(i)), period)
                    : Budget.oneOff(FiscalYear.of(2566), BigDecimal.valueOf(amounts.get(i)));
            items.add(new PlanItem(i + 1, "โครงการ" + i, Optional.empty(), List.of(), Optional.empty(), List.of(),
                    Optional.empty(), budget, List.of(), List.of(), List.of(), List.of(), Optional.empty()));
        }
        SubStrategy sub = new SubStrategy(dimensionNumber + ".1.1", "กลยุทธ์", items, Optional.empty());
        Mission mission = new Mission(dimensionNumber + ".1", "ภารกิจ", List.of(sub));
        Dimension dimension = new Dimension(dimensionNumber, "มิติ", List.of(mission), Optional.empty(), new TreeMap<>());
        ActionPlan plan = new ActionPlan("เทศบาล", Optional.empty(), Optional.empty(), "แผน", period, Optional.empty(),
                Optional.empty(), PlanTargets.none(), List.of(), List.of(dimension), Optional.empty(), new TreeMap<>(),
                List.of());
        BigDecimal expectedAllYears = items.stream().map(i -> i.budget().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal summed = plan.summedBudgetByYear().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return summed.compareTo(expectedAllYears) == 0
                && plan.summedBudgetByYear().equals(plan.summedBudgetByYear(dimensionNumber))
                && plan.itemsIn(dimensionNumber).size() == amounts.size();
    }

    @Property
    boolean namesMatchWhateverSpacesWrapThem(@ForAll("thaiWords") List<String> words) {
        String name = "โครงการ" + String.join("", words);
        String wrapped = "โครงการ " + String.join(" \n", words) + " ";
        PlanItem item = new PlanItem(1, name, Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty(),
                Budget.none(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
        return item.isNamed(wrapped);
    }

    @Provide
    Arbitrary<List<String>> thaiWords() {
        return Arbitraries.strings().withCharRange('\u0E01', '\u0E2E').ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(6);
    }
}
