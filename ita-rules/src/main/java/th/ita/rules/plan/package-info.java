/**
 * The target planner: {@link th.ita.rules.plan.Planner} finds the least an agency must fix to reach a
 * {@link th.ita.rules.plan.Target}, as a {@link th.ita.rules.plan.Plan} of
 * {@link th.ita.rules.plan.Candidate}s and {@link th.ita.rules.plan.Remaining} work.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.plan;
