package th.ita.rules.facts;

import java.util.Objects;
import java.util.Optional;
import th.ita.model.Score;

/**
 * A fact: one scored level of the assessment (overall, tool, indicator or sub-indicator), with
 * last year's score where known. Questions are scored levels too, held by the
 * {@link QuestionScores} fact rather than inserted one by one.
 *
 * <p>Rules compare {@code value}, the score as a double: every score has two decimals, so the
 * comparison with a two-decimal threshold such as {@code 84.99 < 85.00} is exact.
 *
 * @param subject what is scored, not null
 * @param score the reported score, not null
 * @param previous last year's reported score, or empty, not null
 * @param ratingComponent true if the FY2566 rating looks at this tool component
 */
public record ScoredLevel(Subject subject, Score score, Optional<Score> previous, boolean ratingComponent) {

    /**
     * Validates the parts.
     *
     * @param subject what is scored, not null
     * @param score the reported score, not null
     * @param previous last year's reported score, or empty, not null
     * @param ratingComponent true if the FY2566 rating looks at this tool component
     */
    public ScoredLevel {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(previous, "previous");
    }

    /**
     * Returns the level, for rule conditions.
     *
     * @return the level, not null
     */
    public Level level() {
        return subject.level();
    }

    /**
     * Returns the key within the level, for rule conditions.
     *
     * @return the key, not null
     */
    public String key() {
        return subject.key();
    }

    /**
     * Returns the score as a double, for rule conditions.
     *
     * @return the score
     */
    public double value() {
        return score.doubleValue();
    }

    /**
     * Tells whether last year's score is known.
     *
     * @return true if known
     */
    public boolean hasPrevious() {
        return previous.isPresent();
    }

    /**
     * Returns last year's score as a double, or NaN when unknown (check {@link #hasPrevious()} first).
     *
     * @return last year's score, or NaN
     */
    public double previousValue() {
        return previous.map(Score::doubleValue).orElse(Double.NaN);
    }
}
