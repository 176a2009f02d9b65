package th.ita.rules.actionplan;

import java.util.Objects;
import java.util.Optional;
import th.ita.rules.facts.Subject;

/**
 * A fact: one control measure of the corruption-risk register ("มาตรการควบคุมความเสี่ยงการทุจริต")
 * and the plan item it resolves to, by item number when the register gives one, otherwise by
 * template or local name ignoring white space and double quotes
 * ({@link th.ita.model.actionplan.ActionPlan#resolve}).
 *
 * @param subject      the measure, at {@link th.ita.rules.facts.Level#PLAN}, not null
 * @param name         the measure as printed, not null
 * @param resolvedItem the number of the plan item it names, or empty when it names none, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record ControlReference(Subject subject, String name, Optional<Integer> resolvedItem) {

    /**
     * Validates the parts.
     *
     * @param subject      the measure, not null
     * @param name         the measure as printed, not null
     * @param resolvedItem the plan item it names, or empty, not null
     * @throws NullPointerException if an argument is null
     */
    public ControlReference {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resolvedItem, "resolvedItem");
    }

    /**
     * Tells whether the measure names a plan item, for rule conditions.
     *
     * @return true if it resolves to an item
     */
    public boolean resolved() {
        return resolvedItem.isPresent();
    }
}
