package th.ita.rules.target;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import th.ita.model.catalogue.QuestionCode;

/**
 * One action a plan can take: fix a failed OIT item (its gain is exact, since an item is pass or
 * fail), or raise an IIT or EIT indicator (its gain per point follows from the weights).
 *
 * @param item the OIT item to fix, or empty for an indicator, not null
 * @param indicator the indicator to raise, or empty for an OIT item, not null
 * @param gain the exact gain on the overall score: of the fix, or of raising the indicator to 100, not null
 * @param toolGain the gain on the tool score, likewise, not null
 * @param gainPerPoint the overall gain per point of the indicator, or zero for an OIT item, not null
 */
public record Candidate(Optional<QuestionCode> item, Optional<Integer> indicator, BigDecimal gain,
        BigDecimal toolGain, BigDecimal gainPerPoint) {

    /**
     * Validates the parts.
     *
     * @param item the OIT item to fix, or empty for an indicator, not null
     * @param indicator the indicator to raise, or empty for an OIT item, not null
     * @param gain the exact gain on the overall score, not null
     * @param toolGain the gain on the tool score, not null
     * @param gainPerPoint the overall gain per point of the indicator, or zero for an OIT item, not null
     */
    public Candidate {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(gain, "gain");
        Objects.requireNonNull(toolGain, "toolGain");
        Objects.requireNonNull(gainPerPoint, "gainPerPoint");
    }
}
