package th.ita.rules.recommendations;

import th.ita.rules.facts.Level;

/** The kinds of recommendation the rules make, in the order a measures table lists them. */
public enum RecommendationKind {
    /** Improve an indicator below the weakness line. */
    IMPROVE_INDICATOR(Level.INDICATOR),
    /** Raise a tool or EIT part below the pass mark. */
    IMPROVE_TOOL(Level.TOOL),
    /** Publish what a failed OIT item lacks. */
    PUBLISH_OIT_ITEM(Level.OIT_ITEM),
    /** Improve an indicator below the urgent line. */
    URGENT_INDICATOR(Level.INDICATOR),
    /** Improve a theme's tool group with a question below the maintain score. */
    IMPROVE_THEME_GROUP(Level.THEME),
    /** Keep an indicator at the maintain score. */
    MAINTAIN_INDICATOR(Level.INDICATOR),
    /** Keep a theme's tool group whose every question is at the maintain score. */
    MAINTAIN_THEME_GROUP(Level.THEME);

    private final Level subjectLevel;

    RecommendationKind(Level subjectLevel) {
        this.subjectLevel = subjectLevel;
    }

    /**
     * Returns the level of the subjects this kind's texts describe: an indicator measure is written
     * for an indicator, never for a sub-indicator such as 9.4.
     *
     * @return the level, not null
     */
    public Level subjectLevel() {
        return subjectLevel;
    }
}
