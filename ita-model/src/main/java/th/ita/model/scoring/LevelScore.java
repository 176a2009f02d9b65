package th.ita.model.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import th.ita.model.Score;

/**
 * The score of one level (overall, tool, indicator or sub-indicator): the value given in the
 * input, the value computed from the levels below, or both.
 *
 * <p>The reported {@link #value()} is the given one when there is one, as the NACC's published
 * figure is authoritative; otherwise the computed one, rounded half-up to two decimals.
 * Aggregation upward uses {@link #exact()}, which keeps the computed value unrounded.
 *
 * @param given the value given in the input, or empty, not null
 * @param computedExact the value computed from the levels below, unrounded, or empty, not null
 */
public record LevelScore(Optional<Score> given, Optional<BigDecimal> computedExact) {

    private static final LevelScore UNAVAILABLE = new LevelScore(Optional.empty(), Optional.empty());

    /**
     * Validates the parts.
     */
    public LevelScore {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(computedExact, "computedExact");
    }

    /**
     * Returns a level with neither a given nor a computed value.
     *
     * @return the unavailable level, not null
     */
    public static LevelScore unavailable() {
        return UNAVAILABLE;
    }

    /**
     * Returns the reported value: given if given, else computed and rounded.
     *
     * @return the value, or empty if unavailable, not null
     */
    public Optional<Score> value() {
        return given.isPresent() ? given : computed();
    }

    /**
     * Returns the computed value rounded half-up to two decimals.
     *
     * @return the computed score, or empty, not null
     */
    public Optional<Score> computed() {
        // Means of repeating decimals (267.22 / 3) carry an error in the 34th digit; settling at 10
        // places first keeps an exact half such as 92.195 from rounding down.
        return computedExact.map(v -> Score.of(v.setScale(10, java.math.RoundingMode.HALF_UP)));
    }

    /**
     * Returns the value to aggregate upward: the given score, else the unrounded computed value.
     *
     * @return the exact value, or empty, not null
     */
    public Optional<BigDecimal> exact() {
        return given.isPresent() ? given.map(Score::value) : computedExact;
    }

    /**
     * Tells where the reported value comes from.
     *
     * @return the source, not null
     */
    public Source source() {
        if (given.isPresent()) {
            return Source.GIVEN;
        }
        return computedExact.isPresent() ? Source.COMPUTED : Source.UNAVAILABLE;
    }

    /**
     * Tells whether there is a value.
     *
     * @return true if given or computed
     */
    public boolean isAvailable() {
        return given.isPresent() || computedExact.isPresent();
    }

    /** Where a reported value comes from. */
    public enum Source {
        /** Given in the input (as published). */
        GIVEN,
        /** Computed from the levels below. */
        COMPUTED,
        /** Neither given nor computable. */
        UNAVAILABLE
    }
}
