/**
 * The facts the DRL rules match: {@link th.ita.rules.facts.ScoredLevel} (the overall, tools,
 * indicators and sub-indicators), {@link th.ita.rules.facts.QuestionScores} and
 * {@link th.ita.rules.facts.OitChecklist} (the questions and OIT items, reached with {@code from}),
 * {@link th.ita.rules.facts.ThemeGroup}, {@link th.ita.rules.facts.ActionLines},
 * {@link th.ita.rules.facts.RatingInput}, {@link th.ita.rules.facts.PublishedRating} and the trend
 * facts ({@link th.ita.rules.facts.YearScore}, {@link th.ita.rules.facts.Series},
 * {@link th.ita.rules.facts.YearTarget}). They are the rule author's contract, the vocabulary a
 * DRL file may use, kept stable like the public API: the engine inserts them, the rules never
 * change them. {@code docs/RULES.md} §3 describes each.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.facts;
