package th.ita.rules.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What must still be raised once every OIT fix is applied: points on one indicator (if raised
 * alone) or on one tool component.
 *
 * @param subject an indicator number ({@code 4}) or a tool component ({@code EIT_PART_2}), not null
 * @param points the points the score must rise by, not null
 * @param possible false if even 100 on that indicator alone would not be enough
 */
public record Remaining(String subject, BigDecimal points, boolean possible) {

    /**
     * Validates the parts.
     */
    public Remaining {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(points, "points");
    }
}
