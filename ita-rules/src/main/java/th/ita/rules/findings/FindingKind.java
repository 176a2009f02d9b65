package th.ita.rules.findings;

import java.util.Optional;

/**
 * The kinds of finding the rules produce.
 */
public enum FindingKind {
    /** At or above the pass mark. */
    PASSES_PASS_MARK,
    /** Below the pass mark. */
    FAILS_PASS_MARK,
    /** Above the strength/weakness line. */
    STRENGTH,
    /** Below the strength/weakness line. */
    WEAKNESS,
    /** Below the urgent line. */
    URGENT,
    /** At the maintain score: keep the standard. */
    MAINTAIN,
    /** An OIT item that failed. */
    OIT_ITEM_FAILED,
    /** The highest-scoring indicator (ties allowed). */
    HIGHEST_INDICATOR,
    /** The lowest-scoring indicator (ties allowed). */
    LOWEST_INDICATOR,
    /** Higher than last year. */
    IMPROVED,
    /** Lower than last year. */
    DECLINED,
    /** The same as last year. */
    UNCHANGED,
    /** A given score that differs from the one computed from the levels below. */
    INCONSISTENT_SCORES,
    /** A published rating that the figures do not allow. */
    RATING_DIFFERS,
    /** A letter band published for a year rated by levels (from FY2566). */
    RATING_OLD_SCHEME,
    /** A rating the figures leave open: the one they prove is lower than the best they allow. */
    RATING_UNPROVEN,
    /** Below the agency's target path for the year. */
    BELOW_TARGET_PATH,
    /** At or above the target path for the year. */
    ON_TARGET_PATH,
    /** The target the agency should set for the next year. */
    NEXT_YEAR_TARGET,
    /** A tool group of a theme whose every question scores the maintain score. */
    THEME_MAINTAIN,
    /** A tool group of a theme with a question below the maintain score. */
    THEME_IMPROVE,
    /** The change against one earlier year of the agency's history. */
    CHANGE_SINCE_YEAR,
    /** The direction of a score over the agency's series of years. */
    SERIES_DIRECTION,
    /** Action plan: the item budgets do not add up to a total the plan declares for a dimension or the plan. */
    PLAN_BUDGET_MISMATCH,
    /** Action plan: a high or very high corruption-risk issue with no control measure. */
    PLAN_RISK_UNCONTROLLED,
    /** Action plan: a control measure of the risk register that names no plan item. */
    PLAN_CONTROL_UNRESOLVED,
    /** Action plan: an ITA weakness, urgent indicator or failed OIT item that plan items address. */
    PLAN_COVERS,
    /** Action plan: an ITA weakness, urgent indicator or failed OIT item that no plan item addresses. */
    PLAN_GAP,
    /** Action plan: the overall ITA score is below the plan's target for its fiscal year. */
    PLAN_TARGET_MISSED,
    /** Action plan: the overall ITA score reaches the plan's target for its fiscal year. */
    PLAN_TARGET_MET;

    /**
     * Returns the word a report gives an indicator (or a tool, or a plan's concern) of this status,
     * such as {@code จุดที่ต้องพัฒนา} or {@code to improve}; a kind that is no status has none.
     *
     * @param thai true for the Thai word
     * @return the word, or empty, not null
     */
    public Optional<String> statusWord(boolean thai) {
        return Optional.ofNullable(switch (this) {
            case STRENGTH -> thai ? "จุดแข็ง" : "strength";
            case WEAKNESS -> thai ? "จุดที่ต้องพัฒนา" : "to improve";
            case URGENT -> thai ? "ต้องปรับปรุงโดยเร่งด่วน" : "urgent";
            case MAINTAIN -> thai ? "รักษามาตรฐาน" : "maintain";
            case PASSES_PASS_MARK -> thai ? "ผ่านเกณฑ์" : "passes";
            case FAILS_PASS_MARK -> thai ? "ต่ำกว่าเกณฑ์" : "below the pass mark";
            default -> null;
        });
    }
}
