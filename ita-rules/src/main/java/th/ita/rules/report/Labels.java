package th.ita.rules.report;

import java.util.Map;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.catalogue.ToolComponent;

/** The fixed words of a report, in Thai and English; the templates look them up by key. */
final class Labels {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                    "Analysis of the Integrity and Transparency Assessment (ITA) result and integrity measures"}),
            Map.entry("cover", new String[] {"ประจำปีงบประมาณ พ.ศ.", "Fiscal year"}),
            Map.entry("contents", new String[] {"สารบัญ", "Contents"}),
            Map.entry("foreword", new String[] {"คำนำ", "Foreword"}),
            Map.entry("background", new String[] {"ความเป็นมาของการประเมิน ITA", "About the ITA"}),
            Map.entry("ratingTable", new String[] {"เกณฑ์ระดับผลการประเมินของปีงบประมาณที่ประเมิน", "The rating table of the year assessed"}),
            Map.entry("range", new String[] {"เกณฑ์", "Scores"}),
            Map.entry("overallChange", new String[] {"คะแนนภาพรวมปีงบประมาณ %s คือ %s คะแนน %s จากปีงบประมาณ %s (%s คะแนน)",
                    "The overall of FY%s is %s, %s from FY%s (%s)"}),
            Map.entry("ratingChange", new String[] {" และเปลี่ยนจากระดับ %s เป็นระดับ %s", ", and the rating moves from %s to %s"}),
            Map.entry("up", new String[] {"เพิ่มขึ้น %s คะแนน", "up %s points"}),
            Map.entry("down", new String[] {"ลดลง %s คะแนน", "down %s points"}),
            Map.entry("same", new String[] {"เท่ากับ", "the same as"}),
            Map.entry("paraScore", new String[] {"ตัวชี้วัดที่ %s %s ได้ %s คะแนน", "Indicator %s, %s, scores %s"}),
            Map.entry("paraToolScore", new String[] {"%s ได้ %s คะแนน", "The %s scores %s"}),
            Map.entry("paraSubScore", new String[] {"ตัวชี้วัดย่อย %s %s ได้ %s คะแนน", "Sub-indicator %s, %s, scores %s"}),
            Map.entry("paraChange", new String[] {" %s จากปีก่อน (%s คะแนน)", ", %s from last year (%s)"}),
            Map.entry("paraWorst", new String[] {" ข้อคำถามที่ได้คะแนนต่ำสุดคือ %s (%s คะแนน)",
                    "; its lowest question is %s (%s)"}),
            Map.entry("paraBest", new String[] {" ข้อคำถามที่ได้คะแนนสูงสุดคือ %s (%s คะแนน)",
                    "; its best question is %s (%s)"}),
            Map.entry("paraItems", new String[] {" ข้อการเปิดเผยข้อมูลผ่าน %s จาก %s ข้อ", "; %s of its %s OIT items pass"}),
            Map.entry("paraFailedItems", new String[] {" ข้อที่ไม่ผ่าน ได้แก่ %s", ", and those that fail are %s"}),
            Map.entry("paraSTRENGTH", new String[] {" จึงเป็นจุดแข็งที่หน่วยงานควรรักษาไว้",
                    ". It is a strength the agency should keep."}),
            Map.entry("paraWEAKNESS", new String[] {" ต่ำกว่า %s คะแนน จึงเป็นจุดที่ต้องพัฒนา",
                    ". Below %s, it is a point to improve."}),
            Map.entry("paraURGENT", new String[] {" ต่ำกว่า %s คะแนน จึงต้องปรับปรุงโดยเร่งด่วน",
                    ". Below %s, it must be improved urgently."}),
            Map.entry("urgent", new String[] {"ต้องปรับปรุงโดยเร่งด่วน", "To improve urgently"}),
            Map.entry("overallInWords", new String[] {"เทียบกับปีก่อน", "Compared with last year"}),
            Map.entry("naccRecommendations", new String[] {"ข้อเสนอแนะของผู้ประเมินจากสำนักงาน ป.ป.ช.",
                    "The NACC assessors' recommendations"}),
            Map.entry("naccRecommendation", new String[] {"ข้อเสนอแนะ", "Recommendation"}),
            Map.entry("naccResponse", new String[] {"การดำเนินการของหน่วยงาน", "How the agency answers it"}),
            Map.entry("naccAnswered", new String[] {"ข้อเสนอแนะนี้กล่าวถึง %s ซึ่งมีมาตรการในส่วนที่ 2 แถว %s",
                    "This recommendation names %s, which Part 2 addresses in the row %s"}),
            Map.entry("naccNoMeasure", new String[] {"ข้อเสนอแนะนี้กล่าวถึง %s ซึ่งไม่มีมาตรการในส่วนที่ 2 หน่วยงานจะพิจารณาดำเนินการตามข้อเสนอแนะนี้เอง",
                    "This recommendation names %s, which has no measure in Part 2: the agency will act on it itself"}),
            Map.entry("naccUnmatched", new String[] {"ข้อเสนอแนะนี้ไม่ได้ระบุตัวชี้วัดหรือข้อการเปิดเผยข้อมูลที่มีมาตรการในส่วนที่ 2 หน่วยงานจะพิจารณาดำเนินการตามข้อเสนอแนะนี้เอง",
                    "This recommendation names no indicator or OIT item with a measure in Part 2: the agency will act on it itself"}),
            Map.entry("oitItems", new String[] {"ผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รายข้อ", "Every OIT item assessed"}),
            Map.entry("result", new String[] {"ผล", "Result"}),
            Map.entry("itemPassed", new String[] {"ผ่าน", "passed"}),
            Map.entry("itemFailed", new String[] {"ไม่ผ่าน", "not passed"}),
            Map.entry("subIndicator", new String[] {"ตัวชี้วัดย่อย", "Sub-indicator"}),
            Map.entry("maintainRow", new String[] {"รักษาระดับคะแนนในเรื่องที่ทำได้ดี", "Keep what is done well"}),
            Map.entry("covers", new String[] {"เรื่องที่ครอบคลุม", "Covers"}),
            Map.entry("ownThemeTools", new String[] {"คะแนนประเด็นนี้ใน %s", "this theme's score in %s"}),
            Map.entry("constraint", new String[] {"ข้อจำกัด", "Constraint"}),
            Map.entry("handling", new String[] {"แนวทางการจัดการกับข้อจำกัด", "How the agency handles it"}),
            Map.entry("noHandling", new String[] {"-", "-"}),
            Map.entry("signOff", new String[] {"ผู้จัดทำและผู้อนุมัติรายงาน", "Prepared and approved by"}),
            Map.entry("preparer", new String[] {"ผู้จัดทำ", "Prepared by"}),
            Map.entry("approver", new String[] {"ผู้อนุมัติ", "Approved by"}),
            Map.entry("signature", new String[] {"ลงชื่อ ........................................", "Signed ........................................"}),
            Map.entry("dated", new String[] {"วันที่", "Date:"}),
            Map.entry("dateToWrite", new String[] {"วันที่ ........................................", "Date: ........................................"}),
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
            Map.entry("addedFindings", new String[] {"ข้อค้นพบจากกฎที่หน่วยงานเพิ่มเติม",
                    "Findings of the agency's own rules"}),
            Map.entry("ownPassed", new String[] {"ถึงเกณฑ์ของหน่วยงาน (%s คะแนนขึ้นไป)",
                    "At or above the agency's own pass mark (%s)"}),
            Map.entry("ownNotPassed", new String[] {"ยังไม่ถึงเกณฑ์ของหน่วยงาน (ต่ำกว่า %s คะแนน)",
                    "Below the agency's own pass mark (%s)"}),
            Map.entry("tool", new String[] {"เครื่องมือ", "Tool"}),
            Map.entry("indicator", new String[] {"ตัวชี้วัด", "Indicator"}),
            Map.entry("score", new String[] {"คะแนน", "Score"}),
            Map.entry("previous", new String[] {"ปีก่อน", "Previous year"}),
            Map.entry("change", new String[] {"การเปลี่ยนแปลง", "Change"}),
            Map.entry("assessment", new String[] {"ผลการวิเคราะห์", "Assessment"}),
            Map.entry("strengths", new String[] {"จุดแข็ง (คะแนนสูงกว่า %s)", "Strengths (above %s)"}),
            Map.entry("strengthsFrom", new String[] {"จุดแข็ง (คะแนนตั้งแต่ %s)", "Strengths (%s or more)"}),
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
            Map.entry("notes", new String[] {"ข้อสังเกตก่อนนำผลไปใช้", "Read this first"}),
            Map.entry("missing", new String[] {"ข้อมูลที่ไม่ได้ระบุ", "What the input does not give"}),
            Map.entry("ratingOpen", new String[] {"ระดับที่คะแนนที่ระบุยืนยันได้คือ %s ระดับที่สูงกว่าจนถึง %s ยังเป็นไปได้ ตัดสินได้เมื่อระบุ %s",
                    "The figures given prove %s; a level up to %s is still possible, and %s would decide it"}),
            Map.entry("ratingOpenPublished", new String[] {"ระดับ %s เป็นไปตามผลที่ประกาศ คะแนนที่ระบุยืนยันได้เพียง %s และไม่ขัดกับผลที่ประกาศ (ตัดสินได้จากคะแนนเมื่อระบุ %s)",
                    "%s is the published rating; the figures given prove only %s and do not contradict it (%s would decide it from the figures)"}),
            Map.entry("ratingWithheld", new String[] {"%s (ยืนยันได้เท่านี้ อาจสูงกว่า)", "%s (proven; may be higher)"}),
            Map.entry("ratingDiffers", new String[] {"ผลการประเมินที่ระบุว่าประกาศไว้ (%s) ขัดกับคะแนนที่ระบุ ซึ่งให้ผล %s โปรดตรวจสอบคะแนนหรือผลที่ประกาศอีกครั้ง",
                    "The rating given as published (%s) contradicts the figures given, which give %s: check the figures or the published rating"}),
            Map.entry("ratingOldScheme", new String[] {"ผลที่ระบุว่าประกาศไว้ (%s) เป็นระดับตัวอักษรที่ใช้ถึงปีงบประมาณ 2565 ตั้งแต่ปีงบประมาณ 2566 ผลการประเมินเป็นระดับผ่านเกณฑ์ คะแนนที่ระบุให้ผล %s",
                    "The rating given as published (%s) is a letter band, used up to FY2565; from FY2566 the result is a level, and the figures give %s"}),
            Map.entry("inconsistent", new String[] {"%s ระบุไว้ %s แต่คำนวณจากคะแนนระดับย่อยได้ %s",
                    "%s is given as %s, but the levels below give %s"}),
            Map.entry("missingOverall", new String[] {"คะแนนภาพรวม: ถ้าระบุ จะให้ระดับผลการประเมินและการเทียบกับเกณฑ์ผ่าน",
                    "The overall score: it would give the rating and the comparison with the pass mark"}),
            Map.entry("missingTools", new String[] {"คะแนนรายเครื่องมือ %s: ถ้าระบุ จะวิเคราะห์ผลรายเครื่องมือได้",
                    "Tool scores %s: they would give the analysis by tool"}),
            Map.entry("noMeasures", new String[] {"ยังจัดทำมาตรการไม่ได้ เพราะข้อมูลที่ระบุไม่มีคะแนนที่ต่ำกว่าเกณฑ์ของตัวชี้วัด เครื่องมือ หรือข้อ OIT (ดูหัวข้อข้อมูลที่ไม่ได้ระบุ)",
                    "No measure can be written yet: the input has no indicator, tool or OIT item score to act on (see what the input does not give)."}),
            Map.entry("missingIndicators", new String[] {"คะแนนตัวชี้วัดที่ %s: ถ้าระบุ จะวิเคราะห์จุดแข็ง จุดที่ต้องพัฒนา และจัดทำมาตรการรายตัวชี้วัดได้",
                    "Indicators %s: they would give strengths, weaknesses and a measure per indicator"}),
            Map.entry("missingEitParts", new String[] {"คะแนน EIT ส่วนที่ 1 และส่วนที่ 2: ถ้าระบุ จะตัดสินระดับผลการประเมินได้ตั้งแต่ปีงบประมาณ 2566",
                    "EIT parts 1 and 2: from FY2566 they decide the level"}),
            Map.entry("topic", new String[] {"หัวข้อ", "Topic"}),
            Map.entry("measure", new String[] {"มาตรการ/แนวทาง", "Measure"}),
            Map.entry("steps", new String[] {"ขั้นตอน/วิธีการปฏิบัติ", "Steps"}),
            Map.entry("unit", new String[] {"ผู้รับผิดชอบ", "Responsible"}),
            Map.entry("period", new String[] {"ระยะเวลาดำเนินงาน", "Period"}),
            Map.entry("followUp", new String[] {"การติดตามผล", "Follow-up"}),
            Map.entry("progress", new String[] {"(กำหนดรายงาน: รอบ 6 เดือน %s และสิ้นปี %s)",
                    "(reports due: six months %s, year end %s)"}),
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

    /** A field of the input as a reader knows it: คะแนนภาพรวม, ตัวชี้วัดที่ 3 การใช้อำนาจ, EIT ส่วนที่ 2. */
    static String fieldName(String field, boolean thai) {
        Catalogue catalogue = Catalogue.standard();
        if (field.equals("overall")) {
            return WORDS.get("overall")[thai ? 0 : 1];
        }
        if (field.startsWith("tools.")) {
            return catalogue.componentName(ToolComponent.valueOf(field.substring("tools.".length())), thai);
        }
        if (field.startsWith("indicators.")) {
            int n = Integer.parseInt(field.substring("indicators.".length()));
            String[] words = WORDS.get("indicator");
            return (thai ? words[0] + "ที่ " : words[1] + " ") + n + " " + catalogue.indicator(n).name(thai);
        }
        return field;
    }

    /** Several fields joined as a sentence would join them. */
    static String fieldNames(java.util.List<String> fields, boolean thai) {
        return String.join(thai ? " และ " : " and ", fields.stream().map(f -> fieldName(f, thai)).toList());
    }

    static Map<String, String> of(boolean thai) {
        java.util.HashMap<String, String> result = new java.util.HashMap<>();
        WORDS.forEach((k, v) -> result.put(k, v[thai ? 0 : 1]));
        return Map.copyOf(result);
    }
}
