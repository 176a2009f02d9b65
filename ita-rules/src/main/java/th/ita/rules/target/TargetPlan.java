package th.ita.rules.target;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import th.ita.model.Score;
import th.ita.model.catalogue.QuestionCode;
import th.ita.model.catalogue.ToolComponent;
import th.ita.rules.rating.Rating;

/**
 * The least an agency must fix to reach a target.
 *
 * @param target the target, not null
 * @param current the overall score now, as computed from the levels below, not null
 * @param reachable true if the input proves that the target is met now or by OIT fixes alone
 * @param candidates every action with its gain, largest first, not null
 * @param minimalSet the OIT fixes of the plan, in the order added, not null
 * @param overallAfterEach the re-scored overall after each added fix, rounded like the real score, not null
 * @param overallAfter the re-scored overall with the whole set applied, not null
 * @param componentsAfter the tool components with the set applied, not null
 * @param remaining what must still be raised when OIT fixes are not enough, not null
 * @param decidedBy the figures the input does not give that decide whether the plan reaches a level's
 *     line for every tool component, such as {@code tools.EIT_PART_2}; empty when the input proves it
 *     either way; not null
 * @param published the rating the input gives as the NACC's, when the figures given leave the target
 *     open and allow that rating: it then decides whether the target is met now (see
 *     {@link #metAsPublished()}); empty otherwise; not null
 */
public record TargetPlan(Target target, Score current, boolean reachable, List<Candidate> candidates,
        List<QuestionCode> minimalSet, List<Score> overallAfterEach, Score overallAfter,
        Map<ToolComponent, Score> componentsAfter, List<Remaining> remaining, List<String> decidedBy,
        Optional<Rating> published) {

    /**
     * Validates the parts.
     *
     * @param target the target, not null
     * @param current the overall score now, not null
     * @param reachable true if the input proves that the target is met now or by OIT fixes alone
     * @param candidates every action with its gain, largest first, not null
     * @param minimalSet the OIT fixes of the plan, in the order added, not null
     * @param overallAfterEach the re-scored overall after each added fix, not null
     * @param overallAfter the re-scored overall with the whole set applied, not null
     * @param componentsAfter the tool components with the set applied, not null
     * @param remaining what must still be raised when OIT fixes are not enough, not null
     * @param decidedBy the figures the input does not give that decide the component lines, not null
     * @param published the rating the input gives as the NACC's, when it decides; empty otherwise; not null
     */
    public TargetPlan {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(overallAfter, "overallAfter");
        candidates = List.copyOf(candidates);
        minimalSet = List.copyOf(minimalSet);
        overallAfterEach = List.copyOf(overallAfterEach);
        componentsAfter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(componentsAfter));
        remaining = List.copyOf(remaining);
        decidedBy = List.copyOf(decidedBy);
        Objects.requireNonNull(published, "published");
    }

    /**
     * Tells whether the published rating says the target is met now, where the figures given
     * cannot tell: the NACC rated the agency with the figures the input lacks.
     *
     * @return true if {@link #published()} is the target's rating or better
     */
    public boolean metAsPublished() {
        return published.filter(target::isMetBy).isPresent();
    }
}
