package th.ita.rules.facts;

import java.util.Objects;
import th.ita.model.catalogue.RatingLabels;
import th.ita.rules.rating.Rating;

/**
 * A fact: the rating as the input gives it, to be checked against the figures.
 *
 * @param label the label as written, such as {@code ระดับ AA} or {@code ผ่านดี}, not null
 * @param rating the rating it names, not null
 */
public record PublishedRating(String label, Rating rating) {

    /**
     * Validates the parts.
     *
     * @param label the label as written, such as {@code ระดับ AA} or {@code ผ่านดี}, not null
     * @param rating the rating it names, not null
     */
    public PublishedRating {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rating, "rating");
    }

    /**
     * Reads a published label.
     *
     * @param label the label, not null
     * @return the fact, not null
     * @throws IllegalArgumentException if the label names no rating (assessments are validated first)
     */
    public static PublishedRating of(String label) {
        String code = RatingLabels.codeOf(label)
                .orElseThrow(() -> new IllegalArgumentException("not a rating, was '" + label + "'"));
        return new PublishedRating(label, Rating.ofCode(code));
    }

    /**
     * Returns the rating's code, such as {@code B} or {@code GOOD}.
     *
     * @return the code, not null
     */
    public String code() {
        return rating.code();
    }
}
