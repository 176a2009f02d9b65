package th.ita.rules.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import th.ita.model.Score;
import th.ita.model.ThaiDigits;
import th.ita.model.catalogue.Catalogue;
import th.ita.rules.target.Candidate;
import th.ita.rules.target.TargetPlan;
import th.ita.rules.target.Remaining;

/**
 * Writes a {@link TargetPlan} as Markdown or as JSON (a stable contract documented in the README:
 * {@code target}, {@code reachable}, {@code candidates}, {@code minimalSet}, {@code overallAfter},
 * {@code remaining}, and a few more).
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class TargetPlanReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TargetPlanReports() {
    }

    /**
     * Renders a plan.
     *
     * @param plan the plan, not null
     * @param format {@link ReportFormat#MARKDOWN} or {@link ReportFormat#JSON}, not null
     * @param options language and digits (Markdown only), not null
     * @return the text, not null
     * @throws IllegalArgumentException for {@link ReportFormat#HTML} and {@link ReportFormat#DOCX}, which
     *     plans do not have on their own
     */
    public static String render(TargetPlan plan, ReportFormat format, ReportOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> json(plan);
            case MARKDOWN -> markdown(plan, options);
            case HTML, DOCX -> throw new IllegalArgumentException("a plan renders as md or json; the HTML and"
                    + " DOCX analysis reports include the plan to the pass mark");
        };
    }

    private static String json(TargetPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("target", plan.target().label());
        root.put("targetOverall", plan.target().overall().value());
        plan.target().componentLine().ifPresentOrElse(l -> root.put("componentLine", l.value()),
                () -> root.putNull("componentLine"));
        root.put("current", plan.current().value());
        root.put("reachable", plan.reachable());
        plan.published().ifPresentOrElse(r -> root.put("published", r.code()), () -> root.putNull("published"));
        root.put("metAsPublished", plan.metAsPublished());
        ArrayNode decidedBy = root.putArray("decidedBy");
        plan.decidedBy().forEach(decidedBy::add);
        ArrayNode candidates = root.putArray("candidates");
        for (Candidate c : plan.candidates()) {
            ObjectNode node = candidates.addObject();
            c.item().ifPresent(code -> node.put("code", code.toString()));
            c.indicator().ifPresent(n -> node.put("indicator", n));
            node.put("gain", c.gain());
            node.put("toolGain", c.toolGain());
            if (c.indicator().isPresent()) {
                node.put("gainPerPoint", c.gainPerPoint());
            }
        }
        ArrayNode set = root.putArray("minimalSet");
        plan.minimalSet().forEach(code -> set.add(code.toString()));
        ArrayNode after = root.putArray("overallAfterEach");
        plan.overallAfterEach().forEach(s -> after.add(s.value()));
        root.put("overallAfter", plan.overallAfter().value());
        ObjectNode components = root.putObject("componentsAfter");
        plan.componentsAfter().forEach((c, s) -> components.put(c.name(), s.value()));
        ArrayNode remaining = root.putArray("remaining");
        for (Remaining r : plan.remaining()) {
            ObjectNode node = remaining.addObject();
            if (r instanceof Remaining.OnIndicator on) {
                node.put("indicator", on.indicator());
            } else if (r instanceof Remaining.OnComponent on) {
                node.put("tool", on.component().name());
            }
            node.put("points", r.points());
            node.put("possible", r.possible());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reached, not reached, or open: a level's line that rests on figures the input lacks is not claimed. */
    private static String result(TargetPlan plan, boolean th) {
        if (plan.reachable()) {
            return th ? "ถึงเป้าหมายได้" : "reachable";
        }
        if (plan.published().isPresent()) {
            String published = plan.published().get().label(th);
            String fields = Labels.fieldNames(plan.decidedBy(), th);
            if (plan.metAsPublished()) {
                return String.format(Locale.ROOT, th
                        ? "ถึงเป้าหมายแล้วตามผลที่ประกาศ (%s) ซึ่งประเมินจาก %s ที่ข้อมูลที่ให้มาไม่มี "
                        + "ตัวเลขที่ให้มาเพียงอย่างเดียวจึงยืนยันไม่ได้"
                        : "met now by the published rating (%s), which rests on %s; the figures given alone "
                        + "cannot confirm it", published, fields);
            }
            return String.format(Locale.ROOT, th
                    ? "ยังไม่ถึงเป้าหมายตามผลที่ประกาศ (%s) ซึ่งประเมินจาก %s ที่ข้อมูลที่ให้มาไม่มี"
                    : "not met now by the published rating (%s), which rests on %s, not given here",
                    published, fields);
        }
        if (!plan.decidedBy().isEmpty()) {
            String line = plan.target().componentLine().map(Score::toString).orElse("");
            return String.format(Locale.ROOT, th
                    ? "ยังสรุปไม่ได้ ขึ้นกับ %s ซึ่งข้อมูลที่ให้มาไม่มี (ทุกเครื่องมือต้องได้ไม่ต่ำกว่า %s)"
                    : "not decided: it depends on %s, which the input does not give (every tool component must "
                    + "reach %s)", Labels.fieldNames(plan.decidedBy(), th), line);
        }
        return th ? "การแก้ไขข้อ OIT อย่างเดียวไม่พอ" : "OIT fixes alone are not enough";
    }

    private static String markdown(TargetPlan plan, ReportOptions options) {
        boolean th = options.thai();
        StringBuilder md = new StringBuilder();
        // The target as the user wrote it: data, escaped like every text from input.
        md.append(th ? "# แผนการยกระดับคะแนนสู่เป้าหมาย " : "# Plan to reach ")
                .append(Escaping.markdown(plan.target().label())).append("\n\n");
        md.append(th ? "- คะแนนภาพรวมปัจจุบัน (คำนวณจากระดับย่อย): " : "- Overall now (computed from the levels below): ")
                .append(plan.current()).append('\n');
        md.append(th ? "- เป้าหมาย: คะแนนภาพรวม " : "- Target: overall ").append(plan.target().overall());
        plan.target().componentLine().ifPresent(l -> md.append(th ? " และทุกเครื่องมือ " : " and every tool ")
                .append(l));
        md.append('\n');
        md.append(th ? "- ผลการวางแผน: " : "- Result: ").append(result(plan, th)).append("\n\n");
        if (!plan.minimalSet().isEmpty()) {
            md.append(th ? "## ข้อ OIT ที่ควรแก้ไขตามลำดับ\n\n| ลำดับ | ข้อ | คะแนนภาพรวมหลังแก้ไข |\n|---:|---|---:|\n"
                    : "## OIT items to fix, in order\n\n| # | Item | Overall after the fix |\n|---:|---|---:|\n");
            for (int i = 0; i < plan.minimalSet().size(); i++) {
                md.append(String.format(Locale.ROOT, "| %d | %s | %s |%n", i + 1, plan.minimalSet().get(i),
                        plan.overallAfterEach().get(i)));
            }
            md.append('\n');
        }
        md.append(th ? "## ทางเลือกทั้งหมดและคะแนนที่เพิ่มขึ้น\n\n| ทางเลือก | คะแนนภาพรวมที่เพิ่มขึ้น | ต่อ 1 คะแนน |\n|---|---:|---:|\n"
                : "## Every option and its gain\n\n| Option | Gain on the overall | Per point |\n|---|---:|---:|\n");
        for (Candidate c : plan.candidates()) {
            String what = c.item().map(code -> (th ? "แก้ไขข้อ " : "fix item ") + code)
                    .orElseGet(() -> (th ? "ยกระดับตัวชี้วัดที่ " : "raise indicator ") + c.indicator().orElseThrow() + " "
                            + Catalogue.standard().indicator(c.indicator().orElseThrow()).name(th) + (th ? " ถึง 100" : " to 100"));
            md.append("| ").append(what).append(" | ").append(c.gain().toPlainString()).append(" | ")
                    .append(c.indicator().isPresent() ? c.gainPerPoint().toPlainString() : "-").append(" |\n");
        }
        if (!plan.remaining().isEmpty()) {
            md.append(th ? "\n## สิ่งที่ยังต้องยกระดับ\n\n" : "\n## What must still be raised\n\n");
            for (Remaining r : plan.remaining()) {
                String subject = Labels.fieldName(r instanceof Remaining.OnIndicator on
                        ? "indicators." + on.indicator() : "tools." + ((Remaining.OnComponent) r).component().name(), th);
                md.append("- ").append(subject).append(": +").append(r.points().toPlainString())
                        .append(r.possible() ? "" : (th ? " (ยกระดับตัวชี้วัดนี้อย่างเดียวไม่พอ)" : " (not enough on its own)"))
                        .append('\n');
            }
        }
        String text = md.toString();
        return options.thaiDigits() ? ThaiDigits.toThai(text) : ThaiDigits.toArabic(text);
    }
}
