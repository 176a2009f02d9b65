package th.ita.rules.actionplan;

import java.util.Objects;
import th.ita.model.actionplan.RiskLevel;
import th.ita.rules.facts.Subject;

/**
 * A fact: one issue of the corruption-risk register ("ประเด็นความเสี่ยงการทุจริต") that has a level,
 * with the number of control measures of its row. The register gives measures per row, so every
 * issue of a row shares them.
 *
 * <p>An issue whose Risk Score the source leaves blank is not a fact: nothing can be concluded
 * about its level.
 *
 * @param subject         the issue, at {@link th.ita.rules.facts.Level#PLAN}, not null
 * @param text            the issue as printed, not null
 * @param level           the level, not null
 * @param controlMeasures the number of control measures of the row, 0 or more
 * @implSpec This record is immutable and thread-safe.
 */
public record RatedRisk(Subject subject, String text, RiskLevel level, int controlMeasures) {

    /**
     * Validates the parts.
     *
     * @param subject         the issue, not null
     * @param text            the issue as printed, not null
     * @param level           the level, not null
     * @param controlMeasures the number of control measures of the row, 0 or more
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the count is negative
     */
    public RatedRisk {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        if (controlMeasures < 0) {
            throw new IllegalArgumentException("controlMeasures: negative, was " + controlMeasures + "; a count is 0 or more");
        }
    }
}
