package th.ita.rules.rating;

import java.util.Objects;

/**
 * A fact the rating rules insert: a rating and the bound of the figures it was given at.
 *
 * @param bound the bound, not null
 * @param rating the rating, not null
 */
public record BoundRating(RatingBound bound, Rating rating) {

    /**
     * Validates the parts.
     *
     * @param bound the bound, not null
     * @param rating the rating, not null
     */
    public BoundRating {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(rating, "rating");
    }
}
