package th.ita.rules.findings;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import th.ita.rules.facts.Subject;

/**
 * A finding: what a rule concluded about one subject, with the rule's name and the values it
 * used, so that a caller can show why.
 *
 * <p>Rules create findings with {@link #of} and add the values they compared with
 * {@link #with}; the engine sorts them by subject, then kind.
 *
 * @param kind what was found, not null
 * @param subject what it is about, not null
 * @param rule the name of the rule that made it, not null
 * @param values the values the rule used, by name (such as {@code score}, {@code line}), in order, not null
 */
public record Finding(FindingKind kind, Subject subject, String rule, Map<String, String> values)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::subject)
            .thenComparing(Finding::kind).thenComparing(Finding::rule);

    /**
     * Validates the parts.
     */
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Starts a finding with no values.
     *
     * @param kind what was found, not null
     * @param subject what it is about, not null
     * @param rule the rule's name, not null
     * @return the finding, not null
     */
    public static Finding of(FindingKind kind, Subject subject, String rule) {
        return new Finding(kind, subject, rule, Map.of());
    }

    /**
     * Returns a copy with one more value. This instance is unaffected.
     *
     * @param name the value's name, not null
     * @param value the value, shown with {@code toString()}, not null
     * @return the finding, not null
     */
    public Finding with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value").toString());
        return new Finding(kind, subject, rule, more);
    }

    /**
     * Returns a value the rule used.
     *
     * @param name the value's name, not null
     * @return the value, or an empty string when the rule recorded none, not null
     */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
