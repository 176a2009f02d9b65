package th.ita.model.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.ita.model.FiscalYear;

/**
 * The ratings the NACC publishes and the ways agencies write them: letter bands AA to F up to
 * FY2565, levels ผ่านดีเยี่ยม, ผ่านดี, ผ่าน and ไม่ผ่าน from FY2566. A label is read by its stable
 * code ({@code B}, {@code GOOD}), its Thai or English wording, with or without the word ระดับ
 * ("ระดับ AA") and the suffix เกณฑ์ (ไม่ผ่านเกณฑ์). Which scores give which rating is the rating
 * rules' business, not this class's.
 */
public final class RatingLabels {

    /** The first fiscal year rated by levels instead of letter bands. */
    public static final int FIRST_LEVELS_YEAR = 2566;

    /** The letter bands, best first. */
    public static final List<String> LETTERS = List.of("AA", "A", "B", "C", "D", "E", "F");

    /** The level codes, best first. */
    public static final List<String> LEVELS = List.of("EXCELLENT", "GOOD", "PASS", "FAIL");

    private static final Map<String, String[]> LEVEL_WORDS = Map.of(
            "EXCELLENT", new String[] {"ผ่านดีเยี่ยม", "Passed, excellent"},
            "GOOD", new String[] {"ผ่านดี", "Passed, good"},
            "PASS", new String[] {"ผ่าน", "Passed"},
            "FAIL", new String[] {"ไม่ผ่าน", "Not passed"});

    private RatingLabels() {
    }

    /**
     * Tells whether a fiscal year is rated by levels.
     *
     * @param year the fiscal year, not null
     * @return true from FY2566, false for letter-band years
     */
    public static boolean usesLevels(FiscalYear year) {
        return year.value() >= FIRST_LEVELS_YEAR;
    }

    /**
     * Returns the stable code of a published label, in either scheme.
     *
     * @param label the label as written, such as {@code ระดับ AA}, {@code ผ่านดี} or {@code GOOD}, not null
     * @return the code, such as {@code AA} or {@code GOOD}, or empty if the label names no rating
     */
    public static Optional<String> codeOf(String label) {
        String l = label.replaceAll("\\s+", " ").strip();
        l = l.startsWith("ระดับ") ? l.substring("ระดับ".length()).strip() : l;
        l = l.endsWith("เกณฑ์") ? l.substring(0, l.length() - "เกณฑ์".length()).strip() : l;
        String upper = l.toUpperCase(Locale.ROOT);
        if (LETTERS.contains(upper) || LEVELS.contains(upper)) {
            return Optional.of(upper);
        }
        for (Map.Entry<String, String[]> e : LEVEL_WORDS.entrySet()) {
            if (l.replace(" ", "").equals(e.getValue()[0]) || l.equalsIgnoreCase(e.getValue()[1])) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a code is a letter band.
     *
     * @param code a code from {@link #codeOf}, not null
     * @return true for AA to F
     */
    public static boolean isLetter(String code) {
        return LETTERS.contains(code);
    }

    /**
     * Returns the Thai or English wording of a level, or the letter itself.
     *
     * @param code a code from {@link #codeOf}, not null
     * @param thai true for Thai
     * @return the label, not null
     * @throws IllegalArgumentException if the code names no rating
     */
    public static String label(String code, boolean thai) {
        if (isLetter(code)) {
            return code;
        }
        String[] words = LEVEL_WORDS.get(code);
        if (words == null) {
            throw new IllegalArgumentException("not a rating code, was '" + code + "'; valid " + LETTERS + " "
                    + LEVELS);
        }
        return words[thai ? 0 : 1];
    }

    /**
     * Returns the labels a fiscal year's rating may be written as, for error messages.
     *
     * @param year the fiscal year, not null
     * @return the labels, not null
     */
    public static String validFor(FiscalYear year) {
        return usesLevels(year)
                ? "ผ่านดีเยี่ยม, ผ่านดี, ผ่าน, ไม่ผ่าน (or EXCELLENT, GOOD, PASS, FAIL; a letter band AA-F "
                        + "from before FY2566 is accepted and explained)"
                : "AA, A, B, C, D, E, F";
    }
}
