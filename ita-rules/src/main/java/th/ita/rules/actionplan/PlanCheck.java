package th.ita.rules.actionplan;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.PlanItem;
import th.ita.rules.facts.Subject;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.recommendations.Text;
import th.ita.rules.Analysis;

/**
 * The result of checking an anti-corruption action plan with {@link PlanChecker}: the findings of
 * the plan rules, the coverage of the ITA analysis (when one was given) and the names of the rules
 * that fired.
 *
 * <p>The findings are sorted by subject, then kind: first the ITA subjects of the coverage rows
 * ({@code INDICATOR}, {@code OIT_ITEM}), then the plan's own ({@link th.ita.rules.facts.Level#PLAN}:
 * budget totals, risk issues, control measures, targets).
 *
 * @param plan      the plan checked, not null
 * @param analysis  the ITA analysis the plan was checked against, or empty, not null
 * @param findings  the findings, sorted, not null
 * @param coverage  one row per ITA concern (weakness, urgent indicator or failed OIT item), in
 *                  subject order; empty without an analysis, not null
 * @param trace     the names of the rules that fired, in firing order, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record PlanCheck(ActionPlan plan, Optional<Analysis> analysis, List<Finding> findings,
        List<PlanCheck.CoverageRow> coverage, List<String> trace) {

    private static final Set<FindingKind> PROBLEMS = EnumSet.of(FindingKind.PLAN_BUDGET_MISMATCH,
            FindingKind.PLAN_RISK_UNCONTROLLED, FindingKind.PLAN_CONTROL_UNRESOLVED, FindingKind.PLAN_GAP,
            FindingKind.PLAN_TARGET_MISSED);

    /**
     * Validates the parts and copies the lists.
     *
     * @param plan     the plan checked, not null
     * @param analysis the analysis, or empty, not null
     * @param findings the findings, not null
     * @param coverage the coverage rows, not null
     * @param trace    the rule names fired, not null
     * @throws NullPointerException if an argument or element is null
     */
    public PlanCheck {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(analysis, "analysis");
        findings = List.copyOf(findings);
        coverage = List.copyOf(coverage);
        trace = List.copyOf(trace);
    }

    /**
     * Returns the findings of one kind, in order.
     *
     * @param kind the kind, not null
     * @return the findings, possibly empty, not null
     */
    public List<Finding> findings(FindingKind kind) {
        Objects.requireNonNull(kind, "kind");
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * Returns the findings that need action: budget mismatches, uncontrolled risks, unresolved
     * control measures, coverage gaps and a missed target.
     *
     * @return the findings in order, empty when the plan passes every check, not null
     */
    public List<Finding> problems() {
        return findings.stream().filter(f -> PROBLEMS.contains(f.kind())).toList();
    }

    /**
     * Returns the coverage rows that no plan item addresses.
     *
     * @return the gaps in order, possibly empty, not null
     */
    public List<CoverageRow> gaps() {
        return coverage.stream().filter(r -> !r.covered()).toList();
    }

    /**
     * One row of the coverage table: an ITA concern and the plan items that address it, or, for a
     * gap, the recommendation the catalogue offers.
     *
     * @param subject        the indicator or OIT item, not null
     * @param concerns       the kinds of analysis finding that make it a concern ({@code WEAKNESS},
     *                       {@code URGENT}, {@code OIT_ITEM_FAILED}), not empty, not null
     * @param finding        the {@link FindingKind#PLAN_COVERS} or {@link FindingKind#PLAN_GAP} finding, not null
     * @param items          the plan items that address it, in item order; empty for a gap, not null
     * @param recommendation for a gap, the catalogue's measure in Thai and English; empty for a
     *                       covered row or when the catalogue has no entry, not null
     * @implSpec This record is immutable and thread-safe.
     */
    public record CoverageRow(Subject subject, List<FindingKind> concerns, Finding finding, List<PlanItem> items,
            Optional<Text> recommendation) {

        /**
         * Validates the parts and copies the lists.
         *
         * @param subject        the indicator or OIT item, not null
         * @param concerns       the kinds of analysis finding, not null
         * @param finding        the coverage finding, not null
         * @param items          the plan items, not null
         * @param recommendation the recommendation, or empty, not null
         * @throws NullPointerException if an argument or element is null
         */
        public CoverageRow {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(recommendation, "recommendation");
            concerns = List.copyOf(concerns);
            items = List.copyOf(items);
        }

        /**
         * Tells whether plan items address this concern.
         *
         * @return true for {@link FindingKind#PLAN_COVERS}, false for a gap
         */
        public boolean covered() {
            return finding.kind() == FindingKind.PLAN_COVERS;
        }
    }
}
