package th.ita.model.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the agency's constraints in the assessment (ข้อจำกัด, Part 3 of the report), with how the
 * agency will handle it when the agency says so.
 *
 * @param text the constraint, not null (an {@link Assessment} refuses a blank one)
 * @param handling how the agency will handle it (แนวทางการแก้ไข), or empty, not null
 */
public record Constraint(String text, Optional<String> handling) {

    /**
     * Validates the parts; surrounding spaces are dropped and a blank handling counts as absent.
     *
     * @param text the constraint, not null
     * @param handling how the agency will handle it, or empty, not null
     */
    public Constraint {
        text = Objects.requireNonNull(text, "text").strip();
        handling = Objects.requireNonNull(handling, "handling").map(String::strip).filter(s -> !s.isEmpty());
    }
}
