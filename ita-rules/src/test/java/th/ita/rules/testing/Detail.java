package th.ita.rules.testing;

/** How much of an assessment {@link AssessmentArbitraries#assessments(Detail)} fills in. */
public enum Detail {
    /** The overall only. */
    OVERALL,
    /** The overall and the IIT, EIT and OIT scores, without EIT parts. */
    TOOLS,
    /** The overall and the tools with EIT parts 1 and 2 (FY2566 and later; earlier years have no parts). */
    TOOLS_WITH_EIT_PARTS,
    /** The overall, the tools and the ten indicator scores. */
    INDICATORS,
    /** IIT questions i1-i30 and the EIT indicators 6-8, no overall (FY2566 and later). */
    QUESTIONS,
    /** The overall, the tools and a pass or fail for every OIT item o1-o43 (FY2566 and later). */
    OIT_ITEMS
}
