package th.ita.rules.report;

import java.util.List;
import java.util.Map;

/**
 * The report model: everything a template shows, already in the chosen language and digits.
 * It has the three parts of the FY2567 template (ส่วนที่ ๑ analysis, ๒ measures, ๓ constraints).
 *
 * @param labels the fixed words, by key, not null
 * @param agency the agency's name, not null
 * @param agencyKind the kind of agency, not null
 * @param fiscalYear the fiscal year assessed, not null
 * @param measuresYear the fiscal year the measures cover, not null
 * @param partHeadings the three part headings, such as {@code ส่วนที่ ๑ ...}, not null
 * @param overall the overall score, or {@code -}, not null
 * @param rating the rating label, or {@code -}, not null
 * @param passLine the pass/not passed sentence, not null
 * @param tools the tool rows, not null
 * @param indicators the indicator rows, not null
 * @param strengths the strength lines, not null
 * @param weaknesses the weakness lines, not null
 * @param failedItems the failed OIT items, not null
 * @param themes the theme rows (FY2566 on), not null
 * @param notes the consistency notes, not null
 * @param measures the measure rows, not null
 * @param constraints the agency's numbered constraints, or the one sentence that there are none, not empty, not null
 * @param chartSvg an inline SVG bar chart of the indicators, not null
 * @param trend the overall score by year, oldest first, and the target path; empty without history, not null
 * @param trendSvg an inline SVG line chart of the overall by year, or empty without history, not null
 * @param plan what to fix first to reach the pass mark, empty when the agency passes, not null
 * @param missing what the input did not give and what each would add, empty when nothing is missing, not null
 * @param addedFindings the findings of the agency's own rules that the tables do not place, each a
 *     line with subject, kind, values and rule; empty for the bundled rules alone, not null
 * @param foreword the foreword's paragraphs (คำนำ), from the front-matter template, not null
 * @param background the background's paragraphs on the ITA and its three tools, not null
 * @param ratingBands the rating table of the year's scheme, best first, not null
 * @param overallChange the change of the overall from the previous year in words, or empty without
 *     a previous year, not null
 * @param strengthParagraphs a paragraph per strength indicator, not null
 * @param weaknessParagraphs a paragraph per weakness indicator, not null
 * @param urgentParagraphs a paragraph per indicator to improve urgently, not null
 * @param naccRecommendations the NACC assessors' recommendations, each with the report's answer, not null
 * @param oitItems every assessed OIT item with its result and reason, not null
 * @param actionRows Part 2 in the NACC's shape: a row per theme (FY2566 on) or per weak indicator,
 *     tool or OIT group (to FY2565), and one row for everything to maintain, not null
 * @param constraintRows the agency's constraints with how it will handle each, when it gives a handling
 *     for at least one; otherwise empty, and Part 3 is the paragraphs of {@code constraints}, not null
 * @param signers the signature block, preparer first; empty when not given, not null
 * @param signDate the date of the signature block, or the blank line to write it on, not null
 */
public record Report(Map<String, String> labels, String agency, String agencyKind, String fiscalYear,
        String measuresYear, List<String> partHeadings, String overall, String rating, String passLine,
        List<Row> tools, List<Row> indicators, List<String> strengths, List<String> weaknesses,
        List<ItemRow> failedItems, List<ThemeRow> themes, List<String> notes, List<MeasureRow> measures,
        List<String> constraints, String chartSvg, List<String> trend, String trendSvg, List<String> plan,
        List<String> missing, List<String> addedFindings, List<String> foreword, List<String> background,
        List<Band> ratingBands, String overallChange, List<String> strengthParagraphs,
        List<String> weaknessParagraphs, List<String> urgentParagraphs, List<Answer> naccRecommendations,
        List<OitRow> oitItems, List<ActionRow> actionRows, List<ConstraintRow> constraintRows,
        List<Signer> signers, String signDate) {

    /**
     * One band of the rating table.
     *
     * @param rating the rating's label, such as {@code AA} or {@code ผ่านดีเยี่ยม}, not null
     * @param range the scores it takes, not null
     */
    public record Band(String rating, String range) {
    }

    /**
     * A recommendation of the NACC's assessors and how the report answers it.
     *
     * @param recommendation the recommendation as given, not null
     * @param response the Part 2 rows that address it, or the sentence saying the agency will, not null
     */
    public record Answer(String recommendation, String response) {
    }

    /**
     * One assessed OIT item.
     *
     * @param code the code, not null
     * @param name the item's name, not null
     * @param result passed or not passed, not null
     * @param reason the assessor's comment, or {@code -}, not null
     */
    public record OitRow(String code, String name, String result, String reason) {
    }

    /**
     * One row of Part 2 in the NACC's shape: the measures of one theme, indicator, tool or OIT group.
     *
     * @param topic the row's heading (the theme, indicator, tool or group), not null
     * @param covers what the row's measures answer (their topics), not null
     * @param measures the measures, each once, not null
     * @param steps the steps of all its measures, numbered once through, not null
     * @param unit the responsible units, not null
     * @param period the period, not null
     * @param followUp how it is followed up, with the report dates, not null
     */
    public record ActionRow(String topic, List<String> covers, List<String> measures, List<String> steps,
            String unit, String period, String followUp) {
    }

    /**
     * One of the agency's constraints.
     *
     * @param text the numbered constraint, not null
     * @param handling how the agency will handle it, or empty, not null
     */
    public record ConstraintRow(String text, String handling) {
    }

    /**
     * One signer of the signature block.
     *
     * @param role the role's label, such as ผู้จัดทำ, not null
     * @param name the name, in brackets as signed, not null
     * @param position the position, not null
     */
    public record Signer(String role, String name, String position) {
    }

    /**
     * A score row.
     *
     * @param key the tool or indicator number, not null
     * @param name the name, not null
     * @param score the score, or {@code -}, not null
     * @param previous last year's score, or {@code -}, not null
     * @param change the signed change, or {@code -}, not null
     * @param assessment the row's assessment (strength, weakness, ...), possibly empty, not null
     */
    public record Row(String key, String name, String score, String previous, String change, String assessment) {
    }

    /**
     * A failed OIT item.
     *
     * @param code the code, not null
     * @param name the item's name, not null
     * @param reason the reason, not null
     */
    public record ItemRow(String code, String name, String reason) {
    }

    /**
     * One tool group of a theme.
     *
     * @param theme the theme heading, not null
     * @param tool the tool, not null
     * @param questions the questions with their scores, not null
     * @param status maintain or improve, not null
     */
    public record ThemeRow(String theme, String tool, String questions, String status) {
    }

    /**
     * A measure row.
     *
     * @param topic the topic, not null
     * @param action the measure, not null
     * @param steps the numbered steps, not null
     * @param unit the responsible unit, not null
     * @param period the period, not null
     * @param followUp the follow-up and progress reports, not null
     */
    public record MeasureRow(String topic, String action, List<String> steps, String unit, String period,
            String followUp) {
    }
}
