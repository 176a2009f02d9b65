/**
 * The aggregation that reproduces the NACC's published scores: {@link th.ita.model.scoring.ScoreCard}
 * scores every level of an assessment, with {@link th.ita.model.scoring.LevelScore}s,
 * {@link th.ita.model.scoring.ConsistencyNote}s where published figures disagree and
 * {@link th.ita.model.scoring.Gap}s where a level cannot be scored.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.model.scoring;
