package th.ita.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.ita.model.actionplan.ActionPlan;
import th.ita.model.actionplan.ActionPlans;
import th.ita.model.actionplan.PlanItem;
import th.ita.model.actionplan.RiskLevel;
import th.ita.model.assessment.Assessment;
import th.ita.model.samples.Samples;
import th.ita.rules.Analysis;
import th.ita.rules.PlanCheck;
import th.ita.rules.PlanChecker;
import th.ita.rules.PlanMismatchException;
import th.ita.rules.facts.Level;
import th.ita.rules.facts.Subject;
import th.ita.rules.findings.Finding;
import th.ita.rules.findings.FindingKind;
import th.ita.rules.report.Escaping;

/**
 * {@code ita plan-check}: checks an anti-corruption action plan (budget totals, risk register) and,
 * given an ITA assessment of the agency, its coverage of the assessment's weaknesses and failed OIT
 * items and the year's ITA target. An assessment of another agency, or of a year outside the plan,
 * is bad input (exit 2).
 */
@Command(name = "plan-check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check an anti-corruption action plan (JSON) and its coverage of an ITA assessment.")
final class PlanCheckCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** Markdown with Thai labels. */
        md,
        /** JSON for programs. */
        json
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN",
            description = "The action plan: a UTF-8 JSON file in the action-plan format "
                    + "(README.md, section \"JSON: an action plan\").")
    private Path planFile;

    @Option(names = "--plan-sample", paramLabel = "NAME",
            description = "Check a bundled action plan instead of a file (list them with: ita samples).")
    private String planSample;

    @Option(names = "--analysis", paramLabel = "ASSESSMENT",
            description = "An ITA assessment (a JSON file) of the plan's agency and of a fiscal year of the plan, "
                    + "whose weaknesses and failed OIT items the plan should address.")
    private Path assessmentFile;

    @Option(names = "--sample", paramLabel = "NAME",
            description = "Use a bundled sample assessment instead of --analysis (list them with: ita samples).")
    private String sample;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
            description = "Output format: md (Markdown, Thai labels) or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write the result to this file instead of standard output.")
    private Path out;

    @Mixin
    private EngineSettings engineSettings;

    /** The checker with the bundled plan rules, built once and shared. */
    private static final class Standard {
        static final PlanChecker CHECKER = PlanChecker.create();
    }

    @Override
    public Integer call() {
        if ((planFile == null) == (planSample == null)) {
            throw new ParameterException(spec.commandLine(), planFile == null
                    ? "Missing PLAN: give an action-plan file or --plan-sample NAME"
                    : "Give either PLAN or --plan-sample NAME, not both");
        }
        if (assessmentFile != null && sample != null) {
            throw new ParameterException(spec.commandLine(), "Give either --analysis ASSESSMENT or --sample NAME, not both");
        }
        if (out != null) {
            Inputs.requireOutFile(out, "the result's", planFile, assessmentFile);
        }
        ActionPlan plan = planFile != null ? readPlan(planFile) : Inputs.readPlanSample(planSample);
        Optional<Assessment> assessment = assessmentFile != null ? Optional.of(Inputs.readAssessment(assessmentFile))
                : Optional.ofNullable(sample).map(Inputs::readSample);
        PlanCheck check;
        try {
            check = assessment.map(a -> Standard.CHECKER.check(plan, engineSettings.engine().analyze(a)))
                    .orElseGet(() -> Standard.CHECKER.check(plan));
        } catch (PlanMismatchException e) {
            String given = assessmentFile != null ? assessmentFile.toString() : "--sample " + sample;
            String planName = planFile != null ? planFile.toString() : "--plan-sample " + planSample;
            throw new InputException(planName + " and " + given + " do not match: " + e.getMessage(), e);
        }
        String text = format == Format.json ? json(check) : markdown(check);
        AtomicFiles.writeOrPrint(spec.commandLine().getOut(), out, text);
        return ExitCode.OK;
    }

    /** Reads a plan; a broken file is bad input, with the file, line and field in the message. */
    static ActionPlan readPlan(Path file) {
        Inputs.requireFile(file, "--plan-sample", Samples.plans().stream().map(Samples.PlanSample::name).toList());
        Inputs.requireSize(file);
        try {
            return ActionPlans.read(file);
        } catch (IllegalArgumentException e) {
            // ActionPlans names the file and line: "plan.json:42: dimensions[4].number: ..."
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }


    // ---- Markdown ----

    /** Every text of the plan or the assessment is escaped: it is data, never Markdown. */
    static String markdown(PlanCheck check) {
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
                md.append("- ").append(Escaping.markdown(f.subject().thai())).append(" (").append(riskLevel(f.text("level")))
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
                    .append(row.concerns().stream().map(PlanCheckCommand::concern).collect(Collectors.joining(", ")))
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

    private static String riskLevel(String level) {
        try {
            return RiskLevel.valueOf(level).thai();
        } catch (IllegalArgumentException e) {
            return level;
        }
    }

    private static String baht(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    // ---- JSON ----

    static String json(PlanCheck check) {
        Map<String, Object> root = new LinkedHashMap<>();
        ActionPlan plan = check.plan();
        Map<String, Object> planPart = new LinkedHashMap<>();
        planPart.put("organisation", plan.organisation());
        planPart.put("title", plan.title());
        planPart.put("period", ordered("first", plan.period().first(), "last", plan.period().last()));
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
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("kind", f.kind().name());
            finding.put("subject", subject(f.subject()));
            finding.put("rule", f.rule());
            finding.put("values", f.texts());
            findings.add(finding);
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
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
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
        part.put("thai", subject.thai());
        part.put("english", subject.english());
        return part;
    }
}
