package th.ita.model.actionplan;

/**
 * How a plan item is funded.
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum BudgetKind {

    /** An amount for each fiscal year, "ปีงบประมาณละ N บาท". */
    PER_YEAR,
    /** One amount in a single fiscal year, "จำนวน N บาท". */
    ONE_OFF,
    /** No budget: "ไม่ใช้งบประมาณ", or "-" in the summary table. */
    NONE
}
