package th.ita.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * An ITA score: an exact decimal from 0.00 to 100.00 with two decimal places.
 *
 * <p>The NACC publishes every score with two decimals and rounds half-up; {@link #of(BigDecimal)}
 * does the same, so 98.895 becomes 98.90. Scores compare by value: 85, 85.0 and 85.00 are one
 * score. {@link #toString()} gives {@code 87.37}, which {@link #parse(CharSequence)} reads back;
 * {@code parse} also reads Thai digits ({@code ๘๗.๓๗}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Score implements Comparable<Score> {

    /** The scale of every score: two decimal places. */
    public static final int SCALE = 2;
    /**
     * The most characters a number may be written in, in any input. No score or year needs more;
     * longer text is refused before it is parsed, since parsing a number of a million digits
     * takes seconds.
     */
    public static final int MAX_LENGTH = 32;
    private static final BigDecimal MAX = new BigDecimal("100.00");
    private static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");
    /** Values above this round to a negative score. */
    private static final BigDecimal LOWEST = HALF_HUNDREDTH.negate();
    /** Values at or above this round above 100.00. */
    private static final BigDecimal HIGHEST = new BigDecimal("100.005");

    /** The score 0.00. */
    public static final Score ZERO = new Score(BigDecimal.ZERO.setScale(SCALE));
    /** The score 100.00. */
    public static final Score HUNDRED = new Score(MAX);

    private final BigDecimal value;
    private final String text;
    private final double number;

    /** Constructor, previously validated. */
    private Score(BigDecimal value) {
        this.value = value;
        // Reports and findings print scores constantly; format once.
        this.text = value.toPlainString();
        this.number = value.doubleValue();
    }

    /**
     * Obtains a score from a decimal, rounded half-up to two decimal places.
     *
     * @param value the score, from 0 to 100 after rounding, not null
     * @return the score, not null
     * @throws IllegalArgumentException if the rounded value is outside 0.00 - 100.00
     */
    public static Score of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        // Check the range before rounding: compareTo looks at exponents first, so 1E+999999999 is
        // rejected at once, where setScale or toPlainString would try to write out its digits.
        if (value.compareTo(LOWEST) <= 0 || value.compareTo(HIGHEST) >= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "score out of range, was %s; valid 0.00 - 100.00", Problem.shown(value)));
        }
        if (value.abs().compareTo(HALF_HUNDREDTH) < 0) {
            return ZERO;
        }
        return new Score(value.setScale(SCALE, RoundingMode.HALF_UP));
    }

    /**
     * Obtains a score from a whole number of hundredths, so {@code ofHundredths(8537)} is 85.37.
     *
     * @param hundredths the score times 100, from 0 to 10000
     * @return the score, not null
     * @throws IllegalArgumentException if outside 0 - 10000
     */
    public static Score ofHundredths(int hundredths) {
        return of(BigDecimal.valueOf(hundredths, SCALE));
    }

    /**
     * Obtains a score from text in Arabic or Thai digits, such as {@code 87.37} or {@code ๘๗.๓๗}.
     *
     * @param text the text, not null
     * @return the score, not null
     * @throws IllegalArgumentException if the text is not a number, is longer than {@value #MAX_LENGTH}
     *     characters, or is out of range
     */
    public static Score parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String arabic = ThaiDigits.toArabic(text).strip();
        if (arabic.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "not a score, was '%s'; a score is a number of at most %d characters, such as 87.37",
                    Problem.shown(text), MAX_LENGTH));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(arabic);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "not a score, was '%s'; expected a number from 0.00 to 100.00", Problem.shown(text)), e);
        }
        return of(value);
    }

    /**
     * Returns the exact value, with scale 2.
     *
     * @return the value, not null
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the value as a double, exact enough to compare with any two-decimal threshold.
     *
     * @return the value as a double
     */
    public double doubleValue() {
        return number;
    }

    /**
     * Returns the score times 100, so 85.37 gives 8537.
     *
     * @return the hundredths, from 0 to 10000
     */
    public int hundredths() {
        return value.unscaledValue().intValueExact();
    }

    /**
     * Tells whether this score is below another.
     *
     * @param other the other score, not null
     * @return true if strictly lower
     */
    public boolean isBelow(Score other) {
        return compareTo(other) < 0;
    }

    /**
     * Tells whether this score is at or above another.
     *
     * @param other the other score, not null
     * @return true if equal or higher
     */
    public boolean isAtLeast(Score other) {
        return compareTo(other) >= 0;
    }

    /**
     * Returns the difference {@code this - other}, which may be negative.
     *
     * @param other the score to subtract, not null
     * @return the signed difference with scale 2, not null
     */
    public BigDecimal minus(Score other) {
        return value.subtract(other.value);
    }

    /**
     * Formats this score with two decimals, in Thai digits when asked.
     *
     * @param thaiDigits true for Thai digits ({@code ๘๗.๓๗}), false for Arabic
     * @return the formatted score, not null
     */
    public String format(boolean thaiDigits) {
        return thaiDigits ? ThaiDigits.toThai(toString()) : toString();
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the score with two decimals in Arabic digits, such as {@code 87.37}, which
     * {@link #parse(CharSequence)} reads back.
     *
     * @return the score text, not null
     */
    @Override
    public String toString() {
        return text;
    }
}
