package th.ita.rules.actionplan;

import java.math.BigDecimal;
import java.util.Objects;
import th.ita.rules.facts.Subject;

/**
 * A fact: the ITA score the plan aims at for one fiscal year ("ค่าเป้าหมาย … คะแนน ITA").
 *
 * @param subject    the target, at {@link th.ita.rules.facts.Level#PLAN}, not null
 * @param fiscalYear the Buddhist-era fiscal year
 * @param target     the target score, 0.00 - 100.00 with scale 2, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record ItaTarget(Subject subject, int fiscalYear, BigDecimal target) {

    /**
     * Validates the parts.
     *
     * @param subject    the target, not null
     * @param fiscalYear the Buddhist-era fiscal year
     * @param target     the target score, not null
     * @throws NullPointerException if an argument is null
     */
    public ItaTarget {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Returns the target as a double, for rule conditions; both it and the overall score have
     * two decimals, so comparisons are exact.
     *
     * @return the target
     */
    public double value() {
        return target.doubleValue();
    }
}
