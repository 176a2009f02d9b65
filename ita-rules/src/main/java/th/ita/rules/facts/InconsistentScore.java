package th.ita.rules.facts;

import java.util.Objects;
import th.ita.model.scoring.ConsistencyNote;

/**
 * A fact: a given score that differs from the one computed from the levels below by more than
 * 0.01, with the subject it concerns (the same subject as the level's other findings).
 *
 * @param subject the overall, tool or indicator concerned, not null
 * @param note the score card's note, not null
 */
public record InconsistentScore(Subject subject, ConsistencyNote note) {

    /**
     * Validates the parts.
     *
     * @param subject the overall, tool or indicator concerned, not null
     * @param note the score card's note, not null
     */
    public InconsistentScore {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(note, "note");
    }
}
