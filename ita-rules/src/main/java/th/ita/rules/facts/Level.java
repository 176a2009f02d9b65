package th.ita.rules.facts;

/**
 * The level of the assessment a fact or finding is about, from the whole down to one item.
 */
public enum Level {
    /** The overall score. */
    OVERALL,
    /** A tool score (IIT, EIT or OIT) or an EIT part. */
    TOOL,
    /** One of the ten indicators. */
    INDICATOR,
    /** An OIT sub-indicator. */
    SUB_INDICATOR,
    /** An IIT or EIT question. */
    QUESTION,
    /** An OIT item (pass or fail). */
    OIT_ITEM,
    /** One tool group of an analysis theme (FY2566 on). */
    THEME,
    /** A part of an anti-corruption action plan: a declared budget total, a risk-register entry or a yearly target. */
    PLAN
}
