package th.ita.rules.rating;

/** Which end of the figures an input proves a rating was given at. */
public enum RatingBound {
    /** Every figure at the lowest the input allows: the rating the input proves. */
    PROVEN,
    /** Every figure at the highest the input allows: the best rating the input leaves possible. */
    BEST_POSSIBLE
}
