package th.ita.model.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import th.ita.model.FiscalYear;
import th.ita.model.Score;

/**
 * The plan-level goals ("เป้าหมาย") and the yearly target table.
 *
 * @param goals                 the goals as printed, possibly empty, not null
 * @param caseReductionBaseYear the fiscal year against which case reductions are counted ("คำนวณจากปี ๒๕๖๕"), or empty
 * @param years                 the yearly targets in ascending year order, each year once, possibly empty, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record PlanTargets(List<String> goals, Optional<FiscalYear> caseReductionBaseYear, List<YearTarget> years) {

    /**
     * Checks the targets and copies the lists.
     *
     * @param goals                 the goals as printed, possibly empty, not null
     * @param caseReductionBaseYear the fiscal year against which case reductions are counted ("คำนวณจากปี ๒๕๖๕"), or empty
     * @param years                 the yearly targets in ascending year order, each year once, possibly empty, not null
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if the base year is not Buddhist-era or the years are not strictly ascending
     */
    public PlanTargets {
        goals = Checks.texts(goals, "goals");
        Objects.requireNonNull(caseReductionBaseYear, "caseReductionBaseYear");
        years = Checks.list(years, "years");
        for (int i = 1; i < years.size(); i++) {
            FiscalYear previous = years.get(i - 1).fiscalYear();
            FiscalYear year = years.get(i).fiscalYear();
            Checks.check(previous.isBefore(year), "years[%d].fiscalYear: not after the previous year, was %s; expected after %s",
                    i, year, previous);
        }
    }

    /**
     * Obtains targets with nothing given.
     *
     * @return the empty targets, not null
     */
    public static PlanTargets none() {
        return new PlanTargets(List.of(), Optional.empty(), List.of());
    }

    @JsonCreator
    private static PlanTargets json(@JsonProperty("goals") List<String> goals,
                                    @JsonProperty("caseReductionBaseYear") Integer caseReductionBaseYear,
                                    @JsonProperty("years") List<YearTarget> years) {
        return new PlanTargets(Checks.orEmpty(goals),
                Checks.optional(caseReductionBaseYear).map(y -> Checks.fiscalYear(y, "caseReductionBaseYear")),
                Checks.orEmpty(years));
    }

    /**
     * Returns the ITA score target for a fiscal year.
     *
     * @param fiscalYear the fiscal year, not null
     * @return the target, or empty if none is given for that year
     */
    public Optional<Score> itaScoreIn(FiscalYear fiscalYear) {
        return years.stream().filter(y -> y.fiscalYear().equals(fiscalYear)).findFirst().flatMap(YearTarget::itaScore);
    }

    /**
     * Returns the case-reduction target for a fiscal year, in percent of the base year.
     *
     * @param fiscalYear the fiscal year, not null
     * @return the target with scale 2, or empty if none is given for that year
     */
    public Optional<BigDecimal> caseReductionPercentIn(FiscalYear fiscalYear) {
        return years.stream().filter(y -> y.fiscalYear().equals(fiscalYear)).findFirst()
                .flatMap(YearTarget::caseReductionPercent);
    }
}
