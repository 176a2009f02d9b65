/**
 * The facts the action-plan rules match ({@code th/ita/rules/actionplan/*.drl}, source 003):
 * {@link th.ita.rules.actionplan.BudgetTotal}, {@link th.ita.rules.actionplan.RatedRisk},
 * {@link th.ita.rules.actionplan.ControlReference}, {@link th.ita.rules.actionplan.PlanItemText},
 * {@link th.ita.rules.actionplan.ItaConcern}, {@link th.ita.rules.actionplan.ItaTarget} and
 * {@link th.ita.rules.actionplan.ItaResult}. {@link th.ita.rules.actionplan.PlanChecker} inserts them into a
 * KieBase of their own, apart from the analysis rules; the rules never change them.
 *
 * <p>Null arguments throw {@link java.lang.NullPointerException}; no method returns null.
 */
package th.ita.rules.actionplan;
