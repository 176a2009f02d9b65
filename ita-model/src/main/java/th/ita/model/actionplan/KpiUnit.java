package th.ita.model.actionplan;

/**
 * The unit of a KPI value.
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum KpiUnit {

    /** A percentage, "ร้อยละ". */
    PERCENT,
    /** An ITA score out of 100, "คะแนน". */
    SCORE,
    /** Occurrences in a fiscal year, "ครั้งต่อปี" or "ปีละ … ครั้ง". */
    TIMES_PER_YEAR,
    /** Occurrences with no period stated, "ครั้ง". */
    TIMES,
    /** Courses in a fiscal year, "หลักสูตรต่อปี". */
    COURSES_PER_YEAR,
    /** Dissemination channels, "ช่องทาง". */
    CHANNELS,
    /** Topics, "เรื่อง". */
    TOPICS,
    /** Documents such as announcements or orders, "ฉบับ". */
    DOCUMENTS,
    /** Sets, such as a manual or report, "ชุด". */
    SETS,
    /** Bound copies, "เล่ม". */
    COPIES,
    /** Measures, "มาตรการ". */
    MEASURES,
    /** Persons, "คน". */
    PERSONS
}
