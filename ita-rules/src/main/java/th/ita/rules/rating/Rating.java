package th.ita.rules.rating;

import java.util.Locale;
import java.util.Objects;
import th.ita.model.catalogue.RatingLabels;

/**
 * A rating: a letter band (AA ... F) or a FY2566 level (ผ่านดีเยี่ยม ... ไม่ผ่าน).
 *
 * @param scheme the scheme, not null
 * @param code a stable code: the letter, or {@code EXCELLENT}, {@code GOOD}, {@code PASS},
 *     {@code FAIL}, not null
 * @param thai the Thai label as the NACC prints it, such as {@code ผ่านดี} or {@code B}, not null
 * @param english the English label, not null
 * @param rank the position from best (0) downwards; a lower rank is a better rating
 */
public record Rating(RatingScheme scheme, String code, String thai, String english, int rank) {

    /**
     * Validates the parts.
     *
     * @param scheme the scheme, not null
     * @param code the stable code, such as {@code B} or {@code GOOD}, not null
     * @param thai the Thai label as the NACC prints it, not null
     * @param english the English label, not null
     * @param rank the position from best (0) downwards
     */
    public Rating {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(english, "english");
    }

    /**
     * Returns the rating of a code, in either scheme.
     *
     * @param code a letter (AA ... F) or a level code (EXCELLENT, GOOD, PASS, FAIL), not null
     * @return the rating, not null
     * @throws IllegalArgumentException if the code names no rating
     */
    public static Rating ofCode(String code) {
        if (RatingLabels.isLetter(code)) {
            return new Rating(RatingScheme.LETTER_BANDS, code, code, code, RatingLabels.LETTERS.indexOf(code));
        }
        int rank = RatingLabels.LEVELS.indexOf(code);
        if (rank < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown rating, was '%s'; ratings are %s and %s", code, RatingLabels.LETTERS,
                    RatingLabels.LEVELS));
        }
        return new Rating(RatingScheme.LEVELS, code, RatingLabels.label(code, true), RatingLabels.label(code, false),
                rank);
    }

    /**
     * Returns a letter band.
     *
     * @param letter one of AA, A, B, C, D, E, F
     * @return the rating, not null
     * @throws IllegalArgumentException if not a band letter
     */
    public static Rating letter(String letter) {
        if (!RatingLabels.isLetter(letter)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown letter band, was '%s'; bands are AA, A, B, C, D, E, F", letter));
        }
        return ofCode(letter);
    }

    /**
     * Returns ผ่านดีเยี่ยม (excellent pass).
     *
     * @return the rating, not null
     */
    public static Rating excellent() {
        return ofCode("EXCELLENT");
    }

    /**
     * Returns ผ่านดี (good pass).
     *
     * @return the rating, not null
     */
    public static Rating good() {
        return ofCode("GOOD");
    }

    /**
     * Returns ผ่าน (pass).
     *
     * @return the rating, not null
     */
    public static Rating pass() {
        return ofCode("PASS");
    }

    /**
     * Returns ไม่ผ่าน (not passed).
     *
     * @return the rating, not null
     */
    public static Rating fail() {
        return ofCode("FAIL");
    }

    /**
     * Tells whether this rating is the one a published label names: the code, or the Thai or
     * English wording, with or without ระดับ and เกณฑ์.
     *
     * @param label the published label, not null
     * @return true if the label names this rating
     */
    public boolean isNamedBy(String label) {
        return RatingLabels.codeOf(label).map(code::equals).orElse(false);
    }

    /**
     * Tells whether this rating lies between two others of its scheme, both included.
     *
     * @param best the better end, not null
     * @param worst the worse end, not null
     * @return true if this rating is of their scheme and no better than {@code best} nor worse than {@code worst}
     */
    public boolean isBetween(Rating best, Rating worst) {
        return scheme == best.scheme && scheme == worst.scheme && rank >= best.rank && rank <= worst.rank;
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
