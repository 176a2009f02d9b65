package th.ita.model.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * @implSpec This class is immutable and thread-safe.
 */
public final class LevelScore {

    private static final LevelScore UNAVAILABLE = new LevelScore(Optional.empty(), Optional.empty());

    private final Optional<Score> given;
    private final Optional<BigDecimal> computedExact;
    private final Optional<Score> computed;

    /**
     * Creates a level score.
     *
     * @param given the value given in the input, or empty, not null
     * @param computedExact the value computed from the levels below, unrounded, or empty, not null
     */
    public LevelScore(Optional<Score> given, Optional<BigDecimal> computedExact) {
        this.given = Objects.requireNonNull(given, "given");
        this.computedExact = Objects.requireNonNull(computedExact, "computedExact");
        // Means of repeating decimals (267.22 / 3) carry an error in their last digit; settling at 10
        // places first keeps an exact half such as 92.195 from rounding down.
        this.computed = computedExact.map(v -> Score.of(v.setScale(10, RoundingMode.HALF_UP)));
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
     * Returns the value given in the input.
     *
     * @return the given value, or empty, not null
     */
    public Optional<Score> given() {
        return given;
    }

    /**
     * Returns the value computed from the levels below, unrounded.
     *
     * @return the computed value, or empty, not null
     */
    public Optional<BigDecimal> computedExact() {
        return computedExact;
    }

    /**
     * Returns the reported value: given if given, else computed and rounded.
     *
     * @return the value, or empty if unavailable, not null
     */
    public Optional<Score> value() {
        return given.isPresent() ? given : computed;
    }

    /**
     * Returns the computed value rounded half-up to two decimals.
     *
     * @return the computed score, or empty, not null
     */
    public Optional<Score> computed() {
        return computed;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelScore other && given.equals(other.given) && computedExact.equals(other.computedExact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(given, computedExact);
    }

    @Override
    public String toString() {
        return "LevelScore[given=" + given + ", computedExact=" + computedExact + "]";
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
