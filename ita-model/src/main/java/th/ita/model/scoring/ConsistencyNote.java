package th.ita.model.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import th.ita.model.Score;

/**
 * A level whose given value differs from the value computed from the levels below by more than
 * 0.01: the published figures disagree with each other, and a report should say so.
 *
 * @param field the level, such as {@code overall}, {@code tools.EIT} or {@code indicators.9}, not null
 * @param given the value given in the input, not null
 * @param computed the value computed from the levels below, rounded, not null
 * @param message an English sentence saying what was compared, not null
 */
public record ConsistencyNote(String field, Score given, Score computed, String message) {

    /**
     * Validates the parts.
     *
     * @param field the level, not null
     * @param given the value given in the input, not null
     * @param computed the value computed from the levels below, not null
     * @param message an English sentence saying what was compared, not null
     */
    public ConsistencyNote {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns {@code given - computed}.
     *
     * @return the signed difference, not null
     */
    public BigDecimal difference() {
        return given.minus(computed);
    }
}
