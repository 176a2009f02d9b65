package th.ita.rules.facts;

import th.ita.model.policy.Policy;

/**
 * A fact: the agency's {@link Policy} as numbers the rules compare with.
 *
 * @param policy the policy, for showing a threshold as a score (85.00), not null
 * @param passMark at or above passes (default 85)
 * @param weaknessLine above is a strength, below a weakness (default 80)
 * @param urgentLine below needs urgent improvement (default 95)
 * @param maintainScore equal means maintain (default 100)
 * @param nextYearTarget the aim of an agency that already passes (default 90)
 */
public record ActionLines(Policy policy, double passMark, double weaknessLine, double urgentLine, double maintainScore,
        double nextYearTarget) {

    /** The name of the DRL global that holds the action lines: {@code global ActionLines lines;}. */
    public static final String GLOBAL = "lines";

    /**
     * Returns the action lines of a policy.
     *
     * @param policy the policy, not null
     * @return the action lines, not null
     */
    public static ActionLines of(Policy policy) {
        return new ActionLines(policy, policy.passMark().doubleValue(), policy.weaknessLine().doubleValue(),
                policy.urgentLine().doubleValue(), policy.maintainScore().doubleValue(),
                policy.nextYearTarget().doubleValue());
    }
}
