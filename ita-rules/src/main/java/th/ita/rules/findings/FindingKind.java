package th.ita.rules.findings;

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
    /** A published rating that differs from the computed one. */
    RATING_DIFFERS,
    /** Below the agency's target path for the year. */
    BELOW_TARGET_PATH,
    /** At or above the target path for the year. */
    ON_TARGET_PATH,
    /** The target the agency should set for the next year. */
    NEXT_YEAR_TARGET,
    /** A tool group of a theme whose every question scores the maintain score. */
    THEME_MAINTAIN,
    /** A tool group of a theme with a question below the maintain score. */
    THEME_IMPROVE
}
