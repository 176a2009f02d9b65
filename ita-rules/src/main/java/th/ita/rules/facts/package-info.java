/**
 * The facts the DRL rules match: {@link th.ita.rules.facts.ScoredLevel},
 * {@link th.ita.rules.facts.OitItem}, {@link th.ita.rules.facts.ActionLines},
 * {@link th.ita.rules.facts.RatingInput} and {@link th.ita.rules.facts.PublishedRating}.
 * They are the vocabulary of rule authors; the engine inserts them, the rules never change them.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.facts;
