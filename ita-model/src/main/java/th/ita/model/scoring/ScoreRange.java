package th.ita.model.scoring;

import java.util.Locale;
import java.util.Objects;
import th.ita.model.Score;

/**
 * The scores a published figure can have, given what the input proves: a closed range of
 * two-decimal scores. A figure that was given is a range of one score.
 *
 * @param low the lowest score the figure can have, not null
 * @param high the highest score the figure can have, not below {@code low}, not null
 */
public record ScoreRange(Score low, Score high) {

    /**
     * Validates the bounds.
     *
     * @param low the lowest score, not null
     * @param high the highest score, not below {@code low}, not null
     * @throws IllegalArgumentException if {@code high} is below {@code low}
     */
    public ScoreRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (high.isBelow(low)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a score range must not end below its start, was %s - %s", low, high));
        }
    }

    /**
     * Returns the range of one known score.
     *
     * @param score the score, not null
     * @return the range, not null
     */
    public static ScoreRange exactly(Score score) {
        return new ScoreRange(score, score);
    }

    /**
     * Tells whether the figure is known exactly.
     *
     * @return true if {@code low} equals {@code high}
     */
    public boolean isExact() {
        return low.equals(high);
    }

    @Override
    public String toString() {
        return isExact() ? low.toString() : low + " - " + high;
    }
}
