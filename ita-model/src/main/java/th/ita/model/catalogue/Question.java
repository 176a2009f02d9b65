package th.ita.model.catalogue;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A question or OIT item of one edition, with the indicator it belongs to.
 *
 * @param code the code, not null
 * @param indicator the indicator number, 1 to 10
 * @param subIndicator the OIT sub-indicator id, or empty, not null
 * @param thai the question text or item name as printed, or empty where no source gives it, not null
 * @param evidence how the membership is known: {@code stated}, {@code arith} or {@code inferred}, not null
 */
public record Question(QuestionCode code, int indicator, Optional<String> subIndicator, Optional<String> thai,
        String evidence) {

    /**
     * Validates the parts.
     *
     * @param code the code, not null
     * @param indicator the indicator number, 1 to 10
     * @param subIndicator the OIT sub-indicator id, or empty, not null
     * @param thai the question text or item name as printed, or empty, not null
     * @param evidence how the membership is known: {@code stated}, {@code arith} or {@code inferred}, not null
     */
    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subIndicator, "subIndicator");
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(evidence, "evidence");
        if (indicator < 1 || indicator > 10) {
            throw new IllegalArgumentException("question " + code + ": an indicator number is 1 to 10, was " + indicator);
        }
        if (!Set.of("stated", "arith", "inferred").contains(evidence)) {
            throw new IllegalArgumentException("question " + code + ": evidence is stated, arith or inferred, was "
                    + evidence);
        }
    }

    /**
     * Returns the tool of this question.
     *
     * @return the tool, not null
     */
    public Tool tool() {
        return code.tool();
    }
}
