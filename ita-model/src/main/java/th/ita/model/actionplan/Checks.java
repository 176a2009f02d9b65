package th.ita.model.actionplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import th.ita.model.FiscalYear;
import th.ita.model.Problem;
import th.ita.model.internal.Texts;

/**
 * Shared argument checks for the action-plan records. Every message has the shape
 * {@code <field path>: <what is wrong>, was <value>; <what is allowed>} and is formatted with
 * {@link Locale#ROOT}.
 */
final class Checks {

    private Checks() {
    }

    /**
     * The largest amount or KPI value a plan may state, exclusive: far above any agency's budget,
     * and small enough that every sum and report stays short.
     */
    static final BigDecimal MAX = BigDecimal.TEN.pow(15);

    /**
     * Throws an {@link IllegalArgumentException} with a formatted message unless the condition
     * holds. A number argument is quoted as {@link Problem#shown(BigDecimal)} quotes it (never
     * 1E+2147483647 in plain digits); a text that came from input must be passed through
     * {@link Problem#shown(CharSequence)} by the caller.
     */
    static void check(boolean condition, String template, Object... args) {
        if (!condition) {
            Object[] shown = args.clone();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof BigDecimal number) {
                    shown[i] = Problem.shown(number);
                }
            }
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, shown));
        }
    }

    /** Rejects null (NPE naming the field), blank text and text that is not well-formed Unicode (IAE). */
    static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        check(!value.isBlank(), "%s: blank text, was \"%s\"; a non-blank text is required", field,
                Problem.shown(value));
        Texts.unicodeProblem(value).ifPresent(why -> {
            throw new IllegalArgumentException(field + ": " + why);
        });
        return value;
    }

    /** Rejects a null optional and a present but blank text. */
    static Optional<String> optionalText(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        value.ifPresent(v -> text(v, field));
        return value;
    }

    /** Checks a Buddhist-era fiscal year given as a number, as JSON gives it. */
    static FiscalYear fiscalYear(int year, String field) {
        check(year >= FiscalYear.MIN_YEAR && year <= FiscalYear.MAX_YEAR,
                "%s: not a Buddhist-era fiscal year, was %d; valid %d - %d",
                field, year, FiscalYear.MIN_YEAR, FiscalYear.MAX_YEAR);
        return FiscalYear.of(year);
    }

    /** Checks the fiscal years of a map read from JSON, whose keys are numbers, and keys it by {@link FiscalYear}. */
    static <V> SortedMap<FiscalYear, V> byFiscalYear(Map<Integer, V> value, String field) {
        SortedMap<FiscalYear, V> copy = new TreeMap<>();
        for (Map.Entry<Integer, V> e : orEmpty(value).entrySet()) {
            Integer year = e.getKey();
            if (year == null) {
                throw new NullPointerException(field + ": null fiscal year; keys must not be null");
            }
            copy.put(fiscalYear(year, field + "." + year), e.getValue());
        }
        return copy;
    }

    /** Copies a list, rejecting null and null elements; the copy is unmodifiable. */
    static <T> List<T> list(List<T> value, String field) {
        Objects.requireNonNull(value, field);
        List<T> copy = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            T element = value.get(i);
            if (element == null) {
                throw new NullPointerException(String.format(Locale.ROOT,
                        "%s[%d]: null element; elements must not be null", field, i));
            }
            copy.add(element);
        }
        return Collections.unmodifiableList(copy);
    }

    /** Copies a list of texts, rejecting null, null elements and blank elements. */
    static List<String> texts(List<String> value, String field) {
        List<String> copy = list(value, field);
        for (int i = 0; i < copy.size(); i++) {
            text(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    /**
     * Copies a map of baht amounts by fiscal year: years must be Buddhist-era, amounts zero or
     * more with at most two decimals; amounts are normalised to scale 2.
     */
    static SortedMap<FiscalYear, BigDecimal> amounts(Map<FiscalYear, BigDecimal> value, String field) {
        Objects.requireNonNull(value, field);
        SortedMap<FiscalYear, BigDecimal> copy = new TreeMap<>();
        for (Map.Entry<FiscalYear, BigDecimal> e : value.entrySet()) {
            FiscalYear year = e.getKey();
            if (year == null) {
                throw new NullPointerException(field + ": null fiscal year; keys must not be null");
            }
            copy.put(year, baht(e.getValue(), field + "." + year));
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Checks a baht amount (zero or more, below {@link #MAX}, at most two decimals) and normalises it to scale 2. */
    static BigDecimal baht(BigDecimal amount, String field) {
        Objects.requireNonNull(amount, field);
        check(amount.signum() >= 0, "%s: negative amount, was %s; amounts must be 0 or more baht", field, amount);
        // Range first: compareTo reads the exponent, where setScale(2) of 1E+2147483647 would overflow.
        check(amount.compareTo(MAX) < 0, "%s: amount too large, was %s; amounts are below 10^15 baht", field, amount);
        check(amount.stripTrailingZeros().scale() <= 2,
                "%s: more than two decimals, was %s; amounts are in baht and satang", field, amount);
        return amount.setScale(2);
    }

    /** Checks a number of a plan other than an amount: below {@link #MAX}, at most two decimals. */
    static BigDecimal bounded(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        check(value.compareTo(MAX) < 0, "%s: too large, was %s; a plan's numbers are below 10^15", field, value);
        check(value.stripTrailingZeros().scale() <= 2,
                "%s: more than two decimals, was %s; at most two decimals are allowed", field, value);
        return value;
    }

    /** Checks a percentage or score from 0 to 100 and normalises it to scale 2. */
    static BigDecimal hundred(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        check(value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0,
                "%s: out of range, was %s; valid 0 - 100", field, value);
        check(value.stripTrailingZeros().scale() <= 2,
                "%s: more than two decimals, was %s; at most two decimals are allowed", field, value);
        return value.setScale(2);
    }

    // ---- helpers for the JSON creators: JSON null or a missing field arrives as Java null ----

    /** Returns the value of a required JSON field, or throws naming the field. */
    static <T> T required(T value, String field, String allowed) {
        if (value == null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: missing, was null; %s", field, allowed));
        }
        return value;
    }

    /** Wraps an optional JSON field. */
    static <T> Optional<T> optional(T value) {
        return Optional.ofNullable(value);
    }

    /** Returns an optional JSON array, or an empty list when missing. */
    static <T> List<T> orEmpty(List<T> value) {
        return value == null ? List.of() : value;
    }

    /** Returns an optional JSON object of amounts, or an empty map when missing. */
    static <K, V> Map<K, V> orEmpty(Map<K, V> value) {
        return value == null ? Map.of() : value;
    }

    /**
     * Compares names the way a reader compares them: ignoring white space (the source wraps
     * table cells with spaces) and typographic or straight double quotes.
     */
    static String nameKey(String name) {
        return name.replaceAll("[\\s\u201C\u201D\"]", "");
    }
}
