package th.ita.rules.rating;

import th.ita.model.FiscalYear;
import th.ita.model.catalogue.RatingLabels;

/**
 * How an overall result is rated.
 */
public enum RatingScheme {
    /** FY2561-2565: letter bands AA to F on the overall score (cut points in letter-bands.drl). */
    LETTER_BANDS,
    /**
     * FY2566 on: ผ่านดีเยี่ยม, ผ่านดี, ผ่าน and ไม่ผ่าน, from the overall and each tool component.
     * The default rule is inferred from published cases, not NACC text; see docs/RULES.md.
     */
    LEVELS;

    /** The first fiscal year rated by levels. */
    public static final int FIRST_LEVELS_YEAR = RatingLabels.FIRST_LEVELS_YEAR;

    /**
     * Returns the scheme the NACC used for a fiscal year.
     *
     * @param year the fiscal year, not null
     * @return the scheme, not null
     */
    public static RatingScheme forYear(FiscalYear year) {
        return RatingLabels.usesLevels(year) ? LEVELS : LETTER_BANDS;
    }
}
