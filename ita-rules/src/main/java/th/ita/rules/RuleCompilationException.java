package th.ita.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when DRL rules do not compile: lists every error with its file, line and the Drools
 * message. No engine is built.
 */
public final class RuleCompilationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> errors;

    /**
     * Creates the exception.
     *
     * @param errors the errors, at least one, not null
     */
    public RuleCompilationException(List<RuleProblem> errors) {
        super(errors.size() == 1 ? "rules do not compile: " + errors.get(0)
                : errors.size() + " rule compilation errors: "
                        + errors.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /**
     * Returns every error, in the order Drools reported them.
     *
     * @return the errors, not empty, not null
     */
    public List<RuleProblem> errors() {
        return errors;
    }
}
