/**
 * Ratings: {@link th.ita.rules.rating.Rating} and {@link th.ita.rules.rating.RatingScheme}.
 * The rules that assign them live in {@code th/ita/rules/rating/*.drl}.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.rating;
