package th.ita.rules.recommendations;

import java.time.chrono.ThaiBuddhistDate;
import java.util.List;
import java.util.Objects;
import th.ita.model.FiscalYear;
import th.ita.rules.facts.Subject;
import th.ita.rules.findings.Finding;

/**
 * An integrity measure for the next fiscal year (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน):
 * the topic, what to do, the steps, the responsible unit, the period with its progress reports,
 * the follow-up, and the findings that caused it.
 *
 * @param kind the kind of recommendation, not null
 * @param subject what it addresses, not null
 * @param topic the topic as a report heads it, not null
 * @param action what to do, not null
 * @param steps the steps, not null
 * @param role the responsible role's id, not null
 * @param unit the responsible unit's name, not null
 * @param year the fiscal year the measure covers (the year after the one assessed), not null
 * @param followUp how progress is followed up, not null
 * @param causes the findings that caused it, not null
 * @param rule the name of the rule that recommended it, not null
 */
public record Measure(RecommendationKind kind, Subject subject, Text topic, Text action, List<Text> steps, String role,
        Text unit, FiscalYear year, Text followUp, List<Finding> causes, String rule) {

    /**
     * Validates the parts.
     *
     * @param kind the kind of recommendation, not null
     * @param subject what it addresses, not null
     * @param topic the topic, not null
     * @param action what to do, not null
     * @param steps the steps, not null
     * @param role the responsible role's id, not null
     * @param unit the responsible unit's name, not null
     * @param year the fiscal year the measure covers, not null
     * @param followUp how progress is followed up, not null
     * @param causes the findings that caused it, not null
     * @param rule the name of the rule that recommended it, not null
     */
    public Measure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(rule, "rule");
        steps = List.copyOf(steps);
        causes = List.copyOf(causes);
    }

    /**
     * Returns the first day of the period, 1 October.
     *
     * @return the start, not null
     */
    public ThaiBuddhistDate start() {
        return year.start();
    }

    /**
     * Returns the last day of the period, 30 September.
     *
     * @return the end, not null
     */
    public ThaiBuddhistDate end() {
        return year.end();
    }

    /**
     * Returns the due dates of the progress reports: at six months (31 March) and at year end.
     *
     * @return the two dates, not null
     */
    public List<ThaiBuddhistDate> progressReports() {
        return List.of(year.midYear(), year.end());
    }
}
