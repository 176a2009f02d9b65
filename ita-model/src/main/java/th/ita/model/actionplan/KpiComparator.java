package th.ita.model.actionplan;

/**
 * How a KPI value is to be met.
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum KpiComparator {

    /** At least the value: "ไม่น้อยกว่า", "ไม่ต่ำกว่า", "อย่างน้อย", "ขึ้นไป". */
    AT_LEAST,
    /** At most the value: "ไม่เกิน". */
    AT_MOST,
    /** The value as printed with no qualifier: "ร้อยละ ๗๕", "จำนวน ๑ ฉบับ", "ปีละ ๑ ครั้ง". */
    EQUAL;

    /**
     * Tells whether an achieved value meets a target under this comparator.
     *
     * @param achieved the achieved value, not null
     * @param target   the target value, not null
     * @return true if the achieved value meets the target
     */
    public boolean isMet(java.math.BigDecimal achieved, java.math.BigDecimal target) {
        int c = achieved.compareTo(target);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
        };
    }
}
