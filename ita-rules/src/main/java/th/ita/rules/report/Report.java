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
 */
public record Report(Map<String, String> labels, String agency, String agencyKind, String fiscalYear,
        String measuresYear, List<String> partHeadings, String overall, String rating, String passLine,
        List<Row> tools, List<Row> indicators, List<String> strengths, List<String> weaknesses,
        List<ItemRow> failedItems, List<ThemeRow> themes, List<String> notes, List<MeasureRow> measures,
        List<String> constraints, String chartSvg, List<String> trend, String trendSvg, List<String> plan,
        List<String> missing, List<String> addedFindings) {

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
