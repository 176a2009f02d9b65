/**
 * The target planner: {@link th.ita.rules.target.TargetPlanner} finds the least an agency must fix to reach a
 * {@link th.ita.rules.target.Target}, as a {@link th.ita.rules.target.TargetPlan} of
 * {@link th.ita.rules.target.Candidate}s and {@link th.ita.rules.target.Remaining} work.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.target;
