package th.ita.model.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import th.ita.model.FiscalYear;

/**
 * One of the four dimensions ("มิติ") of a local anti-corruption action plan:
 * <ol>
 *   <li>การสร้างวัฒนธรรมสุจริต (building an honest culture),</li>
 *   <li>การบริหารราชการด้วยความโปร่งใส (transparent administration),</li>
 *   <li>การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน (public participation),</li>
 *   <li>การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น (stronger oversight).</li>
 * </ol>
 *
 * <p>The item count and yearly totals that the source prints on the dimension's "รวม" row are kept
 * as printed ({@code declaredItemCount}, {@code declaredTotals}) so that a rule can compare them with
 * the items; they are not computed.
 *
 * @param number            the dimension number, from 1 to 4
 * @param name              the name as printed, not blank, not null
 * @param missions          the missions, possibly empty, not null; each code starts with the number
 * @param declaredItemCount the item count printed for the dimension, or empty
 * @param declaredTotals    the baht total printed for each fiscal year, possibly empty, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record Dimension(int number, String name, List<Mission> missions, Optional<Integer> declaredItemCount,
                        SortedMap<FiscalYear, BigDecimal> declaredTotals) {

    /** The lowest dimension number. */
    public static final int MIN_NUMBER = 1;
    /** The highest dimension number. */
    public static final int MAX_NUMBER = 4;

    /**
     * Checks the dimension and copies its lists.
     *
     * @param number            the dimension number, from 1 to 4
     * @param name              the name as printed, not blank, not null
     * @param missions          the missions, possibly empty, not null; each code starts with the number
     * @param declaredItemCount the item count printed for the dimension, or empty
     * @param declaredTotals    the baht total printed for each fiscal year, possibly empty, not null
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if the number is outside 1 - 4, a mission code does not start
     *                                  with the number, the item count is negative, or a total is invalid
     */
    public Dimension {
        Checks.check(number >= MIN_NUMBER && number <= MAX_NUMBER,
                "number: dimension out of range, was %d; valid %d - %d", number, MIN_NUMBER, MAX_NUMBER);
        Checks.text(name, "name");
        missions = Checks.list(missions, "missions");
        for (int i = 0; i < missions.size(); i++) {
            String code = missions.get(i).code();
            Checks.check(code.startsWith(number + "."),
                    "missions[%d].code: not under dimension %d, was \"%s\"; expected %d.y", i, number, code, number);
        }
        Objects.requireNonNull(declaredItemCount, "declaredItemCount");
        declaredItemCount.ifPresent(c -> Checks.check(c >= 0,
                "declaredItemCount: negative, was %d; a count is 0 or more", c));
        declaredTotals = Checks.amounts(declaredTotals, "declaredTotals");
    }

    @JsonCreator
    private static Dimension json(@JsonProperty("number") Integer number, @JsonProperty("name") String name,
                                  @JsonProperty("missions") List<Mission> missions,
                                  @JsonProperty("declaredItemCount") Integer declaredItemCount,
                                  @JsonProperty("declaredTotals") Map<Integer, BigDecimal> declaredTotals) {
        return new Dimension(Checks.required(number, "number", "a dimension number 1 - 4 is required"),
                Checks.required(name, "name", "a text is required"), Checks.orEmpty(missions),
                Checks.optional(declaredItemCount), Checks.byFiscalYear(declaredTotals, "declaredTotals"));
    }

    /**
     * Returns the plan items of this dimension, in order.
     *
     * @return the items, possibly empty, not null
     */
    public List<PlanItem> items() {
        return missions.stream().flatMap(m -> m.items().stream()).toList();
    }

    /**
     * Returns the sub-strategies of this dimension, in order.
     *
     * @return the sub-strategies, possibly empty, not null
     */
    public List<SubStrategy> subStrategies() {
        return missions.stream().flatMap(m -> m.subStrategies().stream()).toList();
    }

    /**
     * Returns the sum of the item budgets in a fiscal year.
     *
     * @param fiscalYear the Buddhist-era fiscal year
     * @return the sum with scale 2, zero when nothing is budgeted, not null
     */
    public BigDecimal summedBudgetIn(FiscalYear fiscalYear) {
        return items().stream().map(i -> i.budget().amountIn(fiscalYear))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
