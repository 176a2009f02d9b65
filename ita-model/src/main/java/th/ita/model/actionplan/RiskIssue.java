package th.ita.model.actionplan;

import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A corruption-risk issue of a risk-register row ("ประเด็นความเสี่ยงการทุจริต").
 *
 * @param number the number within its row, 1 or more
 * @param text   the issue as printed, not blank, not null
 * @param level  the risk level, or empty where the source leaves the Risk Score blank
 * @implSpec This record is immutable and thread-safe.
 */
public record RiskIssue(int number, String text, Optional<RiskLevel> level) {

    /**
     * Checks the issue.
     *
     * @param number the number within its row, 1 or more
     * @param text   the issue as printed, not blank, not null
     * @param level  the risk level, or empty where the source leaves the Risk Score blank
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the number is below 1 or the text is blank
     */
    public RiskIssue {
        Checks.check(number >= 1, "number: not positive, was %d; issue numbers start at 1", number);
        Checks.text(text, "text");
        Objects.requireNonNull(level, "level");
    }

    @JsonCreator
    private static RiskIssue json(@JsonProperty("number") Integer number, @JsonProperty("text") String text,
                                  @JsonProperty("level") RiskLevel level) {
        return new RiskIssue(Checks.required(number, "number", "an issue number of 1 or more is required"),
                Checks.required(text, "text", "a text is required"), Checks.optional(level));
    }
}
