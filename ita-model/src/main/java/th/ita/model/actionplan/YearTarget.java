package th.ita.model.actionplan;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The plan's targets for one fiscal year ("ค่าเป้าหมาย"): the ITA score to reach and the reduction
 * in corruption cases against the base year.
 *
 * @param fiscalYear           the Buddhist-era fiscal year, from 2500 to 2700
 * @param itaScore             the ITA score target, 0.00 - 100.00, or empty
 * @param caseReductionPercent the reduction in corruption cases in percent of the base year, 0.00 - 100.00, or empty
 * @implSpec This record is immutable and thread-safe.
 */
public record YearTarget(int fiscalYear, Optional<BigDecimal> itaScore, Optional<BigDecimal> caseReductionPercent) {

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
        Checks.fiscalYear(fiscalYear, "fiscalYear");
        itaScore = Objects.requireNonNull(itaScore, "itaScore").map(v -> Checks.hundred(v, "itaScore"));
        caseReductionPercent = Objects.requireNonNull(caseReductionPercent, "caseReductionPercent")
                .map(v -> Checks.hundred(v, "caseReductionPercent"));
    }

    @JsonCreator
    private static YearTarget json(@JsonProperty("fiscalYear") Integer fiscalYear,
                                   @JsonProperty("itaScore") BigDecimal itaScore,
                                   @JsonProperty("caseReductionPercent") BigDecimal caseReductionPercent) {
        return new YearTarget(Checks.required(fiscalYear, "fiscalYear", "a Buddhist-era fiscal year is required"),
                Checks.optional(itaScore), Checks.optional(caseReductionPercent));
    }
}
