package th.ita.model.actionplan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import th.ita.model.FiscalYear;

/**
 * The budget of a plan item: baht per Buddhist-era fiscal year, one amount in one year, or none.
 *
 * <p>In JSON: {@code {"kind": "PER_YEAR", "byYear": {"2566": 100000, "2567": 100000}, "text": "ปีงบประมาณละ ๑๐๐,๐๐๐ บาท"}};
 * {@code byYear} is left out for {@link BudgetKind#NONE}. Amounts are normalised to two decimals.
 *
 * @param kind   how the item is funded, not null
 * @param byYear the baht amount for each fiscal year, ascending; one entry for {@link BudgetKind#ONE_OFF},
 *               at least one for {@link BudgetKind#PER_YEAR} and none for {@link BudgetKind#NONE}; not null
 * @param text   the budget as printed in the source, such as a funding-source remark, or empty
 * @implSpec This record is immutable and thread-safe.
 */
public record Budget(BudgetKind kind, SortedMap<FiscalYear, BigDecimal> byYear, Optional<String> text) {

    /**
     * Checks the budget and copies the amounts.
     *
     * @param kind   how the item is funded, not null
     * @param byYear the baht amount for each fiscal year, ascending; one entry for {@link BudgetKind#ONE_OFF}, at least one for {@link BudgetKind#PER_YEAR} and none for {@link BudgetKind#NONE}; not null
     * @param text   the budget as printed in the source, such as a funding-source remark, or empty
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a year is not Buddhist-era, an amount is negative or has
     *                                  more than two decimals, or the number of amounts does not fit the kind
     */
    public Budget {
        Objects.requireNonNull(kind, "kind");
        byYear = Checks.amounts(byYear, "byYear");
        text = Checks.optionalText(text, "text");
        switch (kind) {
            case NONE -> Checks.check(byYear.isEmpty(),
                    "byYear: amounts for a budget of kind NONE, was %s; NONE has no amounts", byYear);
            case ONE_OFF -> Checks.check(byYear.size() == 1,
                    "byYear: not one amount for a budget of kind ONE_OFF, was %s; ONE_OFF has exactly one year", byYear);
            case PER_YEAR -> Checks.check(!byYear.isEmpty(),
                    "byYear: no amounts for a budget of kind PER_YEAR, was %s; PER_YEAR has one amount per year", byYear);
            default -> throw new AssertionError(kind);
        }
    }

    /**
     * Obtains a budget of no money.
     *
     * @return the budget, not null
     */
    public static Budget none() {
        return new Budget(BudgetKind.NONE, new TreeMap<>(), Optional.empty());
    }

    /**
     * Obtains a budget of the same amount in every year of a range.
     *
     * @param amount the baht amount per year, 0 or more with at most two decimals, not null
     * @param years  the fiscal years, not null
     * @return the budget, not null
     * @throws IllegalArgumentException if the amount is negative or has more than two decimals
     */
    public static Budget perYear(BigDecimal amount, FiscalYearRange years) {
        Objects.requireNonNull(amount, "amount");
        SortedMap<FiscalYear, BigDecimal> map = new TreeMap<>();
        years.years().forEach(y -> map.put(y, amount));
        return new Budget(BudgetKind.PER_YEAR, map, Optional.empty());
    }

    /**
     * Obtains a budget of one amount in one fiscal year.
     *
     * @param fiscalYear the Buddhist-era fiscal year, from 2500 to 2700
     * @param amount     the baht amount, 0 or more with at most two decimals, not null
     * @return the budget, not null
     * @throws IllegalArgumentException if the year is out of range or the amount is invalid
     */
    public static Budget oneOff(FiscalYear fiscalYear, BigDecimal amount) {
        return new Budget(BudgetKind.ONE_OFF, new TreeMap<>(Map.of(fiscalYear, amount)), Optional.empty());
    }

    @JsonCreator
    private static Budget json(@JsonProperty("kind") BudgetKind kind,
                               @JsonProperty("byYear") Map<Integer, BigDecimal> byYear,
                               @JsonProperty("text") String text) {
        return new Budget(Checks.required(kind, "kind", "one of PER_YEAR, ONE_OFF, NONE is required"),
                Checks.byFiscalYear(byYear, "byYear"), Checks.optional(text));
    }

    /**
     * Returns the amount budgeted for a fiscal year.
     *
     * @param fiscalYear the Buddhist-era fiscal year
     * @return the amount with scale 2, zero if nothing is budgeted that year, not null
     */
    public BigDecimal amountIn(FiscalYear fiscalYear) {
        return byYear.getOrDefault(fiscalYear, BigDecimal.ZERO.setScale(2));
    }

    /**
     * Returns the sum over all years.
     *
     * @return the total with scale 2, not null
     */
    public BigDecimal total() {
        return byYear.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
