package th.ita.rules.rating;

import th.ita.model.FiscalYear;

/**
 * How an overall result is rated.
 */
public enum RatingScheme {
    /**
     * FY2561-2565: letter bands on the overall score, AA 95.00-100, A 85.00-94.99, B 75.00-84.99,
     * C 65.00-74.99, D 55.00-64.99, E 50.00-54.99, F below 50.00.
     */
    LETTER_BANDS,
    /**
     * FY2566 on: ผ่านดีเยี่ยม, ผ่านดี, ผ่าน and ไม่ผ่าน, from the overall and each tool component.
     * The default rule is inferred from published cases, not NACC text; see docs/RULES.md.
     */
    LEVELS;

    /** The first fiscal year rated by levels. */
    public static final int FIRST_LEVELS_YEAR = 2566;

    /**
     * Returns the scheme the NACC used for a fiscal year.
     *
     * @param year the fiscal year, not null
     * @return the scheme, not null
     */
    public static RatingScheme forYear(FiscalYear year) {
        return year.value() >= FIRST_LEVELS_YEAR ? LEVELS : LETTER_BANDS;
    }
}
