package th.ita.rules.facts;

import java.util.Objects;
import th.ita.model.FiscalYear;
import th.ita.model.Score;

/**
 * A fact: a score of an earlier year of the agency's history, with this year's score of the same
 * subject, for the change against each earlier year.
 *
 * @param subject the overall or an indicator, not null
 * @param year the earlier year, not null
 * @param earlier the earlier year's score, not null
 * @param current this year's score, not null
 */
public record YearScore(Subject subject, FiscalYear year, Score earlier, Score current) {

    /**
     * Validates the parts.
     *
     * @param subject the overall or an indicator, not null
     * @param year the earlier year, not null
     * @param earlier the earlier year's score, not null
     * @param current this year's score, not null
     */
    public YearScore {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(current, "current");
    }
}
