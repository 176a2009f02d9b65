package th.ita.rules.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.stream.Collectors;
import th.ita.model.ThaiDigits;
import th.ita.model.catalogue.Catalogue;
import th.ita.rules.batch.BatchSummary;
import th.ita.rules.batch.BatchSummary.BelowPassMark;
import th.ita.rules.batch.BatchSummary.RatingCount;

/**
 * Writes a {@link BatchSummary} as Markdown: the agencies analysed, a table of ratings, the share
 * at the national target and a table of the agencies below the pass mark with their two weakest
 * indicators. Every text from input is escaped ({@link Escaping#markdown}).
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class BatchSummaryReports {

    private BatchSummaryReports() {
    }

    /**
     * Renders a summary.
     *
     * @param summary the summary, not null
     * @param format {@link ReportFormat#MARKDOWN}, not null
     * @param options language and digits, not null
     * @return the text, ending with a line break, not null
     * @throws IllegalArgumentException for any other format, which summaries do not have
     */
    public static String render(BatchSummary summary, ReportFormat format, ReportOptions options) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(options, "options");
        if (Objects.requireNonNull(format, "format") != ReportFormat.MARKDOWN) {
            throw new IllegalArgumentException("a batch summary renders as md only");
        }
        return new Writer(options.thai(), options.thaiDigits()).markdown(summary);
    }

    /** The Markdown of one summary, in one language and digits. */
    private record Writer(boolean thai, boolean thaiDigits) {

        String markdown(BatchSummary summary) {
            StringBuilder md = new StringBuilder();
            String pass = summary.passMark().format(thaiDigits);
            md.append(thai ? "# สรุปผลการประเมิน ITA: " : "# ITA batch summary: ")
                    .append(Escaping.markdown(summary.source())).append("\n\n");
            md.append(thai ? "หน่วยงานที่วิเคราะห์: " : "Agencies analysed: ").append(number(summary.agencies()))
                    .append("\n\n");
            md.append(thai ? "## ระดับผลการประเมิน\n\n| ระดับ | จำนวนหน่วยงาน |\n|---|--:|\n"
                    : "## Ratings\n\n| Rating | Agencies |\n|---|--:|\n");
            for (RatingCount row : summary.ratings()) {
                md.append("| ").append(Escaping.markdown(label(row))).append(" | ").append(number(row.agencies()))
                        .append(" |\n");
            }
            if (summary.withoutOverall() > 0) {
                md.append(thai ? "| ไม่มีคะแนนรวม | " : "| No overall score | ").append(number(summary.withoutOverall()))
                        .append(" |\n");
            }
            md.append('\n');
            if (summary.unproven() > 0) {
                md.append(thai
                        ? String.format("ระดับที่ข้อมูลที่ให้มายังยืนยันไม่ได้: %s หน่วยงาน (แสดงเป็น \"ระดับที่ยืนยันได้ ถึง "
                                + "ระดับสูงสุดที่เป็นไปได้\") รายงานของแต่ละหน่วยงานระบุข้อมูลที่จะชี้ขาด%n%n",
                                number(summary.unproven()))
                        : String.format("Ratings the figures given do not prove: %s (shown as \"proven rating to best "
                                + "possible rating\"); each agency's report names the figures that would decide.%n%n",
                                number(summary.unproven())));
            }
            String share = summary.agencies() == 0 ? "0.00" : BigDecimal.valueOf(summary.atTarget() * 100L)
                    .divide(BigDecimal.valueOf(summary.agencies()), 2, RoundingMode.HALF_UP).toPlainString();
            String target = BatchSummary.NATIONAL_TARGET.format(thaiDigits);
            md.append(thai ? "## เป้าหมายระดับประเทศ (" + target + " คะแนนขึ้นไป)\n\n"
                    : "## National target (" + target + " or above)\n\n");
            md.append(thai
                    ? String.format("%s จาก %s หน่วยงาน (ร้อยละ %s) ได้ %s คะแนนขึ้นไป%n%n",
                            number(summary.atTarget()), number(summary.agencies()), number(share), target)
                    : String.format("%s of %s agencies (%s%%) score %s or above.%n%n",
                            number(summary.atTarget()), number(summary.agencies()), number(share), target));
            md.append(thai ? "## หน่วยงานที่ต่ำกว่าเกณฑ์ผ่าน (" + pass + ")\n\n"
                    : "## Below the pass mark (" + pass + ")\n\n");
            if (summary.belowPassMark().isEmpty()) {
                md.append(thai ? "ไม่มี\n" : "None.\n");
            } else {
                md.append(thai ? "| หน่วยงาน | ปีงบประมาณ | คะแนนรวม | ระดับ | ตัวชี้วัดที่อ่อนที่สุด |\n"
                        : "| Agency | Fiscal year | Overall | Rating | Weakest indicators |\n");
                md.append("|---|---|--:|---|---|\n");
                summary.belowPassMark().forEach(below -> md.append(row(below)).append('\n'));
            }
            // %n is the platform's line break; the summary's are \n everywhere, like the reports'.
            return md.toString().replace("\r\n", "\n");
        }

        private String row(BelowPassMark below) {
            return String.format("| %s | %s | %s | %s | %s |",
                    Escaping.markdown(below.agency()),
                    number(Integer.toString(below.fiscalYear().value())),
                    below.overall().format(thaiDigits),
                    below.rating().map(r -> Escaping.markdown(r.label(thai))).orElse("–"),
                    weakest(below));
        }

        /** The two weakest indicators, or "-" when the input gives no indicator score (only tools or the overall). */
        private String weakest(BelowPassMark below) {
            String weakest = below.weakest().stream()
                    .map(i -> number(Integer.toString(i.indicator())) + ". "
                            + Escaping.markdown(Catalogue.standard().indicator(i.indicator()).name(thai))
                            + " " + i.score().format(thaiDigits))
                    .collect(Collectors.joining("; "));
            return weakest.isEmpty() ? "-" : weakest;
        }

        private String label(RatingCount row) {
            return row.bestPossible().map(best -> row.rating().label(thai) + (thai ? " ถึง " : " to ")
                    + best.label(thai) + (thai ? " (ยังไม่ยืนยัน)" : " (not proven)")).orElse(row.rating().label(thai));
        }

        private String number(Object value) {
            String text = value.toString();
            return thaiDigits ? ThaiDigits.toThai(text) : text;
        }
    }
}
