package th.ita.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import th.ita.model.Score;
import th.ita.model.ThaiDigits;
import th.ita.model.catalogue.Catalogue;
import th.ita.model.scoring.LevelScore;
import th.ita.rules.Analysis;
import th.ita.rules.rating.Rating;
import th.ita.rules.report.Escaping;

/**
 * The summary of a batch, built one analysis at a time so that only the counts and the agencies
 * below the pass mark are kept: the count per rating, the share at the national target (85 or
 * above) and each agency below the pass mark with its two weakest indicators.
 *
 * <p>This class is not thread-safe.
 */
final class BatchSummary {

    /** The national target: an overall score of 85 or above. */
    static final Score NATIONAL_TARGET = Score.parse("85");

    private static final Comparator<Rating> RATING_ORDER = Comparator.comparing(Rating::scheme)
            .thenComparingInt(Rating::rank).thenComparing(Rating::code);
    private static final Comparator<Rated> ROW_ORDER = Comparator.comparing(Rated::rating, RATING_ORDER)
            .thenComparing(r -> r.best().isPresent()).thenComparing(r -> r.best().orElse(r.rating()), RATING_ORDER);

    /** A row of the ratings table: a proven rating, or the proven one with the best the figures allow. */
    private record Rated(Rating rating, Optional<Rating> best) {
    }

    private final String source;
    private final boolean thai;
    private final boolean thaiDigits;
    private final Map<Rated, Integer> ratings = new TreeMap<>(ROW_ORDER);
    private final List<String> belowRows = new ArrayList<>();
    private int agencies;
    private int withoutOverall;
    private int unproven;
    private int atTarget;
    private Score passMark;

    /**
     * Creates an empty summary.
     *
     * @param source the input file's name, not null
     * @param thai true for Thai labels
     * @param thaiDigits true for Thai digits
     */
    BatchSummary(String source, boolean thai, boolean thaiDigits) {
        this.source = source;
        this.thai = thai;
        this.thaiDigits = thaiDigits;
    }

    /**
     * Counts one analysis.
     *
     * @param analysis the analysis, not null
     */
    void add(Analysis analysis) {
        agencies++;
        passMark = analysis.policy().passMark();
        analysis.rating().ifPresent(r -> ratings.merge(new Rated(r, openUpTo(analysis)), 1, Integer::sum));
        var overall = analysis.scoreCard().overall().value();
        if (overall.isEmpty()) {
            withoutOverall++;
            return;
        }
        if (overall.get().isAtLeast(NATIONAL_TARGET)) {
            atTarget++;
        }
        if (!analysis.passed()) {
            belowRows.add(String.format("| %s | %s | %s | %s | %s |",
                    Escaping.markdown(analysis.assessment().agency().name()),
                    number(Integer.toString(analysis.assessment().fiscalYear().value())),
                    overall.get().format(thaiDigits),
                    analysis.rating().map(r -> Escaping.markdown(r.label(thai))).orElse("–"),
                    weakest(analysis)));
        }
    }

    /** The best rating the figures allow, when they do not prove the one stated and no published rating decides. */
    private Optional<Rating> openUpTo(Analysis analysis) {
        Optional<Rating> best = analysis.ratingRange().filter(range -> !range.isProven())
                .filter(range -> !analysis.ratingFromPublished()).map(range -> range.best());
        if (best.isPresent()) {
            unproven++;
        }
        return best;
    }

    /** The two weakest indicators, or "-" when the input gives no indicator score (only tools or the overall). */
    private String weakest(Analysis analysis) {
        String weakest = analysis.scoreCard().indicators().entrySet().stream()
                .filter(e -> e.getValue().value().isPresent())
                .sorted(Comparator.comparing((Map.Entry<Integer, LevelScore> e) -> e.getValue().value().orElseThrow())
                        .thenComparing(Map.Entry::getKey))
                .limit(2)
                .map(e -> number(Integer.toString(e.getKey())) + ". "
                        + Escaping.markdown(Catalogue.standard().indicator(e.getKey()).name(thai))
                        + " " + e.getValue().value().orElseThrow().format(thaiDigits))
                .collect(Collectors.joining("; "));
        return weakest.isEmpty() ? "-" : weakest;
    }

