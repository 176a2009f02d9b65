package th.ita.rules.facts;

import th.ita.rules.rating.RatingScheme;

/**
 * A fact: what the rating rules look at.
 *
 * @param scheme the rating scheme that applies, not null
 * @param overall the reported overall score
 * @param lowestComponent the lowest tool component (IIT, EIT or both EIT parts, OIT), or NaN
 * @param componentsComplete true if every tool component is known
 */
public record RatingInput(RatingScheme scheme, double overall, double lowestComponent, boolean componentsComplete) {
}
