package th.ita.rules.facts;

import java.util.Objects;
import th.ita.model.FiscalYear;
import th.ita.model.Score;

/**
 * A fact: the agency's target overall score for one year of its path (source 003: 65, 70, 75, 80,
 * 85 for FY2566-2570).
 *
 * @param year the year, not null
 * @param target the target, not null
 * @param assessedYear true if it is the year assessed
 * @param nextYear true if it is the year after the one assessed
 */
public record YearTarget(FiscalYear year, Score target, boolean assessedYear, boolean nextYear) {

    /**
     * Validates the parts.
     *
     * @param year the year, not null
     * @param target the target overall score, not null
     * @param assessedYear true if it is the year assessed
     * @param nextYear true if it is the year after the one assessed
     */
    public YearTarget {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Returns the target as a double, for rule conditions.
     *
     * @return the target
     */
    public double targetValue() {
        return target.doubleValue();
    }
}
