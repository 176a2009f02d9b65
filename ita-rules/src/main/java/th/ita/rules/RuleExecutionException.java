package th.ita.rules;

import java.util.Objects;

/**
 * Thrown when the rules fail while analysing an assessment: a rule's condition or consequence
 * throws, a rule fires more often than the engine's firing limit allows (a rule that keeps
 * re-activating itself), or the rating rules answer twice. The message names the rule and its DRL
 * file and line, and says what went wrong; these are rule-authoring errors, not bad input data.
 */
public final class RuleExecutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String location;

    RuleExecutionException(String rule, String location, String message, Throwable cause) {
        super(message, cause);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * Returns the name of the rule that failed, or {@code ?} when Drools did not say and the
     * expression could not be found in any file.
     *
     * @return the rule's name, not null
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns the DRL file and line of the failure, such as {@code rules/critical.drl:12}, or
     * {@code ?} when it is unknown.
     *
     * @return the location, not null
     */
    public String location() {
        return location;
    }
}
