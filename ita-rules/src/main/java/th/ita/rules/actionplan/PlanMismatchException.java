package th.ita.rules.actionplan;

import th.ita.rules.Analysis;

/**
 * Thrown by {@link PlanChecker#check(th.ita.model.actionplan.ActionPlan, Analysis)} when the
 * assessment is not one the plan can be checked against: it is another agency's, or of a fiscal
 * year outside the plan's period. The message names both agencies, or the year and the plan's
 * years, such as {@code the assessment is of fiscal year 2564, but the plan covers 2566 - 2570}.
 *
 * <p>It is bad input, not a defect: a program that takes the plan and the assessment from a user
 * reports the message as it reports any other input error.
 */
public final class PlanMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what does not match, naming both sides, not null
     */
    public PlanMismatchException(String message) {
        super(message);
    }
}
