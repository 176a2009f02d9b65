package th.ita.rules.recommendations;

/** The kinds of recommendation the rules make, in the order a measures table lists them. */
public enum RecommendationKind {
    /** Improve an indicator below the weakness line. */
    IMPROVE_INDICATOR,
    /** Raise a tool or EIT part below the pass mark. */
    IMPROVE_TOOL,
    /** Publish what a failed OIT item lacks. */
    PUBLISH_OIT_ITEM,
    /** Improve an indicator below the urgent line. */
    URGENT_INDICATOR,
    /** Improve a theme's tool group with a question below the maintain score. */
    IMPROVE_THEME_GROUP,
    /** Keep an indicator at the maintain score. */
    MAINTAIN_INDICATOR,
    /** Keep a theme's tool group whose every question is at the maintain score. */
    MAINTAIN_THEME_GROUP
}
