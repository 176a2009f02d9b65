package th.ita.rules.facts;

import java.util.List;
import java.util.Objects;
import th.ita.rules.rating.BoundRating;
import th.ita.rules.rating.Rating;
import th.ita.rules.rating.RatingBound;
import th.ita.rules.rating.RatingScheme;

/**
 * A fact: what the rating rules look at. The engine inserts two: the figures at the low end of
 * what the input proves ({@link RatingBound#PROVEN}) and at the high end it allows
 * ({@link RatingBound#BEST_POSSIBLE}). A rating rule is written as if the figures were exact and
 * answers with {@code insert($in.rated(Rating.good()))}, so the rating is tied to the bound it was
 * given at. When the input proves every figure, both facts hold the same figures.
 *
 * @param scheme the rating scheme that applies, not null
 * @param bound which end of the input's figures this is, not null
 * @param overall the overall score at this end
 * @param lowestComponent the lowest tool component (IIT, EIT or each EIT part, OIT) at this end
 * @param decidedBy the fields that were not given and would narrow the figures, such as
 *     {@code tools.EIT_PART_2}; the same in both inputs, not null
 */
public record RatingInput(RatingScheme scheme, RatingBound bound, double overall, double lowestComponent,
        List<String> decidedBy) {

    /**
     * Validates the parts.
     *
     * @param scheme the rating scheme that applies, not null
     * @param bound which end of the input's figures this is, not null
     * @param overall the overall score at this end
     * @param lowestComponent the lowest tool component at this end
     * @param decidedBy the fields that were not given and would narrow the figures, not null
     */
    public RatingInput {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(bound, "bound");
        decidedBy = List.copyOf(decidedBy);
    }

    /**
     * Ties a rating to this input's bound; the consequence of every rating rule.
     *
     * @param rating the rating the rule gives, not null
     * @return the rating at this bound, to insert, not null
     */
    public BoundRating rated(Rating rating) {
        return new BoundRating(bound, rating);
    }
}
