package th.ita.rules.actionplan;

import java.math.BigDecimal;
import java.util.Objects;
import th.ita.rules.facts.Subject;

/**
 * A fact: one total that the plan prints ("รวม" for a dimension, "รวมทั้งสิ้น" for the plan) for
 * one fiscal year, beside the sum of the item budgets it should equal.
 *
 * <p>Only printed totals become facts: a plan that prints no total for a dimension or year has
 * nothing to compare there.
 *
 * @param subject    the total, at {@link th.ita.rules.facts.Level#PLAN}, not null
 * @param dimension  the dimension number, from 1 to 4, or 0 for the whole plan
 * @param fiscalYear the Buddhist-era fiscal year
 * @param declared   the total as printed, in baht with scale 2, not null
 * @param summed     the sum of the item budgets for that year, in baht with scale 2, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record BudgetTotal(Subject subject, int dimension, int fiscalYear, BigDecimal declared, BigDecimal summed) {

    /**
     * Validates the parts.
     *
     * @param subject    the total, not null
     * @param dimension  the dimension number, from 1 to 4, or 0 for the whole plan
     * @param fiscalYear the Buddhist-era fiscal year
     * @param declared   the printed total, not null
     * @param summed     the sum of the item budgets, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the dimension is outside 0 - 4
     */
    public BudgetTotal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(summed, "summed");
        if (dimension < 0 || dimension > 4) {
            throw new IllegalArgumentException("dimension: out of range, was " + dimension
                    + "; valid 1 - 4, or 0 for the whole plan");
        }
    }

    /**
     * Tells whether this is the plan's grand total rather than a dimension's.
     *
     * @return true for the whole plan
     */
    public boolean wholePlan() {
        return dimension == 0;
    }

    /**
     * Returns the sum of the items minus the printed total.
     *
     * @return the difference in baht, negative when the items add up to less, not null
     */
    public BigDecimal difference() {
        return summed.subtract(declared);
    }
}
