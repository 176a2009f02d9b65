package th.ita.rules.recommendations;

import java.util.List;
import java.util.Objects;

/**
 * A catalogue entry: what to do, the steps, who does it (a role) and how progress is followed up.
 *
 * @param action the measure, not null
 * @param steps the steps, not null
 * @param role the id of the responsible role, such as {@code HR}, not null
 * @param followUp how progress is checked, not null
 */
public record ActionTemplate(Text action, List<Text> steps, String role, Text followUp) {

    /**
     * Validates the parts.
     *
     * @param action the measure, not null
     * @param steps the steps, not null
     * @param role the id of the responsible role, such as {@code HR}, not null
     * @param followUp how progress is checked, not null
     */
    public ActionTemplate {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(followUp, "followUp");
        steps = List.copyOf(steps);
    }
}
