package th.ita.rules.rating;

import java.util.Locale;
import java.util.Objects;

/**
 * A rating: a letter band (AA ... F) or a FY2566 level (ผ่านดีเยี่ยม ... ไม่ผ่าน).
 *
 * @param scheme the scheme, not null
 * @param code a stable code: the letter, or {@code EXCELLENT}, {@code GOOD}, {@code PASS},
 *     {@code PASS_LEVEL_UNKNOWN}, {@code FAIL}, not null
 * @param thai the Thai label as the NACC prints it, such as {@code ผ่านดี} or {@code B}, not null
 * @param english the English label, not null
 * @param rank the position from best (0) downwards; a lower rank is a better rating
 */
public record Rating(RatingScheme scheme, String code, String thai, String english, int rank) {

    private static final String LETTERS = "AA A B C D E F";

    /**
     * Validates the parts.
     */
    public Rating {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(english, "english");
    }

    /**
     * Returns a letter band.
     *
     * @param letter one of AA, A, B, C, D, E, F
     * @return the rating, not null
     * @throws IllegalArgumentException if not a band letter
     */
    public static Rating letter(String letter) {
        java.util.List<String> letters = java.util.List.of(LETTERS.split(" "));
        int rank = letters.indexOf(letter);
        if (rank < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown letter band, was '%s'; bands are AA, A, B, C, D, E, F", letter));
        }
        return new Rating(RatingScheme.LETTER_BANDS, letter, letter, letter, rank);
    }

    /**
     * Returns ผ่านดีเยี่ยม (excellent pass).
     *
     * @return the rating, not null
     */
    public static Rating excellent() {
        return new Rating(RatingScheme.LEVELS, "EXCELLENT", "ผ่านดีเยี่ยม", "Passed, excellent", 0);
    }

    /**
     * Returns ผ่านดี (good pass).
     *
     * @return the rating, not null
     */
    public static Rating good() {
        return new Rating(RatingScheme.LEVELS, "GOOD", "ผ่านดี", "Passed, good", 1);
    }

    /**
     * Returns ผ่าน (pass).
     *
     * @return the rating, not null
     */
    public static Rating pass() {
        return new Rating(RatingScheme.LEVELS, "PASS", "ผ่าน", "Passed", 2);
    }

    /**
     * Returns a pass whose level cannot be told because a tool score is missing.
     *
     * @return the rating, not null
     */
    public static Rating passLevelUnknown() {
        return new Rating(RatingScheme.LEVELS, "PASS_LEVEL_UNKNOWN", "ผ่าน (ไม่ทราบระดับ: ขาดคะแนนรายเครื่องมือ)",
                "Passed (level unknown: a tool score is missing)", 2);
    }

    /**
     * Returns ไม่ผ่าน (not passed).
     *
     * @return the rating, not null
     */
    public static Rating fail() {
        return new Rating(RatingScheme.LEVELS, "FAIL", "ไม่ผ่าน", "Not passed", 3);
    }

    /**
     * Tells whether this rating is the one a published label names: the letter, or the Thai or
     * English label, ignoring spaces and the suffix {@code เกณฑ์} ({@code ไม่ผ่านเกณฑ์}).
     *
     * @param label the published label, not null
     * @return true if the label names this rating
     */
    public boolean isNamedBy(String label) {
        String l = label.replaceAll("\\s+", "").replace("เกณฑ์", "");
        return l.equalsIgnoreCase(code) || l.equals(thai.replaceAll("\\s+", "")) || l.equalsIgnoreCase(english);
    }

    /**
     * Returns the codes of the published ratings this rating agrees with: its own code, and for a
     * pass at an unknown level every pass level, since the missing tool scores cannot contradict them.
     *
     * @return the codes, not null
     */
    public java.util.Set<String> agreeingCodes() {
        return code.equals("PASS_LEVEL_UNKNOWN") ? java.util.Set.of(code, "EXCELLENT", "GOOD", "PASS")
                : java.util.Set.of(code);
    }

    /**
     * Returns the label in a language.
     *
     * @param thaiLanguage true for Thai
     * @return the label, not null
     */
    public String label(boolean thaiLanguage) {
        return thaiLanguage ? thai : english;
    }
}
