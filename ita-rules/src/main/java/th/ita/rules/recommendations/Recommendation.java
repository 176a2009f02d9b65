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
     * Validates the parts. Whether the kind's texts can describe the subject is the catalogue's to
     * say: the engine checks it and names the rule when they cannot
     * ({@link RecommendationCatalogue#subjectLevel}).
     *
     * @param kind the kind, not null
     * @param subject the subject, not null
     * @param causes the findings that caused it, not empty, not null
     * @param rule the name of the rule that made it, not null
     * @throws IllegalArgumentException if no finding caused it (the engine reports it as the rule's error)
     */
    public Recommendation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        causes = List.copyOf(causes);
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("a recommendation of " + kind.name() + " for " + subject.key()
                    + " names no finding that caused it");
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
