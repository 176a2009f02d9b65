package th.ita.rules.report;

import java.util.Map;

/** The fixed words of a report, in Thai and English; the templates look them up by key. */
final class Labels {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                    "Analysis of the Integrity and Transparency Assessment (ITA) result and integrity measures"}),
            Map.entry("agency", new String[] {"หน่วยงาน", "Agency"}),
            Map.entry("fiscalYear", new String[] {"ปีงบประมาณที่ประเมิน", "Fiscal year assessed"}),
            Map.entry("measuresYear", new String[] {"ปีงบประมาณของมาตรการ", "Fiscal year of the measures"}),
            Map.entry("part", new String[] {"ส่วนที่", "Part"}),
            Map.entry("part1", new String[] {"ผลการวิเคราะห์ผลการประเมิน", "Analysis of the result"}),
            Map.entry("part2", new String[] {"การนำผลการวิเคราะห์ไปสู่การปฏิบัติ (มาตรการ)", "From analysis to action (measures)"}),
            Map.entry("part3", new String[] {"ข้อจำกัดของหน่วยงานในการดำเนินการประเมิน", "The agency's constraints in the assessment"}),
            Map.entry("overall", new String[] {"คะแนนภาพรวม", "Overall score"}),
            Map.entry("rating", new String[] {"ระดับผลการประเมิน", "Rating"}),
            Map.entry("passed", new String[] {"ผ่านเกณฑ์ (ตั้งแต่ %s คะแนนขึ้นไป)", "Passed (%s or more)"}),
            Map.entry("notPassed", new String[] {"ยังไม่ผ่านเกณฑ์ (ต่ำกว่า %s คะแนน)", "Not passed (below %s)"}),
            Map.entry("tool", new String[] {"เครื่องมือ", "Tool"}),
            Map.entry("indicator", new String[] {"ตัวชี้วัด", "Indicator"}),
            Map.entry("score", new String[] {"คะแนน", "Score"}),
            Map.entry("previous", new String[] {"ปีก่อน", "Previous year"}),
            Map.entry("change", new String[] {"การเปลี่ยนแปลง", "Change"}),
            Map.entry("assessment", new String[] {"ผลการวิเคราะห์", "Assessment"}),
            Map.entry("strengths", new String[] {"จุดแข็ง (คะแนนสูงกว่า %s)", "Strengths (above %s)"}),
            Map.entry("weaknesses", new String[] {"จุดที่ต้องพัฒนา (คะแนนต่ำกว่า %s)", "To improve (below %s)"}),
            Map.entry("failedItems", new String[] {"ข้อการเปิดเผยข้อมูลสาธารณะ (OIT) ที่ไม่ผ่าน", "OIT items that failed"}),
            Map.entry("item", new String[] {"ข้อ", "Item"}),
            Map.entry("reason", new String[] {"เหตุผล", "Reason"}),
            Map.entry("noReason", new String[] {"ไม่ระบุ", "not given"}),
            Map.entry("themes", new String[] {"การวิเคราะห์รายประเด็น", "Analysis by theme"}),
            Map.entry("theme", new String[] {"ประเด็น", "Theme"}),
            Map.entry("questions", new String[] {"ข้อคำถาม", "Questions"}),
            Map.entry("maintain", new String[] {"รักษาระดับ", "Maintain"}),
            Map.entry("improve", new String[] {"ปรับปรุง/แก้ไข", "Improve"}),
            Map.entry("notes", new String[] {"ข้อสังเกตเรื่องความสอดคล้องของคะแนนที่เผยแพร่", "Notes on published figures that disagree"}),
            Map.entry("topic", new String[] {"หัวข้อ", "Topic"}),
            Map.entry("measure", new String[] {"มาตรการ/แนวทาง", "Measure"}),
            Map.entry("steps", new String[] {"ขั้นตอน/วิธีการปฏิบัติ", "Steps"}),
            Map.entry("unit", new String[] {"ผู้รับผิดชอบ", "Responsible"}),
            Map.entry("period", new String[] {"ระยะเวลาดำเนินงาน", "Period"}),
            Map.entry("followUp", new String[] {"การติดตามผล", "Follow-up"}),
            Map.entry("progress", new String[] {"รายงานความก้าวหน้า รอบ 6 เดือน (%s) และรายงานผลสิ้นปี (%s)",
                    "Progress report at six months (%s) and at year end (%s)"}),
            Map.entry("noConstraints", new String[] {"ไม่มีข้อจำกัดของหน่วยงาน", "The agency has no constraints."}),
            Map.entry("chart", new String[] {"คะแนนรายตัวชี้วัด เทียบเส้นผ่านเกณฑ์และเส้นเร่งด่วน", "Indicator scores against the pass and urgent lines"}),
            Map.entry("none", new String[] {"-", "-"}),
            Map.entry("trend", new String[] {"คะแนนภาพรวมรายปี", "Overall score by year"}),
            Map.entry("targetPath", new String[] {"เป้าหมาย", "target"}),
            Map.entry("plan", new String[] {"สิ่งที่ต้องแก้ไขก่อนเพื่อให้ผ่านเกณฑ์", "What to fix first to pass"}),
            Map.entry("planFixes", new String[] {"แก้ไขข้อ OIT ที่ไม่ผ่านตามลำดับ %s: คะแนนภาพรวมหลังแก้ไขแต่ละข้อ %s",
                    "Fix the failed OIT items %s in this order: the overall after each fix is %s"}),
            Map.entry("planReached", new String[] {"จะได้คะแนนภาพรวม %s ซึ่งผ่านเกณฑ์ %s",
                    "which gives an overall of %s, passing the mark of %s"}),
            Map.entry("planShort", new String[] {"การแก้ไขข้อ OIT อย่างเดียวไม่พอ: คะแนนภาพรวมยังขาดอีก %s คะแนน",
                    "OIT fixes alone are not enough: the overall is still %s points short"}),
            Map.entry("planRaise", new String[] {"หรือยกระดับตัวชี้วัดที่ %s %s ขึ้นอีก %s คะแนน",
                    "or raise indicator %s %s by %s points"}),
            Map.entry("planComponent", new String[] {"ยกระดับ %s ขึ้นอีก %s คะแนน", "raise %s by %s points"}));

    private Labels() {
    }

    static Map<String, String> of(boolean thai) {
        java.util.HashMap<String, String> result = new java.util.HashMap<>();
        WORDS.forEach((k, v) -> result.put(k, v[thai ? 0 : 1]));
        return Map.copyOf(result);
    }
}
