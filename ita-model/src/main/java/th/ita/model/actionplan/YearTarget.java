package th.ita.model.actionplan;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import th.ita.model.FiscalYear;
import th.ita.model.Score;

/**
 * The plan's targets for one fiscal year ("ค่าเป้าหมาย"): the ITA score to reach and the reduction
 * in corruption cases against the base year.
 *
 * @param fiscalYear           the Buddhist-era fiscal year, from 2500 to 2700
 * @param itaScore             the ITA score target, 0.00 - 100.00, or empty
 * @param caseReductionPercent the reduction in corruption cases in percent of the base year, 0.00 - 100.00, or empty
 * @implSpec This record is immutable and thread-safe.
 */
public record YearTarget(FiscalYear fiscalYear, Optional<Score> itaScore, Optional<BigDecimal> caseReductionPercent) {

    /**
     * Checks the targets; values are normalised to two decimals.
     *
     * @param fiscalYear           the Buddhist-era fiscal year, from 2500 to 2700
     * @param itaScore             the ITA score target, 0.00 - 100.00, or empty
     * @param caseReductionPercent the reduction in corruption cases in percent of the base year, 0.00 - 100.00, or empty
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the year is not Buddhist-era or a value is outside 0 - 100
     */
    public YearTarget {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(itaScore, "itaScore");
        caseReductionPercent = Objects.requireNonNull(caseReductionPercent, "caseReductionPercent")
                .map(v -> Checks.hundred(v, "caseReductionPercent"));
    }

    @JsonCreator
    private static YearTarget json(@JsonProperty("fiscalYear") Integer fiscalYear,
                                   @JsonProperty("itaScore") BigDecimal itaScore,
                                   @JsonProperty("caseReductionPercent") BigDecimal caseReductionPercent) {
        int year = Checks.required(fiscalYear, "fiscalYear", "a Buddhist-era fiscal year is required");
        return new YearTarget(Checks.fiscalYear(year, "fiscalYear"),
                Checks.optional(itaScore).map(v -> Score.of(Checks.hundred(v, "itaScore"))),
                Checks.optional(caseReductionPercent));
    }
}
