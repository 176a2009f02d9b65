package th.ita.model.actionplan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import th.ita.model.FiscalYear;

/**
 * A local government's anti-corruption action plan ("แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับ
 * คุณธรรมและความโปร่งใส") over several fiscal years.
 *
 * <p>The plan is a tree: {@link Dimension} (มิติ 1 - 4) → {@link Mission} (x.y) →
 * {@link SubStrategy} (x.y.z) → {@link PlanItem}. Beside the tree it holds the corruption-risk
 * register, the yearly targets and the totals printed in the source. Totals are kept as printed and
 * never recomputed, so that a rule can compare them with {@link #summedBudgetByYear()}.
 *
 * <p>The query methods are what the rules need: {@link #itemsIn(int)}, {@link #summedBudgetByYear(int)},
 * {@link #summedBudgetByYear()}, {@link #declaredTotals()}, {@link #unresolvedControlMeasures()} and
 * {@link #emptySubStrategies()}. Read a plan with {@link ActionPlans#read(java.nio.file.Path)}.
 *
 * @param organisation      the organisation, such as "เทศบาลนครลำปาง", not blank, not null
 * @param district          the district ("อำเภอ"), or empty
 * @param province          the province ("จังหวัด"), or empty
 * @param title             the plan title as printed, not blank, not null
 * @param period            the fiscal years the plan covers, not null
 * @param dated             the date of the foreword as printed, such as "กันยายน ๒๕๖๕", or empty
 * @param source            an identifier of the source document, or empty
 * @param targets           the goals and yearly targets, not null
 * @param riskRegister      the rows of the corruption-risk assessment, possibly empty, not null
 * @param dimensions        the dimensions, each number once, possibly empty, not null
 * @param declaredItemCount the total item count printed for the plan, or empty
 * @param declaredTotals    the grand total printed for each fiscal year ("รวมทั้งสิ้น"), possibly empty, not null
 * @param notes             plan-level notes on how the source is damaged or was interpreted, possibly empty, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record ActionPlan(String organisation, Optional<String> district, Optional<String> province, String title,
                         FiscalYearRange period, Optional<String> dated, Optional<String> source, PlanTargets targets,
                         List<RiskRow> riskRegister, List<Dimension> dimensions, Optional<Integer> declaredItemCount,
                         SortedMap<FiscalYear, BigDecimal> declaredTotals, List<String> notes) {

    /**
     * Checks the plan and copies its lists.
     *
     * @param organisation      the organisation, such as "เทศบาลนครลำปาง", not blank, not null
     * @param district          the district ("อำเภอ"), or empty
     * @param province          the province ("จังหวัด"), or empty
     * @param title             the plan title as printed, not blank, not null
     * @param period            the fiscal years the plan covers, not null
     * @param dated             the date of the foreword as printed, such as "กันยายน ๒๕๖๕", or empty
     * @param source            an identifier of the source document, or empty
     * @param targets           the goals and yearly targets, not null
     * @param riskRegister      the rows of the corruption-risk assessment, possibly empty, not null
     * @param dimensions        the dimensions, each number once, possibly empty, not null
     * @param declaredItemCount the total item count printed for the plan, or empty
     * @param declaredTotals    the grand total printed for each fiscal year ("รวมทั้งสิ้น"), possibly empty, not null
     * @param notes             plan-level notes on how the source is damaged or was interpreted, possibly empty, not null
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if a text is blank, a dimension or item number is used twice, or a
     *                                  budget, total or target year lies outside the plan period; the
     *                                  message names the path of the offending field
     */
    public ActionPlan {
        Checks.text(organisation, "organisation");
        district = Checks.optionalText(district, "district");
        province = Checks.optionalText(province, "province");
        Checks.text(title, "title");
        Objects.requireNonNull(period, "period");
        dated = Checks.optionalText(dated, "dated");
        source = Checks.optionalText(source, "source");
        Objects.requireNonNull(targets, "targets");
        riskRegister = Checks.list(riskRegister, "riskRegister");
        dimensions = Checks.list(dimensions, "dimensions");
        Objects.requireNonNull(declaredItemCount, "declaredItemCount")
                .ifPresent(c -> Checks.check(c >= 0, "declaredItemCount: negative, was %d; a count is 0 or more", c));
        declaredTotals = Checks.amounts(declaredTotals, "declaredTotals");
        notes = Checks.texts(notes, "notes");
        checkTree(period, dimensions);
        checkYears(period, declaredTotals.keySet(), "declaredTotals");
        for (int t = 0; t < targets.years().size(); t++) {
            FiscalYear year = targets.years().get(t).fiscalYear();
            Checks.check(period.contains(year), "targets.years[%d].fiscalYear: outside the plan period, was %s; the plan runs %s - %s",
                    t, year, period.first(), period.last());
        }
    }

    private static void checkTree(FiscalYearRange period, List<Dimension> dimensions) {
        Set<Integer> dimensionNumbers = new HashSet<>();
        Map<Integer, String> itemPaths = new HashMap<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dimension = dimensions.get(d);
            Checks.check(dimensionNumbers.add(dimension.number()),
                    "dimensions[%d].number: duplicate dimension, was %d; each dimension appears once", d, dimension.number());
            checkYears(period, dimension.declaredTotals().keySet(), "dimensions[" + d + "].declaredTotals");
            for (int m = 0; m < dimension.missions().size(); m++) {
                Mission mission = dimension.missions().get(m);
                for (int s = 0; s < mission.subStrategies().size(); s++) {
                    List<PlanItem> items = mission.subStrategies().get(s).items();
                    for (int i = 0; i < items.size(); i++) {
                        PlanItem item = items.get(i);
                        String path = String.format(java.util.Locale.ROOT,
                                "dimensions[%d].missions[%d].subStrategies[%d].items[%d]", d, m, s, i);
                        String previous = itemPaths.putIfAbsent(item.number(), path);
                        Checks.check(previous == null, "%s.number: duplicate item number, was %d; already used at %s",
                                path, item.number(), previous);
                        checkYears(period, item.budget().byYear().keySet(), path + ".budget.byYear");
                    }
                }
            }
        }
    }

    private static void checkYears(FiscalYearRange period, Set<FiscalYear> years, String path) {
        for (FiscalYear year : years) {
            Checks.check(period.contains(year), "%s.%s: year outside the plan period, was %s; the plan runs %s - %s",
                    path, year, year, period.first(), period.last());
        }
    }

    @JsonCreator
    private static ActionPlan json(@JsonProperty("organisation") String organisation,
                                   @JsonProperty("district") String district,
                                   @JsonProperty("province") String province,
                                   @JsonProperty("title") String title,
                                   @JsonProperty("period") FiscalYearRange period,
                                   @JsonProperty("dated") String dated,
                                   @JsonProperty("source") String source,
                                   @JsonProperty("targets") PlanTargets targets,
                                   @JsonProperty("riskRegister") List<RiskRow> riskRegister,
                                   @JsonProperty("dimensions") List<Dimension> dimensions,
                                   @JsonProperty("declaredItemCount") Integer declaredItemCount,
                                   @JsonProperty("declaredTotals") Map<Integer, BigDecimal> declaredTotals,
                                   @JsonProperty("notes") List<String> notes) {
        return new ActionPlan(Checks.required(organisation, "organisation", "a text is required"),
                Checks.optional(district), Checks.optional(province),
                Checks.required(title, "title", "a text is required"),
                Checks.required(period, "period", "an object {\"first\": …, \"last\": …} is required"),
                Checks.optional(dated), Checks.optional(source),
                targets == null ? PlanTargets.none() : targets,
                Checks.orEmpty(riskRegister), Checks.orEmpty(dimensions), Checks.optional(declaredItemCount),
                Checks.byFiscalYear(declaredTotals, "declaredTotals"), Checks.orEmpty(notes));
    }

    /**
     * Returns every plan item, in the order of the tree.
     *
     * @return the items, possibly empty, not null
     */
    public List<PlanItem> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }

    /**
     * Returns the plan item with a number.
     *
     * @param number the item number
     * @return the item, or empty if the plan has no item with that number
     */
    public Optional<PlanItem> item(int number) {
        return items().stream().filter(i -> i.number() == number).findFirst();
    }

    /**
     * Returns the dimension with a number.
     *
     * @param number the dimension number, from 1 to 4
     * @return the dimension, or empty if the plan lacks it
     * @throws IllegalArgumentException if the number is outside 1 - 4
     */
    public Optional<Dimension> dimension(int number) {
        checkDimensionNumber(number);
        return dimensions.stream().filter(d -> d.number() == number).findFirst();
    }

    /**
     * Returns the plan items of a dimension, in order.
     *
     * @param dimension the dimension number, from 1 to 4
     * @return the items, empty if the plan lacks the dimension, not null
     * @throws IllegalArgumentException if the number is outside 1 - 4
     */
    public List<PlanItem> itemsIn(int dimension) {
        return dimension(dimension).map(Dimension::items).orElse(List.of());
    }

    /**
     * Returns the sum of the item budgets of the whole plan for each fiscal year of the period.
     *
     * @return an unmodifiable map from every year of {@link #period()} to the sum with scale 2, not null
     */
    public SortedMap<FiscalYear, BigDecimal> summedBudgetByYear() {
        return sumByYear(items());
    }

    /**
     * Returns the sum of the item budgets of one dimension for each fiscal year of the period.
     *
     * @param dimension the dimension number, from 1 to 4
     * @return an unmodifiable map from every year of {@link #period()} to the sum with scale 2,
     *         zeros if the plan lacks the dimension, not null
     * @throws IllegalArgumentException if the number is outside 1 - 4
     */
    public SortedMap<FiscalYear, BigDecimal> summedBudgetByYear(int dimension) {
        return sumByYear(itemsIn(dimension));
    }

    private SortedMap<FiscalYear, BigDecimal> sumByYear(List<PlanItem> items) {
        SortedMap<FiscalYear, BigDecimal> sums = new TreeMap<>();
        for (FiscalYear year : period.years()) {
            sums.put(year, items.stream().map(i -> i.budget().amountIn(year))
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        }
        return Collections.unmodifiableSortedMap(sums);
    }

    /**
     * Returns the totals printed for a dimension ("รวม" row), by fiscal year.
     *
     * @param dimension the dimension number, from 1 to 4
     * @return the printed totals, empty if none are printed or the plan lacks the dimension, not null
     * @throws IllegalArgumentException if the number is outside 1 - 4
     */
    public SortedMap<FiscalYear, BigDecimal> declaredTotals(int dimension) {
        return dimension(dimension).map(Dimension::declaredTotals).orElse(Collections.emptySortedMap());
    }

    /**
     * Returns every sub-strategy for which the source lists no plan item.
     *
     * @return the empty sub-strategies in order, possibly empty, not null
     */
    public List<SubStrategy> emptySubStrategies() {
        return dimensions.stream().flatMap(d -> d.subStrategies().stream()).filter(SubStrategy::isEmpty).toList();
    }

    /**
     * Returns the plan item a control measure refers to: by item number when the measure gives one,
     * otherwise by name, ignoring white space and double quotes.
     *
     * @param measure the control measure, not null
     * @return the item, or empty if nothing matches
     */
    public Optional<PlanItem> resolve(ControlMeasure measure) {
        Objects.requireNonNull(measure, "measure");
        if (measure.item().isPresent()) {
            return item(measure.item().get());
        }
        return items().stream().filter(i -> i.isNamed(measure.name())).findFirst();
    }

    /**
     * Returns the control measures of the risk register that refer to no plan item of this plan.
     *
     * @return the unresolved measures in register order, possibly empty, not null
     */
    public List<ControlMeasure> unresolvedControlMeasures() {
        return riskRegister.stream().flatMap(r -> r.controlMeasures().stream())
                .filter(m -> resolve(m).isEmpty()).toList();
    }

    private static void checkDimensionNumber(int number) {
        Checks.check(number >= Dimension.MIN_NUMBER && number <= Dimension.MAX_NUMBER,
                "dimension: out of range, was %d; valid %d - %d", number, Dimension.MIN_NUMBER, Dimension.MAX_NUMBER);
    }
}