    /**
     * Renders the summary as Markdown.
     *
     * @return the summary, ending with a line break, not null
     */
    String render() {
        StringBuilder md = new StringBuilder();
        String pass = (passMark == null ? th.ita.model.policy.Policy.defaults().passMark() : passMark).format(thaiDigits);
        md.append(thai ? "# สรุปผลการประเมิน ITA: " : "# ITA batch summary: ").append(Escaping.markdown(source))
                .append("\n\n");
        md.append(thai ? "หน่วยงานที่วิเคราะห์: " : "Agencies analysed: ").append(number(agencies)).append("\n\n");
        md.append(thai ? "## ระดับผลการประเมิน\n\n| ระดับ | จำนวนหน่วยงาน |\n|---|--:|\n"
                : "## Ratings\n\n| Rating | Agencies |\n|---|--:|\n");
        ratings.forEach((row, count) -> md.append("| ").append(Escaping.markdown(label(row))).append(" | ")
                .append(number(count)).append(" |\n"));
        if (withoutOverall > 0) {
            md.append(thai ? "| ไม่มีคะแนนรวม | " : "| No overall score | ").append(number(withoutOverall))
                    .append(" |\n");
        }
        md.append('\n');
        if (unproven > 0) {
            md.append(thai
                    ? String.format("ระดับที่ข้อมูลที่ให้มายังยืนยันไม่ได้: %s หน่วยงาน (แสดงเป็น \"ระดับที่ยืนยันได้ ถึง "
                            + "ระดับสูงสุดที่เป็นไปได้\") รายงานของแต่ละหน่วยงานระบุข้อมูลที่จะชี้ขาด%n%n", number(unproven))
                    : String.format("Ratings the figures given do not prove: %s (shown as \"proven rating to best "
                            + "possible rating\"); each agency's report names the figures that would decide.%n%n",
                            number(unproven)));
        }
        String share = agencies == 0 ? "0.00" : BigDecimal.valueOf(atTarget * 100L)
                .divide(BigDecimal.valueOf(agencies), 2, RoundingMode.HALF_UP).toPlainString();
        String target = NATIONAL_TARGET.format(thaiDigits);
        md.append(thai ? "## เป้าหมายระดับประเทศ (" + target + " คะแนนขึ้นไป)\n\n"
                : "## National target (" + target + " or above)\n\n");
        md.append(thai
                ? String.format("%s จาก %s หน่วยงาน (ร้อยละ %s) ได้ %s คะแนนขึ้นไป%n%n",
                        number(atTarget), number(agencies), number(share), target)
                : String.format("%s of %s agencies (%s%%) score %s or above.%n%n",
                        number(atTarget), number(agencies), number(share), target));
        md.append(thai ? "## หน่วยงานที่ต่ำกว่าเกณฑ์ผ่าน (" + pass + ")\n\n"
                : "## Below the pass mark (" + pass + ")\n\n");
        if (belowRows.isEmpty()) {
            md.append(thai ? "ไม่มี\n" : "None.\n");
        } else {
            md.append(thai ? "| หน่วยงาน | ปีงบประมาณ | คะแนนรวม | ระดับ | ตัวชี้วัดที่อ่อนที่สุด |\n"
                    : "| Agency | Fiscal year | Overall | Rating | Weakest indicators |\n");
            md.append("|---|---|--:|---|---|\n");
            belowRows.forEach(row -> md.append(row).append('\n'));
        }
        return md.toString().replace("\r\n", "\n");
    }

    private String label(Rated row) {
        return row.best().map(best -> row.rating().label(thai) + (thai ? " ถึง " : " to ") + best.label(thai)
                + (thai ? " (ยังไม่ยืนยัน)" : " (not proven)")).orElse(row.rating().label(thai));
    }

    private String number(Object value) {
        String text = value.toString();
        return thaiDigits ? ThaiDigits.toThai(text) : text;
    }

}
