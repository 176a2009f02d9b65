package th.ita.rules.rating;

import java.util.List;
import java.util.Objects;

/**
 * The ratings an input allows: the one its figures prove, the best they leave possible, and the
 * figures that would decide between them when they differ.
 *
 * @param proven the rating the figures prove, not null
 * @param best the best rating the figures allow; equal to {@code proven} when the input proves it, not null
 * @param decidedBy the fields that were not given and would decide, such as {@code tools.EIT_PART_2};
 *     empty when the rating is proven, not null
 */
public record RatingRange(Rating proven, Rating best, List<String> decidedBy) {

    /**
     * Validates the parts.
     *
     * @param proven the rating the figures prove, not null
     * @param best the best rating the figures allow, not null
     * @param decidedBy the fields that were not given and would decide, not null
     */
    public RatingRange {
        Objects.requireNonNull(proven, "proven");
        Objects.requireNonNull(best, "best");
        decidedBy = List.copyOf(decidedBy);
    }

    /**
     * Tells whether the input proves the rating.
     *
     * @return true if the proven and the best rating are the same
     */
    public boolean isProven() {
        return proven.equals(best);
    }

    /**
     * Tells whether a rating is one the figures allow.
     *
     * @param rating the rating, not null
     * @return true if it lies from the proven to the best rating
     */
    public boolean allows(Rating rating) {
        return rating.isBetween(best, proven);
    }
}
