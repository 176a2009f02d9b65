package th.ita.model.actionplan;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import th.ita.model.FiscalYear;

/**
 * An inclusive range of Buddhist-era fiscal years, such as 2566 - 2570 ("ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๐").
 *
 * <p>In JSON: {@code {"first": 2566, "last": 2570}}.
 *
 * @param first the first fiscal year, from 2500 to 2700
 * @param last  the last fiscal year, from {@code first} to 2700
 * @implSpec This record is immutable and thread-safe.
 */
public record FiscalYearRange(FiscalYear first, FiscalYear last) {

    /**
     * Checks the range.
     *
     * @param first the first fiscal year, from 2500 to 2700
     * @param last  the last fiscal year, from {@code first} to 2700
     * @throws IllegalArgumentException if a year is not Buddhist-era (2500 - 2700) or {@code last < first}
     */
    public FiscalYearRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Checks.check(!last.isBefore(first), "last: before the first year, was %s; the range starts at %s", last, first);
    }

    /**
     * Obtains a range of fiscal years.
     *
     * @param first the first fiscal year, from 2500 to 2700
     * @param last  the last fiscal year, from {@code first} to 2700
     * @return the range, not null
     * @throws IllegalArgumentException if a year is out of range or {@code last < first}
     */
    public static FiscalYearRange of(int first, int last) {
        return new FiscalYearRange(Checks.fiscalYear(first, "first"), Checks.fiscalYear(last, "last"));
    }

    /**
     * Obtains a range of one fiscal year.
     *
     * @param year the fiscal year, from 2500 to 2700
     * @return the range, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static FiscalYearRange of(int year) {
        return of(year, year);
    }

    @JsonCreator
    private static FiscalYearRange json(@JsonProperty("first") Integer first, @JsonProperty("last") Integer last) {
        return of(Checks.required(first, "first", "a Buddhist-era fiscal year is required"),
                Checks.required(last, "last", "a Buddhist-era fiscal year is required"));
    }

    /**
     * Tells whether a fiscal year lies in this range.
     *
     * @param fiscalYear the Buddhist-era fiscal year
     * @return true if {@code first <= fiscalYear <= last}
     */
    public boolean contains(FiscalYear fiscalYear) {
        return !fiscalYear.isBefore(first) && !last.isBefore(fiscalYear);
    }

    /**
     * Returns the years of this range in ascending order.
     *
     * @return the years, not empty, not null
     */
    public List<FiscalYear> years() {
        return IntStream.rangeClosed(first.value(), last.value()).mapToObj(FiscalYear::of).toList();
    }

    /**
     * Returns the number of years in this range.
     *
     * @return the count, 1 or more
     */
    public int length() {
        return last.value() - first.value() + 1;
    }
}
