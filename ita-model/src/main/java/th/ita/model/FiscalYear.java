package th.ita.model;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Thai government fiscal year, named by its Buddhist-era year.
 *
 * <p>A fiscal year runs from 1 October to 30 September and takes the number of the year it ends
 * in: FY2564 is 1 October 2563 to 30 September 2564 BE (1 October 2020 to 30 September 2021 CE).
 * Dates come from {@link ThaiBuddhistDate}, never from adding 543 by hand.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class FiscalYear implements Comparable<FiscalYear> {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    /** The earliest year accepted: the ITA began in FY2558. */
    public static final int MIN_YEAR = 2500;
    /** The latest year accepted. */
    public static final int MAX_YEAR = 2700;

    private final int year;

    /** Constructor, previously validated. */
    private FiscalYear(int year) {
        this.year = year;
    }

    /**
     * Obtains a fiscal year from its Buddhist-era number.
     *
     * @param buddhistYear the year, from 2500 to 2700, such as 2566
     * @return the fiscal year, not null
     * @throws IllegalArgumentException if outside 2500 - 2700 (a Common Era year such as 2023 is rejected)
     */
    public static FiscalYear of(int buddhistYear) {
        if (buddhistYear < MIN_YEAR || buddhistYear > MAX_YEAR) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "fiscal year out of range, was %d; expected a Buddhist-era year from %d to %d",
                    buddhistYear, MIN_YEAR, MAX_YEAR));
        }
        return new FiscalYear(buddhistYear);
    }

    /**
     * Obtains a fiscal year from text in Arabic or Thai digits, with an optional {@code FY} or
     * {@code พ.ศ.} prefix: {@code 2566}, {@code ๒๕๖๖}, {@code FY2566}, {@code พ.ศ. ๒๕๖๖}.
     *
     * @param text the text, not null
     * @return the fiscal year, not null
     * @throws IllegalArgumentException if the text is not such a year
     */
    public static FiscalYear parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = ThaiDigits.toArabic(text).strip();
        if (s.startsWith("FY")) {
            s = s.substring(2).strip();
        } else if (s.startsWith("พ.ศ.")) {
            s = s.substring(4).strip();
        }
        if (!FOUR_DIGITS.matcher(s).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "not a fiscal year, was '%s'; expected a Buddhist-era year such as 2566", Problem.shown(text)));
        }
        return of(Integer.parseInt(s));
    }

    /**
     * Obtains the fiscal year that contains a date.
     *
     * @param date the date, not null
     * @return the fiscal year, not null
     */
    public static FiscalYear containing(LocalDate date) {
        int buddhist = ThaiBuddhistDate.from(date).get(java.time.temporal.ChronoField.YEAR);
        return of(date.getMonthValue() >= 10 ? buddhist + 1 : buddhist);
    }

    /**
     * Returns the Buddhist-era number of this year.
     *
     * @return the year, such as 2566
     */
    public int value() {
        return year;
    }

    /**
     * Returns the first day, 1 October of the previous Buddhist-era year.
     *
     * @return the start date, not null
     */
    public ThaiBuddhistDate start() {
        return ThaiBuddhistDate.of(year - 1, 10, 1);
    }

    /**
     * Returns the last day, 30 September.
     *
     * @return the end date, not null
     */
    public ThaiBuddhistDate end() {
        return ThaiBuddhistDate.of(year, 9, 30);
    }

    /**
     * Returns the date six months into the year (31 March), when the first progress report is due.
     *
     * @return the mid-year date, not null
     */
    public ThaiBuddhistDate midYear() {
        return ThaiBuddhistDate.of(year, 3, 31);
    }

    /**
     * Returns the next fiscal year.
     *
     * @return the next year, not null
     */
    public FiscalYear next() {
        return of(year + 1);
    }

    /**
     * Returns the previous fiscal year.
     *
     * @return the previous year, not null
     */
    public FiscalYear previous() {
        return of(year - 1);
    }

    /**
     * Tells whether this year comes before another.
     *
     * @param other the other year, not null
     * @return true if strictly earlier
     */
    public boolean isBefore(FiscalYear other) {
        return year < other.year;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiscalYear other && year == other.year;
    }

    @Override
    public int hashCode() {
        return year;
    }

    /**
     * Returns the year as four Arabic digits, such as {@code 2566}, which {@link #parse} reads back.
     *
     * @return the year text, not null
     */
    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
