package th.ita.rules.actionplan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import th.ita.rules.facts.Subject;
import th.ita.rules.findings.FindingKind;

/**
 * A fact: something an ITA analysis asks the agency to act on, which the action plan should
 * address: an indicator with a {@link FindingKind#WEAKNESS} or {@link FindingKind#URGENT} finding,
 * or an OIT item with {@link FindingKind#OIT_ITEM_FAILED}; with the keywords that a plan item's
 * name or objectives must contain to address it, from {@code th/ita/rules/actionplan/coverage.json}.
 *
 * @param subject  the indicator or OIT item, as the analysis names it, not null
 * @param kinds    the kinds of the analysis findings about it, in enum order, not empty, not null
 * @param topic    the mapping entry that gave the keywords, such as {@code indicator 2} or
 *                 {@code oit human-resources}, or empty when the mapping has none, not null
 * @param keywords the keywords, empty when the mapping has none, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record ItaConcern(Subject subject, List<FindingKind> kinds, String topic, List<String> keywords) {

    /**
     * Validates the parts and copies the lists.
     *
     * @param subject  the indicator or OIT item, not null
     * @param kinds    the kinds of the analysis findings, not empty, not null
     * @param topic    the mapping entry, or empty, not null
     * @param keywords the keywords, possibly empty, not null
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if there are no kinds
     */
    public ItaConcern {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(topic, "topic");
        kinds = List.copyOf(kinds);
        keywords = List.copyOf(keywords);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds: empty; a concern comes from at least one finding");
        }
    }
}
