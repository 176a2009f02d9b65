package th.ita.rules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.PlanItem;
import th.ita.model.actionplan.RiskLevel;
import th.ita.rules.Analysis;
import th.ita.rules.facts.Level;
import th.ita.rules.facts.Subject;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.actionplan.PlanCheck;

/**
 * Writes the result of an action-plan check ({@link PlanCheck}): Markdown with Thai labels, as the
 * agency's officers read it, or JSON. It takes the finished result and does no domain work.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class PlanCheckReports {

    // Thread-safe once configured; one for every call.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanCheckReports() {
    }

    /**
     * Renders a check.
     *
     * @param check the result, not null
     * @param format {@link ReportFormat#MARKDOWN} or {@link ReportFormat#JSON}, not null
     * @return the text, ending with a line break, not null
     * @throws IllegalArgumentException for another format
     */
    public static String render(PlanCheck check, ReportFormat format) {
        Objects.requireNonNull(check, "check");
        return switch (Objects.requireNonNull(format, "format")) {
            case MARKDOWN -> markdown(check);
            case JSON -> json(check);
            default -> throw new IllegalArgumentException("format: an action-plan check is md or json, was "
                    + format.extension());
        };
    }

    // ---- Markdown ----

    /** Every text of the plan or the assessment is escaped: it is data, never Markdown. */
    private static String markdown(PlanCheck check) {
        ActionPlan plan = check.plan();
        StringBuilder md = new StringBuilder();
        md.append("# ผลการตรวจแผนปฏิบัติการป้องกันการทุจริต: ").append(Escaping.markdown(plan.organisation()))
                .append("\n\n");
        md.append("**แผน:** ").append(Escaping.markdown(plan.title())).append(" (ปีงบประมาณ ")
                .append(plan.period().first()).append("-").append(plan.period().last()).append(")\n\n");
        md.append("**จำนวนโครงการ/กิจกรรม/มาตรการ:** ").append(plan.items().size());
        String perDimension = plan.dimensions().stream()
                .map(d -> "มิติที่ " + d.number() + ": " + d.items().size()).collect(Collectors.joining(", "));
        if (!perDimension.isEmpty()) {
            md.append(" (").append(perDimension).append(")");
        }
        md.append("\n\n");
        check.analysis().ifPresent(a -> {
            md.append("**ผลการประเมิน ITA ที่ใช้เทียบ:** ").append(Escaping.markdown(a.assessment().agency().name()))
                    .append(" ปีงบประมาณ ").append(a.assessment().fiscalYear().value())
                    .append(a.scoreCard().overall().value().map(s -> ", คะแนนภาพรวม " + s).orElse("")).append("\n\n");
        });
        int problems = check.problems().size();
        md.append("**ผลการตรวจ:** ").append(problems == 0 ? "ไม่พบประเด็นที่ต้องแก้ไข"
                : "พบประเด็นที่ต้องแก้ไข " + problems + " รายการ").append("\n\n");

        md.append("## 1. ความสอดคล้องของงบประมาณ\n\n");
        List<Finding> mismatches = check.findings(FindingKind.PLAN_BUDGET_MISMATCH);
        int totals = plan.declaredTotals().size()
                + plan.dimensions().stream().mapToInt(d -> d.declaredTotals().size()).sum();
        if (totals == 0) {
            md.append("แผนไม่ได้ระบุยอดรวมงบประมาณ จึงไม่มียอดให้เทียบ\n\n");
        } else if (mismatches.isEmpty()) {
            md.append("ยอดรวมงบประมาณที่ระบุในแผนตรงกับผลรวมงบประมาณของโครงการทุกยอด (").append(totals)
                    .append(" ยอด)\n\n");
        } else {
            md.append("| ยอดรวม | ปีงบประมาณ | ยอดที่ระบุในแผน (บาท) | ผลรวมของโครงการ (บาท) | ผลต่าง (บาท) |\n");
            md.append("|---|---|---:|---:|---:|\n");
            for (Finding f : mismatches) {
                String which = f.text("dimension").equals("all") ? "ทั้งแผน" : "มิติที่ " + f.text("dimension");
                md.append("| ").append(which).append(" | ").append(f.text("fiscalYear")).append(" | ")
                        .append(baht(f.value("declared", BigDecimal.class))).append(" | ").append(baht(f.value("summed", BigDecimal.class))).append(" | ")
                        .append(baht(f.value("difference", BigDecimal.class))).append(" |\n");
            }
            md.append("\n");
        }

        md.append("## 2. ทะเบียนความเสี่ยงการทุจริต\n\n");
        List<Finding> uncontrolled = check.findings(FindingKind.PLAN_RISK_UNCONTROLLED);
        md.append("**ความเสี่ยงระดับสูงที่ไม่มีมาตรการควบคุม:** ");
        if (uncontrolled.isEmpty()) {
            md.append("ไม่มี\n\n");
        } else {
            md.append(uncontrolled.size()).append(" ประเด็น\n\n");
            for (Finding f : uncontrolled) {
                md.append("- ").append(Escaping.markdown(f.subject().thai())).append(" (").append(f.value("level", RiskLevel.class).thai())
                        .append("): ").append(Escaping.markdown(f.text("issue"))).append("\n");
            }
            md.append("\n");
        }
        List<Finding> unresolved = check.findings(FindingKind.PLAN_CONTROL_UNRESOLVED);
        md.append("**มาตรการควบคุมที่ไม่ตรงกับโครงการใดในแผน:** ");
        if (unresolved.isEmpty()) {
            md.append("ไม่มี\n\n");
        } else {
            md.append(unresolved.size()).append(" มาตรการ\n\n");
            for (Finding f : unresolved) {
                md.append("- ").append(Escaping.markdown(f.subject().thai())).append(": ")
                        .append(Escaping.markdown(f.text("measure"))).append("\n");
            }
            md.append("\n");
        }

        md.append("## 3. เป้าหมายคะแนน ITA\n\n");
        md.append(target(check)).append("\n\n");

        md.append("## 4. ความครอบคลุมของผลการประเมิน ITA\n\n");
        if (check.analysis().isEmpty()) {
            md.append("ไม่ได้ระบุผลการประเมิน ITA (ใช้ --analysis หรือ --sample)\n");
            return md.toString();
        }
        if (check.coverage().isEmpty()) {
            md.append("ผลการประเมินไม่มีจุดที่ต้องพัฒนา ตัวชี้วัดที่ต้องปรับปรุงโดยเร่งด่วน หรือข้อ OIT ที่ไม่ผ่าน\n");
            return md.toString();
        }
        long covered = check.coverage().stream().filter(PlanCheck.CoverageRow::covered).count();
        md.append("มีโครงการในแผนรองรับ ").append(covered).append(" จาก ").append(check.coverage().size())
                .append(" ประเด็น; ไม่มีโครงการรองรับ ").append(check.gaps().size()).append(" ประเด็น\n\n");
        md.append("| ประเด็นจากผลการประเมิน | ผลการประเมิน | โครงการในแผนที่รองรับ (ลำดับที่) | ข้อเสนอแนะ |\n");
        md.append("|---|---|---|---|\n");
        for (PlanCheck.CoverageRow row : check.coverage()) {
            md.append("| ").append(Escaping.markdown(subjectName(row.subject()))).append(" | ")
                    .append(row.concerns().stream().map(PlanCheckReports::concern).collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(row.covered() ? row.items().stream().map(i -> Integer.toString(i.number()))
                            .collect(Collectors.joining(", ")) : "**ไม่มี**")
                    .append(" | ").append(row.recommendation().map(t -> Escaping.markdown(t.th())).orElse("-")).append(" |\n");
        }
        md.append("\nโครงการรองรับประเด็นเมื่อชื่อหรือวัตถุประสงค์มีคำสำคัญของประเด็นนั้น"
                + " (th/ita/rules/actionplan/coverage.json)\n");
        return md.toString();
    }

    private static String target(PlanCheck check) {
        if (check.analysis().isEmpty()) {
            return "ไม่ได้ระบุผลการประเมิน ITA (ใช้ --analysis หรือ --sample)";
        }
        Analysis analysis = check.analysis().get();
        int year = analysis.assessment().fiscalYear().value();
        for (Finding f : check.findings()) {
            if (f.kind() == FindingKind.PLAN_TARGET_MISSED) {
                return "**ไม่บรรลุเป้าหมาย:** คะแนนภาพรวม " + f.text("overall") + " ต่ำกว่าเป้าหมาย " + f.text("target")
                        + " คะแนนของปีงบประมาณ " + f.text("fiscalYear") + " (ขาดอีก " + f.text("shortfall") + " คะแนน)";
            }
            if (f.kind() == FindingKind.PLAN_TARGET_MET) {
                return "**บรรลุเป้าหมาย:** คะแนนภาพรวม " + f.text("overall") + " ไม่ต่ำกว่าเป้าหมาย " + f.text("target")
                        + " คะแนนของปีงบประมาณ " + f.text("fiscalYear");
            }
        }
        if (analysis.scoreCard().overall().value().isEmpty()) {
            return "ผลการประเมินไม่มีคะแนนภาพรวม จึงเทียบกับเป้าหมายไม่ได้";
        }
        return "แผนไม่ได้กำหนดเป้าหมายคะแนน ITA ของปีงบประมาณ " + year;
    }

    private static String subjectName(Subject subject) {
        return subject.level() == Level.INDICATOR ? "ตัวชี้วัดที่ " + subject.key() + " " + subject.thai()
                : "ข้อ " + subject.thai();
    }

    private static String concern(FindingKind kind) {
        return kind == FindingKind.OIT_ITEM_FAILED ? "OIT ไม่ผ่าน" : kind.statusWord(true).orElse(kind.name());
    }


    private static String baht(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    // ---- JSON ----

    private static String json(PlanCheck check) {
        Map<String, Object> root = new LinkedHashMap<>();
        ActionPlan plan = check.plan();
        Map<String, Object> planPart = new LinkedHashMap<>();
        planPart.put("organisation", plan.organisation());
        planPart.put("title", plan.title());
        planPart.put("period", ordered("first", plan.period().first().value(), "last", plan.period().last().value()));
        planPart.put("items", plan.items().size());
        root.put("plan", planPart);
        root.put("analysis", check.analysis().map(a -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("agency", a.assessment().agency().name());
            part.put("fiscalYear", a.assessment().fiscalYear().value());
            part.put("overall", a.scoreCard().overall().value().map(s -> (Object) s.value()).orElse(null));
            return part;
        }).orElse(null));
        root.put("problems", check.problems().size());
        List<Object> findings = new ArrayList<>();
        for (Finding f : check.findings()) {
            // One JSON shape for a finding, in every output: the analysis report's.
            findings.add(Reports.finding(f, true));
        }
        root.put("findings", findings);
        List<Object> coverage = new ArrayList<>();
        for (PlanCheck.CoverageRow row : check.coverage()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("subject", subject(row.subject()));
            part.put("concerns", row.concerns().stream().map(Enum::name).toList());
            part.put("covered", row.covered());
            List<Object> items = new ArrayList<>();
            for (PlanItem item : row.items()) {
                items.add(ordered("number", item.number(), "name", item.displayName()));
            }
            part.put("items", items);
            part.put("recommendation", row.recommendation().map(t -> {
                Map<String, String> text = new LinkedHashMap<>();
                text.put("th", t.th());
                text.put("en", t.en());
                return text;
            }).orElse(null));
            coverage.add(part);
        }
        root.put("coverage", coverage);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the JSON result: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    private static Map<String, Object> subject(Subject subject) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("level", subject.level().name());
        part.put("key", subject.key());
        part.put("name", subject.thai());
        return part;
    }
}
