/**
 * Local anti-corruption action plans ("แผนปฏิบัติการป้องกันการทุจริต") as data for the rules.
 *
 * <p>An {@link th.ita.model.actionplan.ActionPlan} is a tree of
 * {@link th.ita.model.actionplan.Dimension} (มิติ 1 - 4) → {@link th.ita.model.actionplan.Mission}
 * → {@link th.ita.model.actionplan.SubStrategy} → {@link th.ita.model.actionplan.PlanItem}, whose
 * {@link th.ita.model.actionplan.PlanItemKind kind} (โครงการ / กิจกรรม / มาตรการ) comes from its name,
 * with a {@link th.ita.model.actionplan.Budget} in baht per Buddhist-era fiscal year,
 * {@link th.ita.model.actionplan.ResponsibleUnit}s and {@link th.ita.model.actionplan.Kpi}s. Beside the
 * tree are the corruption-risk register ({@link th.ita.model.actionplan.RiskRow},
 * {@link th.ita.model.actionplan.RiskIssue}, {@link th.ita.model.actionplan.ControlMeasure}), the
 * yearly targets ({@link th.ita.model.actionplan.PlanTargets}) and the totals printed in the source.
 * {@link th.ita.model.actionplan.ActionPlans} reads plans from strict JSON; the bundled sample is the
 * plan of Lampang City Municipality for FY2566 - 2570 (source 003).
 *
 * <p>Data from damaged sources is entered as printed: what is lost is left empty and explained in a
 * {@code note}, never invented, and mistakes such as a control measure that names no plan item are
 * kept so that rules can find them.
 *
 * <p>All types are immutable records or enums. Unless otherwise noted, passing a null argument to
 * any method in this package throws a {@link java.lang.NullPointerException}, and no method returns
 * null: an absent value is an {@link java.util.Optional} or an empty collection.
 */
package th.ita.model.actionplan;
