package th.ita.rules.facts;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import th.ita.model.FiscalYear;
import th.ita.model.Score;

/**
 * A fact: a subject's scores over the agency's years, oldest first, with their direction.
 *
 * @param subject the overall or an indicator, not null
 * @param scores the scores by year (the engine inserts series of three years or more), not null
 */
public record Series(Subject subject, SortedMap<FiscalYear, Score> scores) {

    /** The shape of a series. */
    public enum Direction {
        /** Never falls, and ends higher than it starts. */
        RISING,
        /** Never rises, and ends lower than it starts. */
        FALLING,
        /** The same every year. */
        FLAT,
        /** Up in some years and down in others. */
        MIXED
    }

    /**
     * Validates the parts.
     *
     * @param subject the overall or an indicator, not null
     * @param scores the scores by year, not null
     */
    public Series {
        Objects.requireNonNull(subject, "subject");
        scores = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(scores));
    }

    /**
     * Returns the direction of the series.
     *
     * @return the direction, not null
     */
    public Direction direction() {
        List<Score> values = List.copyOf(scores.values());
        boolean up = false;
        boolean down = false;
        for (int i = 1; i < values.size(); i++) {
            int c = values.get(i).compareTo(values.get(i - 1));
            up |= c > 0;
            down |= c < 0;
        }
        return up && down ? Direction.MIXED : up ? Direction.RISING : down ? Direction.FALLING : Direction.FLAT;
    }

    /**
     * Returns the first year of the series.
     *
     * @return the year, not null
     */
    public FiscalYear firstYear() {
        return scores.firstKey();
    }

    /**
     * Returns the last year of the series.
     *
     * @return the year, not null
     */
    public FiscalYear lastYear() {
        return scores.lastKey();
    }
}
