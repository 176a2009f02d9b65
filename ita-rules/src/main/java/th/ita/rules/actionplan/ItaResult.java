package th.ita.rules.actionplan;

import java.util.Objects;
import th.ita.model.Score;

/**
 * A fact: the overall ITA score an agency reached in one fiscal year, from the analysis given to
 * the plan check.
 *
 * @param fiscalYear the Buddhist-era fiscal year of the assessment
 * @param overall    the overall score, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record ItaResult(int fiscalYear, Score overall) {

    /**
     * Validates the parts.
     *
     * @param fiscalYear the Buddhist-era fiscal year
     * @param overall    the overall score, not null
     * @throws NullPointerException if the score is null
     */
    public ItaResult {
        Objects.requireNonNull(overall, "overall");
    }

    /**
     * Returns the overall score as a double, for rule conditions.
     *
     * @return the score
     */
    public double value() {
        return overall.doubleValue();
    }
}
