/**
 * Recommendations and the next-year integrity measures: the {@link th.ita.rules.recommendations.RecommendationCatalogue}
 * (data), the {@link th.ita.rules.recommendations.Recommendation} facts the rules insert, and the
 * {@link th.ita.rules.recommendations.Measure}s the engine writes from them.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.recommendations;
