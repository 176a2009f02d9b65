package th.ita.rules.recommendations;

import java.util.List;
import java.util.Objects;
import th.ita.rules.facts.Subject;
import th.ita.rules.findings.Finding;

/**
 * A fact the recommendation rules insert: which kind of measure a subject gets, and the findings
 * that caused it. The engine turns it into a {@link Measure} with the catalogue's texts.
 *
 * @param kind the kind, not null
 * @param subject the subject, not null
 * @param causes the findings that caused it, not empty, not null
 * @param rule the name of the rule that made it, not null
 */
public record Recommendation(RecommendationKind kind, Subject subject, List<Finding> causes, String rule) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the kind's texts cannot describe the subject, such as an
     *     indicator measure for sub-indicator 9.4 (a rule-authoring error, named with its rule)
     */
    public Recommendation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        causes = List.copyOf(causes);
        if (subject.level() != kind.subjectLevel()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a %s recommendation is for a subject of level %s, was %s %s", kind, kind.subjectLevel(),
                    subject.level(), subject.key()));
        }
    }

    /**
     * Makes a recommendation caused by one finding.
     *
     * @param kind the kind, not null
     * @param cause the finding, not null
     * @param rule the rule's name, not null
     * @return the recommendation, not null
     */
    public static Recommendation of(RecommendationKind kind, Finding cause, String rule) {
        return new Recommendation(kind, cause.subject(), List.of(cause), rule);
    }
}
